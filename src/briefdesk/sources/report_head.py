"""A firm's client report: its letterhead ("NORDHAVEN CAPITAL MARKETS — CLIENT BRIEFING") and
its writer ("London, 17 November 2026 — Prepared by Sofia Lindqvist, Head of Mining Research").

Why (newcomer17 N17-07): a bank's client briefing kept no outlet and no author and was guessed
"news"; the draft then made its writer an actor of the brief. The firm on the letterhead is the
outlet, the person who prepared it the author, and a report of this kind is no news story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.sources.extracted import Extracted

_TOP_LINES = 5
# What a firm calls a report to its clients, after its name on the letterhead.
_REPORT_KIND = (
    r"(?:client|research|investor|analyst|strategy|sector|credit|equity|industry|morning|"
    r"weekly|monthly|market|country|company)\s+(?:briefing|note|report|brief|update|"
    r"commentary|research|letter|review|outlook)(?:\s+(?:no\.?|#)\s*\S+)?"
)
# The firm's name in capitals or title case ("Nordhaven Capital Markets"): a headline ending
# "— market update" has lower-case words and is no letterhead.
_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the|for|de))*"
_LETTERHEAD = re.compile(rf"^(?P<org>{_ORG})\s*[—–|:-]\s*(?P<kind>(?i:{_REPORT_KIND}))\s*$")
_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.-]+|de|van|von|der|da|al|bin|el)){1,3}"
# "Prepared by Sofia Lindqvist, Head of Mining Research", "Written by: Ana Berg"; "Prepared by
# the Office of …" names no person (lower-case "the") and is left alone.
_WRITER = re.compile(
    rf"(?:^|[—–|]\s*|\.\s+)(?:Prepared|Written|Compiled|Authored)\s+by:?\s+(?P<who>{_NAME}"
    rf"(?:\s+(?:and|&)\s+{_NAME})?)\s*(?:[,;(—–]|$)"
)
# A writer's name is never an organisation's.
_ORG_WORDS = re.compile(
    r"\b(bank|capital|markets|group|research|ministry|office|department|partners|ltd|plc|inc|"
    r"llc|limited|company|committee|council|agency|institute|centre|center|team|desk)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ReportHead:
    outlet: str  # "" when no letterhead names the firm
    author: str  # "" when no line says who prepared it
    line: str  # the lines read, for the note
    is_report: bool  # a firm's client report: not a news story


def report_head(text: str) -> ReportHead | None:
    """The firm and the writer from the top lines of a client report, or None."""
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:_TOP_LINES]
    outlet = author = ""
    read: list[str] = []
    for line in lines:
        if not outlet and (head := _LETTERHEAD.match(line)) and _named(head.group("org")):
            outlet = head.group("org").strip(" -—–|:")
            read.append(line)
        elif (
            not author
            and (writer := _WRITER.search(line))
            and not _ORG_WORDS.search(writer.group("who"))
        ):
            author = writer.group("who").strip()
            read.append(line)
    if not (outlet or author):
        return None
    return ReportHead(outlet, author, " / ".join(read), bool(outlet))


def _named(org: str) -> bool:
    """A firm's name, not a document kind or a heading word standing alone."""
    words = org.split()
    return len(words) >= 2 and not re.fullmatch(_REPORT_KIND, org, re.IGNORECASE)


def fill_empty_writer(extracted: Extracted, outlet: str, author: str) -> list[str]:
    """Put ``outlet`` and ``author`` where the import left them empty; the fields filled, in
    order ("outlet", "author"), for the note that says so. Shared with ``label_head``."""
    filled = []
    if outlet and not extracted.outlet.strip():
        extracted.outlet = outlet
        filled.append("outlet")
    if author and not extracted.author.strip():
        extracted.author = author
        filled.append("author")
    return filled


def read_report_head(extracted: Extracted, text: str) -> bool:
    """Fill an empty outlet and author from the report's head, saying so in a note; True when
    the letterhead names a firm's report (then the text is no news story)."""
    found = report_head(text)
    if found is None:
        return False
    filled = fill_empty_writer(extracted, found.outlet, found.author)
    if filled:
        what = " and ".join(filled)
        extracted.notes.append(
            f"{what[:1].upper()}{what[1:]} read from the report's head (“{found.line}”)"
        )
    return found.is_report
