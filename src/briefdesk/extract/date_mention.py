"""One date as written in a text, with what it resolves to (shared by the date scan and the
period reader, which must not import each other)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class DateMention:
    text: str
    start: int
    end: int
    resolved: dt.date | None
    precision: str  # "day", "month", "year" or "" when it could not be resolved
    why: str = ""  # how a date without a year or a weekday got its day (date_years.py)
