"""One paragraph, one line: the hard line breaks a PDF keeps inside a paragraph are joined.

A PDF has no paragraphs, only lines placed on the page, so pypdf gives "Hyundai\\nHeavy
Industries" where the typesetter wrapped. A break is joined only when the text says it was
a wrap: the line above is near full width (the text ran out of room) or ends mid-sentence
with the next line going on in lower case, or a date is cut between its month and its
year (a narrow column's dateline). Breaks stay where the layout shows a gap (pypdf's
layout mode prints a blank line there), before list items, around table-like rows, after
short lines (headings, last lines of paragraphs) and after a hyphen (left to
:func:`briefdesk.sources.normalize.dehyphenate`, which knows compounds from broken words).
A kept break loses nothing: the words are all there, only on two lines.
"""

from __future__ import annotations

import re

# A line at least this share of the page's usual full line length is a wrapped line.
_FULL = 0.8
# Characters are not all as wide: a word this share over the longest line's length would
# not have fitted either ("Nigeria's / NigComSat").
_ROOM = 0.9
_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")
_LIST_ITEM = re.compile(r"^([•▪●◦‣∙·*–—-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivx]{1,4}\))\s")
_NUMBER = re.compile(r"^[-+(]?[$€£¥]?\d[\d.,%)]*[a-zA-Z]{0,3}$")
_SPACE = re.compile(r"\s+")
# A date wrapped between its month and its year ("ULAANBAATAR, 25 November\n2026 — The …",
# newcomer15 N15-02): a narrow column's dateline, whatever the line's length.
_MONTH_AT_END = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?: \d{1,2},?)?$"
)
_YEAR_AT_START = re.compile(r"^(?:19|20)\d\d\b(?![.,]?\d)")
# "Key points: ...", "Summary: ...": a label opening a paragraph, never a wrap's next words.
_LABEL = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)?:\s")


def join_wrapped_lines(text: str, layout: str = "") -> str:
    """The page's text with wrapped lines of a paragraph joined by a space.

    ``layout`` is the same page in pypdf's layout mode, if read: a line printed after a
    vertical gap there starts a paragraph here (after a blank line), whatever the text
    looks like.
    """
    lines = text.split("\n")
    filled = sorted(len(line.strip()) for line in lines if line.strip())
    if len(filled) < 2:
        return text
    full = filled[(len(filled) * 3) // 4] * _FULL
    room = filled[(len(filled) * 19) // 20]  # the longest lines, a stray wide one left out
    after_gap = _starts_after_gap(layout)
    out: list[str] = [lines[0].strip()]
    above = out[0]  # the physical line above, not the paragraph joined so far
    for raw in lines[1:]:
        line = raw.strip()
        if above and line and _wrapped(above, line, (full, room), after_gap):
            out[-1] = f"{out[-1]} {line}"
        else:
            if above and line and (_key(line) in after_gap or _apart(above, line)):
                out.append("")  # the gap on the page is a paragraph break in the text
            out.append(line)
        above = line
    return "\n".join(out)


def _wrapped(above: str, line: str, widths: tuple[float, int], after_gap: set[str]) -> bool:
    full, room = widths
    if above.endswith("-") or _LIST_ITEM.match(line) or _key(line) in after_gap:
        return False
    if _apart(above, line):
        return False
    if _table_like(above) or _table_like(line):
        return False
    if _MONTH_AT_END.search(above) and _YEAR_AT_START.match(line):
        return True
    if _SENTENCE_END.search(above):
        return len(above) >= full  # a short line ending a sentence ends it
    # Mid-sentence: going on in lower case, or a full line (a name running on: "Hyundai"),
    # or one the next word would not have fitted on (a narrow column: "chairman Vikram /
    # Sundaresan said", newcomer12 N12-06).
    next_word = len(line.split(maxsplit=1)[0])
    return line[0].islower() or len(above) >= full or len(above) + 1 + next_word > room * _ROOM


def _apart(above: str, line: str) -> bool:
    """ "Policy Brief No. 47 | Institute | Author: Dr X" then "Key points: ...": a masthead row
    and a labelled paragraph are paragraphs of their own, so no name runs on from one line to
    the next ("Dr X Key", newcomer14 N14-09)."""
    return bool(_LABEL.match(line)) or above.count(" | ") >= 2


def _table_like(line: str) -> bool:
    """Rows of figures ("2027  12  EUR 480m") stay rows: two or more numbers, few words."""
    tokens = line.split()
    numbers = sum(1 for t in tokens if _NUMBER.match(t))
    return numbers >= 2 and numbers * 2 >= len(tokens)


def _starts_after_gap(layout: str) -> set[str]:
    """Lines (without spaces, to match the plain text) that follow a blank line in layout."""
    starts: set[str] = set()
    blank = False
    for raw in layout.splitlines():
        if not raw.strip():
            blank = True
            continue
        if blank:
            starts.add(_key(raw))
        blank = False
    return starts


def _key(line: str) -> str:
    return _SPACE.sub("", line)
