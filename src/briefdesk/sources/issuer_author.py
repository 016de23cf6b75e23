"""The author of an official text when its file names only the issuing body: the unit on its
"Issued by:" line, never the outlet's name a second time.

Why (newcomer22 N22-18): a ministry's PDF statement had the ministry as its file's Author
property and as its letterhead, so the citation read "[1] Republic of Cabo Verde, Ministry of
Maritime Economy, “…”, Ministry of Maritime Economy, 28 November 2026"; the statement's own
last line, "Issued by: Communications Office, Ministry of Maritime Economy, Praia", said who
wrote it.
"""

from __future__ import annotations

import re

# "Issued by: Communications Office, Ministry of Maritime Economy, Praia" — a unit, then its body.
_ISSUED_BY = re.compile(
    r"^\s*(?:issued|released|published)\s+by\s*:?\s+(?P<unit>[^,\n]{3,80}),\s*(?P<body>[^,\n]{3,120})",
    re.IGNORECASE | re.MULTILINE,
)
_STATE_TAIL = re.compile(r"\s*\([^()]+\)\s*$")  # "Ministry of X (Cabo Verde)" → "Ministry of X"
_TAIL_LINES = 12


def _folded(name: str) -> str:
    return " ".join(_STATE_TAIL.sub("", name).split()).casefold()


def repeats_outlet(author: str, outlet: str) -> bool:
    """Whether ``author`` only says the outlet again ("Ministry of X" for "Ministry of X
    (Cabo Verde)"), so a citation would print one body twice."""
    return bool(author.strip()) and _folded(author) == _folded(outlet)


def issuing_unit(text: str, outlet: str) -> str:
    """The unit an "Issued by: <unit>, <body>" line near the end names when its body is the
    outlet ("Communications Office"); "" when no such line is there."""
    tail = "\n".join(text.splitlines()[-_TAIL_LINES:])
    for found in _ISSUED_BY.finditer(tail):
        if _folded(found.group("body")) == _folded(outlet):
            return " ".join(found.group("unit").split())
    return ""


def author_beside_outlet(author: str, outlet: str, text: str) -> str:
    """``author`` as the citation should print it next to ``outlet``: unchanged, unless it is
    the outlet again — then the issuing unit if the text names one, else ""."""
    if not repeats_outlet(author, outlet):
        return author
    return issuing_unit(text, outlet)


_ISSUED_LINE = re.compile(r"^\W{0,3}issued\s+by\s*:\s*\S", re.IGNORECASE | re.MULTILINE)


def issued_line(text: str) -> bool:
    """Whether the text ends with its own "Issued by: …" line, as a body's release does and
    a news story never does; the text, not its container, says it (newcomer24 N24-18: the same
    release was an official statement from .docx and news from .html)."""
    return _ISSUED_LINE.search("\n".join(text.splitlines()[-_TAIL_LINES:])) is not None
