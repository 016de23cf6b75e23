"""Whether pasted text is plainly Markdown (newcomer20 N20-06).

Desk notes kept in Obsidian or a Markdown editor and pasted (Ctrl+Shift+V) came in as plain
text: the source title, the brief title and the export's citation kept the "# " of the note's
heading, although the same file through File → Add source or ``briefdesk import`` lost it. A
paste has no file name to say "Markdown", so the text must: a heading at the top plus a second
Markdown mark (another heading, a table's rule row, a link, bold words, front matter). One mark
alone is not enough ("# 3 on the list" may be a plain note), so ordinary pasted articles stay
plain text.
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S", re.M)
_TOP_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", re.M)
_LINK = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)")
_BOLD = re.compile(r"(\*\*|__)[^*_\n]+\1")
_FRONT_MATTER = re.compile(r"^---\s*\n(?:[A-Za-z_][\w-]*:.*\n)+---\s*$", re.M)


def plainly_markdown(text: str) -> bool:
    """True for text that opens with a Markdown heading (or front matter) and has another
    Markdown mark; False for ordinary pasted prose."""
    head = text[:20000]
    if _FRONT_MATTER.match(head.lstrip("\ufeff")):
        return True
    first = next((line for line in head.splitlines() if line.strip()), "")
    if not _TOP_HEADING.match(first):
        return False
    marks = [
        len(_HEADING.findall(head)) > 1,
        bool(_TABLE_RULE.search(head)),
        bool(_LINK.search(head)),
        bool(_BOLD.search(head)),
    ]
    return any(marks)
