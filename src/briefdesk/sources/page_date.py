"""A web page's published date: the page's own date, never a guess from a year in its text.

Why (N11-03): htmldate keeps no date after today, so a page whose metadata says 6 March 2027
on a computer whose clock says December 2026 (a wrong clock, or a page from a time zone ahead)
lost its own date; its extensive search then took "a 2024 contract" in the body for 1 January
2024, given without a word. The page's date is now accepted up to a year ahead (the import
adds a note when it is after today), and a 1 January that the page never writes is dropped.
"""

from __future__ import annotations

import datetime as dt
import re

_AHEAD = dt.timedelta(days=366)


def htmldate_params(today: dt.date | None = None) -> dict[str, object]:
    """trafilatura's date options: the page's metadata first, a date up to a year ahead kept."""
    latest = (today or dt.date.today()) + _AHEAD
    return {
        "extensive_search": True,
        "original_date": True,
        "outputformat": "%Y-%m-%d",
        "max_date": latest.isoformat(),
    }


def year_guess(date: dt.date | None, markup: str) -> bool:
    """True when ``date`` is a 1 January the page never writes: a year-only guess."""
    if date is None or (date.month, date.day) != (1, 1):
        return False
    year = str(date.year)
    written = (
        rf"{year}-01-01|01/01/{year}|1\.1\.{year}|\b0?1(?:st)?\s+Jan(?:uary|\.)?,?\s+{year}"
        rf"|\bJan(?:uary|\.)?\s+0?1(?:st)?,?\s+{year}"
    )
    return re.search(written, markup, re.IGNORECASE) is None


YEAR_GUESS_HINT = "year_only_date"  # the hint a dropped guess leaves for the import's notes
YEAR_GUESS_NOTE = (
    "No published date: the page gives none, only a year in its text ({year}), "
    "which is not taken as 1 January"
)


def after_today_note(published: dt.date, today: dt.date | None = None) -> str:
    """The note for a published date after today's date, or "" when it is not."""
    today = today or dt.date.today()
    if published <= today:
        return ""
    return (
        f"Published date {published.isoformat()} is after today's date ({today.isoformat()}): "
        "check it (the page's date, or this computer's clock)"
    )
