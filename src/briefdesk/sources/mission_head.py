"""An embassy's or a ministry's own note: the issuing body in its author field or its heading
line ("Embassy in Hanoi, Economic Section — 10 November 2026 — Unclassified").

Why (newcomer18 N18-07): an embassy's economic note came in with no outlet and the kind
"other", and its citation repeated the section and embassy twice once the outlet was typed.
The README's rule for official statements is that the issuing body is the outlet; a note an
embassy or a ministry writes is such a text. Only a line made wholly of the body, its section,
a date and a marking counts, so a headline that names a ministry ("Ministry of Defence signs
…") never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.sources.extracted import Extracted

_TOP_LINES = 5
_PLACE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
# "Embassy in Hanoi", "Embassy of Nordmark in Hanoi", "Consulate General in Osaka",
# "Ministry of Foreign Affairs", "Permanent Mission to the United Nations".
_BODY = re.compile(
    rf"^(?:the\s+)?(?:(?:British|[A-Z][a-z]+(?:ian|ese|ish|an|ch|i))\s+)?"
    rf"(?:(?:Embassy|Consulate(?:\s+General)?|High\s+Commission|Permanent\s+Mission|Mission|"
    rf"Delegation)(?:\s+of\s+(?:the\s+)?{_PLACE})?\s+(?:in|to)\s+(?:the\s+)?{_PLACE}"
    rf"|(?:Embassy|Consulate(?:\s+General)?|High\s+Commission)\s+of\s+(?:the\s+)?{_PLACE}"
    rf"|Ministry\s+of\s+(?:the\s+)?{_PLACE}(?:\s+and\s+{_PLACE})?(?:\s+of\s+(?:the\s+)?{_PLACE})?"
    rf"|(?:Foreign|Home|Defence|Defense|Finance|Economy|Trade)\s+(?:Ministry|Office))$"
)
# A unit of the body ("Economic Section", "Press Office", "Political and Economic Section").
_UNIT = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?:and\s+[A-Z][a-z]+\s+)?)?(?:Section|Office|Desk|Department|Unit|"
    r"Division|Team|Directorate)$"
)
_DATE = re.compile(
    r"^(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})$"
)
_MARKING = re.compile(
    r"^(?:unclassified|official(?:[- ]sensitive)?|restricted|confidential|sensitive|"
    r"tlp:\s*\w+|for official use only|sbu|limited distribution)$",
    re.I,
)
_PARTS = re.compile(r"\s*[—–|,]\s*|\s+-\s+")


@dataclass(frozen=True)
class MissionHead:
    body: str  # "Embassy in Hanoi": the outlet
    unit: str  # "Economic Section": the author, or ""
    line: str  # the line read, for the note


def mission_head(author: str, text: str) -> MissionHead | None:
    """The issuing body from the author field or a heading line made only of a body, its
    unit, a date and a marking; None when none reads so."""
    lines = [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()][:_TOP_LINES]
    for line in [" ".join(author.split()), *lines]:
        if (found := _read(line)) is not None:
            return found
    return None


def _read(line: str) -> MissionHead | None:
    parts = [p.strip() for p in _PARTS.split(line) if p.strip()]
    bodies = [p for p in parts if _BODY.match(p)]
    if len(bodies) != 1:
        return None
    units = [p for p in parts if _UNIT.match(p)]
    rest = [p for p in parts if p not in bodies and p not in units]
    if any(not (_DATE.match(p) or _MARKING.match(p)) for p in rest):
        return None
    return MissionHead(bodies[0].removeprefix("the "), ", ".join(units), line)


def read_mission_head(extracted: Extracted, text: str) -> bool:
    """Fill an empty outlet with the issuing body (the author field keeps only its unit, so a
    citation names each once), saying so in a note; True when the text is such a note."""
    found = mission_head(extracted.author, text)
    if found is None:
        return False
    if not extracted.outlet.strip():
        extracted.outlet = found.body
        if " ".join(extracted.author.split()) == found.line:
            extracted.author = found.unit
        extracted.notes.append(
            f"Outlet {found.body} read from “{found.line}”: an official body's own note"
        )
    return True
