"""The year of a wire dateline that gives none, kept after the events the story reports.

Why (newcomer21 N21-13): "KHERLAN, Jan 12 (CPA) - … loaded … under the November barter" was read
as 12 January 2026 on 3 December 2026 (the latest 12 January not after the import date), ten
months before the November barter it follows up. A dateline is filed after what its story
reports: when the story names a recent past month ("the November barter", "last November",
"since November") or a full date ("24 November 2026") that the year first chosen puts after
the dateline, and the dateline's next year puts that event at most three months before it, the
dateline takes that next year. The import's note names the event and the other reading, so the
officer checks it (a wire from last January about the November before is the other reading).
"""

from __future__ import annotations

import datetime as dt
import re

# Spelled out, not strftime's "%B": that follows the locale a GUI toolkit may have set.
_MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
]
_MONTH = r"(?P<month>" + "|".join(_MONTHS) + r")"
# A month told as past without a year: "the November barter", "last November", "since
# November", "signed in November". Not "in November" alone ("would reach Kherlan in February").
_PAST_MONTH = re.compile(
    r"\b(?:the\s+(?=\w+\s+[a-z])|(?:last|since|(?:signed|agreed|concluded|announced|reached)"
    rf"\s+in)\s+){_MONTH}\b(?![\s,]+\d)",
)
# A full date: "24 November 2026", "November 24, 2026".
_FULL = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+{_MONTH}\s+(?P<y1>(?:19|20)\d\d)"
    r"|(?P<m2>" + "|".join(_MONTHS) + r")\s+(?P<d2>\d{1,2}),\s+(?P<y2>(?:19|20)\d\d))\b"
)
# The longest a follow-up story reaches back to the event it names without a year.
_RECENT = dt.timedelta(days=92)


def _events(text: str, today: dt.date) -> list[tuple[dt.date, str]]:
    """The past events the text dates: full dates, and yearless past months read as the
    latest such month not after ``today`` (the import date)."""
    found: list[tuple[dt.date, str]] = []
    for match in _FULL.finditer(text):
        month = match.group("month") or match.group("m2")
        day = int(match.group("d1") or match.group("d2"))
        year = int(match.group("y1") or match.group("y2"))
        try:
            found.append((dt.date(year, _MONTHS.index(month) + 1, day), match.group().strip()))
        except ValueError:
            continue
    for match in _PAST_MONTH.finditer(text):
        number = _MONTHS.index(match.group("month")) + 1
        year = today.year if number <= today.month else today.year - 1
        found.append((dt.date(year, number, 1), f"{match.group('month')} {year}"))
    return found


def year_after_events(text: str, dateline: dt.date, today: dt.date) -> tuple[dt.date, str] | None:
    """The dateline moved to its next year, and the event that moved it, when the story
    reports a recent event that ``dateline`` (year not written) would come before; else None."""
    try:
        later = dateline.replace(year=dateline.year + 1)
    except ValueError:  # 29 February
        return None
    for when, said in sorted(_events(text, today), reverse=True):
        if dateline < when <= later and later - when <= _RECENT:
            return later, said
    return None


def moved_year_reason(moved: dt.date, event: str, first: dt.date) -> str:
    """Where the moved year came from, for the import's note."""
    return (
        f"{moved.year}, as the story reports {event} before it; {first.isoformat()} if that "
        "event was a year earlier"
    )
