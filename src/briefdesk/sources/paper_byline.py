"""A report's byline line: "Centre for Strategic Horizons, Brussels — by Dr Lucie Vernier and
Kwame Asante, October 2026".

Why (newcomer15 N15-34): think-tank papers and policy briefs put the institute, its city, the
authors and the month on one line under the title; the source kept none of them and was cited
with no outlet, author or date. The institute is the outlet (its city left out, as a citation
names it), the names the authors; a month without a day is said in a note, never made a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOP_LINES = 4
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
_NAME = r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_LINE = re.compile(
    r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){1,8}?)"
    r"(?:,\s*(?P<city>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?))?"
    rf"\s*[—–|-]\s*[Bb]y\s+(?P<who>{_NAME}(?:(?:,\s*|\s+and\s+|\s*&\s*){_NAME})*)"
    rf"(?:,\s*(?P<month>{_MONTH}\s+(?:19|20)\d\d))?\s*$"
)
# The first word of an institution's name, never of a sentence ("The Ministry said — by …").
_BODY_WORDS = re.compile(
    r"\b(centre|center|institute|institut|foundation|council|forum|programme|program|"
    r"school|university|college|observatory|office|group|academy|society|association|"
    r"trust|fund|initiative|project|unit|network|laboratory|lab)\b",
    re.I,
)


@dataclass(frozen=True)
class PaperByline:
    outlet: str
    authors: str
    month: str  # "October 2026", or ""
    line: str


def paper_byline(text: str) -> PaperByline | None:
    """The institute, authors and month from a byline line near the top, or None."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_TOP_LINES]
    for line in lines:
        match = _LINE.match(" ".join(line.split()))
        if match is None or not _BODY_WORDS.search(match.group("org")):
            continue
        return PaperByline(
            match.group("org").strip(), match.group("who").strip(), match.group("month") or "", line
        )
    return None


def paper_byline_note(found: PaperByline) -> str:
    """What the import says it read, so the user can check it."""
    said = f"Outlet and authors read from the byline (“{found.line}”)"
    if found.month:
        said += f"; dated {found.month} with no day: set the date if you know it"
    return said
