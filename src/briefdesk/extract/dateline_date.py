"""The article's own date, read from its first lines when the source has no published date.

A pasted article or a plain file often carries its date only in the text: a dateline ("OSLO,
14 October 2026 –", "WARSAW, Oct 14 (Reuters) -"), a date line under the headline ("14 October
2026", "Published: Tuesday 14 October 2026") or a byline ("By Jane Doe | 14 October 2026").
Without a reference date "on Wednesday" or "by 1 December" cannot be resolved, so that date
stands in for the published date. A published date the user or the file's metadata gives
always wins: this is read only when there is none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefdesk.extract.date_mention import DateMention
from briefdesk.extract.dateline_reader import DATE, DATED, LINE, read_dateline
from briefdesk.extract.dates import (
    DAY_PATTERN,
    MONTH_PATTERN,
    YEAR_PATTERN,
    find_dates,
    month_number,
)
from briefdesk.page_furniture import is_page_furniture

# Only the opening of the text is a dateline or a date line; the rest is the story.
_HEAD_CHARS = 1200
_HEAD_LINES = 8
_MONTH, _DAY, _YEAR = MONTH_PATTERN, DAY_PATTERN, YEAR_PATTERN  # (the ones dates.py reads)
_DATE = DATE  # "14 October 2026", "October 14, 2026", "Oct. 14 2026" (dateline_reader)
# A line that is only a date, maybe after "Published"/"Updated" or a byline ("By Jane Doe |",
# "By Mark Tillman, Defence Industry Weekly, 27 November 2026").
_DATE_LINE = re.compile(
    rf"\s*(?:(?:Published|Posted|Updated|Dated?)(?:\s+on)?:?\s+"
    rf"|By\s+[A-Z][\w.'\- ]{{1,60}}?(?:,\s*[A-Z][\w.'\- ]{{1,60}}?)?"
    rf"\s*(?:[|,·•—–-]|\bon\b)\s*)?"
    rf"(?P<date>{_DATE})\s*(?:[|,·•—–-]\s*[\w: .]{{0,30}})?\s*$"
)


@dataclass(frozen=True)
class TextDate:
    """The date found, the words it was read from, and the plain-words reason."""

    date: dt.date
    stated: str
    why: str


def _date_of(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    month = match.group("m1") or match.group("m2")
    day = match.group("d1") or match.group("d2")
    year = match.group("y1") or match.group("y2")
    if not month or not day:
        return None
    return month_number(month), int(re.sub(r"\D", "", day)), int(year) if year else None


def _year_in_text(text: str) -> int | None:
    """The year of a dateline that gives none ("Oct 14 (Reuters)"): the one year the text's
    full dates agree on; none when they disagree or there are none (no guessing)."""
    years = {int(y) for y in re.findall(rf"\b{_DAY}\s+{_MONTH},?\s+({_YEAR})\b", text)}
    years |= {int(y) for y in re.findall(rf"\b{_MONTH}\s+{_DAY},\s+({_YEAR})\b", text)}
    return years.pop() if len(years) == 1 else None


def text_date(text: str) -> TextDate | None:
    """The article's date as written in its first lines, or None when they give none."""
    head = text[:_HEAD_CHARS]
    # A page copied from a browser starts with its menus; they are not the article's lines.
    lines = [line for line in head.splitlines() if line.strip() and not is_page_furniture(line)]
    lines = lines[:_HEAD_LINES]
    for line in lines:
        dateline = read_dateline(line, DATED)  # "OSLO, 14 October 2026 –", "Kyiv, March 3, 2026:"
        found, where = (dateline.match if dateline else None), "the dateline"
        if not found:
            place_date = read_dateline(line, LINE)  # "Lima, 18 November 2026" (N10-12)
            found = place_date.match if place_date else None
            if found and not (found.group("y1") or found.group("y2")):
                found = None  # "Paris, March 3" alone: no year to stand on
        if not found:
            found, where = _DATE_LINE.match(line), "the date line under the headline"
            if found and found.group().lstrip().startswith("By"):
                where = "the byline"
            if found and not (found.group("y1") or found.group("y2")):
                found = None  # "March 3" alone on a line is no article date
        if not found:
            continue
        parts = _date_of(found)
        if not parts:
            continue
        month, day, year = parts
        stated = found.group("date").strip()
        year_why = ""
        if year is None:
            year = _year_in_text(text)
            if year is None:
                continue
            year_why = f", with the year {year} of the other full dates in the text"
        try:
            date = dt.date(year, month, day)
        except ValueError:  # "31 February 2026"
            continue
        return TextDate(
            date,
            stated,
            f"no published date: the article's date {date.isoformat()} was read from "
            f"{where} ({stated!r}){year_why}",
        )
    return None


def article_dates(
    text: str, published: dt.date | None, lines: str = ""
) -> tuple[list[DateMention], dict[int, str]]:
    """The text's dates, resolved against ``published`` or, when there is none, the date in
    the text's first lines; the second item maps the start of each mention resolved only
    thanks to that text date to the reason to show for it. ``lines``: the text as written,
    before normalising joined its short lines (the date line under a headline)."""
    if published is not None:
        return find_dates(text, published), {}
    found = text_date(lines or text)
    if found is None:
        return find_dates(text, None), {}
    bare = {m.start: m.resolved for m in find_dates(text, None)}
    mentions = find_dates(text, found.date)
    helped = {m.start: found.why for m in mentions if m.resolved and not bare.get(m.start)}
    return mentions, helped
