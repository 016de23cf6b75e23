"""A document's date as its text states it, when the file's metadata gives none.

Why (newcomer13 N13-23): a tender-award notice ("Date of award decision: 3 November 2026"), an
arbitration summary ("Date of Award: 6 November 2026"), a transcript ("Radio Kestrel, 21 November
2026, 19:10") or a filing ("Date: 14 October 2026") carries its date only in its text; the
source then had none, the exported Sources list printed no date, and "on Sunday" could not be
resolved. A labelled date field among the first lines, or a full date on one of the first three
lines, is taken — always with a note saying where from, as it is read, not given.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefdesk.model.bounds import year_problem

_FIRST_LINES = 3  # a date written on one of these dates the document ("…, 21 November 2026")
_HEADER_LEN = 120  # longer, or ending in a full stop: a sentence, not a header line
_FIELD_LINES = 15  # a labelled date field is read this far down the header
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTHS}),?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
)
_FIELD = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?\W{0,4}"
    r"(?P<label>date(?: of [a-z ]{2,30})?|dated|published|issued|released|posted)"
    # an SEC form's "Date of Report (Date of earliest event reported): …" (N13-43)
    r"(?:\s*\([a-z ]{2,60}\))?"
    rf"\W{{0,3}}:\W{{0,3}}(?:[A-Z][a-z]+day,?\s+)?(?:{_DATE})",
    re.IGNORECASE,
)
_ANY_DATE = re.compile(rf"\b(?:{_DATE})\b")


@dataclass(frozen=True)
class StatedDate:
    """The date read and the line it was read from (as written, for the note)."""

    date: dt.date
    line: str


def stated_date(text: str) -> StatedDate | None:
    """The date the document's text gives itself, or None when it gives none clearly."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_FIELD_LINES]
    for line in lines:
        field = _FIELD.match(line)
        if field and (day := _date_of(field)) is not None:
            return StatedDate(day, line)
    for line in lines[:_FIRST_LINES]:
        if line.endswith(".") or len(line) > _HEADER_LEN:
            continue  # a sentence of the story: its dates are the story's
        written = _ANY_DATE.search(line)
        if written and (day := _date_of(written)) is not None:
            return StatedDate(day, line)
    return None


def _date_of(found: re.Match[str]) -> dt.date | None:
    try:
        if found.group("iso"):
            day = dt.date.fromisoformat(found.group("iso"))
        else:
            month = (found.group("m1") or found.group("m2"))[:3].title()
            number = found.group("d1") or found.group("d2")
            year = found.group("y1") or found.group("y2")
            day = dt.datetime.strptime(f"{number} {month} {year}", "%d %b %Y").date()
    except ValueError:  # "31 February 2026"
        return None
    return day if year_problem(day) is None else None


def stated_date_note(found: StatedDate) -> str:
    """The note on a source whose date was read from its text."""
    shown = found.line if len(found.line) <= 80 else found.line[:79] + "…"
    return (
        f"Publication date {found.date.isoformat()} read from the text (“{shown}”): the file "
        "gives none — check it"
    )
