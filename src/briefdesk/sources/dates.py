"""Lenient date parsing for metadata, which arrives in every format under the sun."""

from __future__ import annotations

import datetime as dt
import re

from briefdesk.model.bounds import year_problem

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def to_date(value: object) -> dt.date | None:
    """A date from a datetime, a date, or text starting with an ISO date; else ``None``.

    Dates outside the years a brief can hold (metadata saying year 1 or 9999) count as none."""
    found = _to_date(value)
    return found if found is not None and year_problem(found) is None else None


def _to_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        match = _ISO_DATE.search(value)
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                return None
    return None
