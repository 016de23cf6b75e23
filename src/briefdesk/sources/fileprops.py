"""What a Word or PDF file's own properties may tell about the article, and what they may not.

A file's author and creation date describe the file, not the article: python-docx stamps every
document with author ``python-docx`` and 2013-12-23 from its default template, and a PDF printed
today is "created" today. So generator defaults are dropped, and a creation or modification date
is never taken as the publication date (it would also anchor "on Tuesday" to the wrong week);
it is only mentioned in the source's notes for the analyst to judge.
"""

from __future__ import annotations

import datetime as dt

# Author values that name a tool or a default account, not a person or an office.
_GENERATOR_AUTHORS = frozenset(
    {
        "python-docx",
        "docx4j",
        "apache poi",
        "openpyxl",
        "pandoc",
        "author",
        "unknown",
        "user",
        "admin",
        "administrator",
        "microsoft office user",
        "windows user",
    }
)
# Dates that come from a generator's built-in template, not from anyone writing the file.
_GENERATOR_DATES = frozenset({dt.date(2013, 12, 23)})  # python-docx's default.docx


def article_author(value: str) -> str:
    """The file's author property, or "" when it is a tool's or a default account's name."""
    author = " ".join(value.split())
    return "" if author.casefold() in _GENERATOR_AUTHORS else author


def file_date_notes(created: dt.date | None, modified: dt.date | None) -> list[str]:
    """A note naming the file's own date, which is shown but never used as published."""
    for label, day in (("created", created), ("last modified", modified)):
        if day is not None and day not in _GENERATOR_DATES:
            return [
                f"File properties: {label} {day.isoformat()} (the file's date, not taken as "
                "the publication date)"
            ]
    return []
