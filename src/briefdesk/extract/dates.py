"""Dates as written ("12 March 2024", "on Tuesday", "last month"), resolved where possible."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from briefdesk.extract import date_years
from briefdesk.extract import rx as re
from briefdesk.extract.date_mention import DateMention
from briefdesk.extract.date_periods import widen_periods
from briefdesk.extract.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from briefdesk.extract.scans import factored

_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)} | {
    abbreviation.lower(): next(
        number for number, name in enumerate(MONTH_NAMES, start=1) if name.startswith(abbreviation)
    )
    for abbreviation in MONTH_ABBREVIATIONS
}
_WEEKDAYS = [name.lower() for name in WEEKDAY_NAMES]
DAY_PATTERN = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
YEAR_PATTERN = r"(?:19|20)\d\d"
# The words a date in words can start with ("rel" below; a new one goes here too).
_RELATIVE_LEADS = ("today", "yesterday", "tomorrow", "early", "late", "last", "next", "this")
# The first three letters of every word a date can start with: with the lookbehind, the
# lookahead lets the engine drop every other position and word in one step.
_LEADS = sorted(
    {w[:3].lower() for w in (*MONTH_NAMES, *MONTH_ABBREVIATIONS, *WEEKDAY_NAMES, *_RELATIVE_LEADS)}
)
# Their first letters, and digits: one class test passes over most positions before the
# lookbehind and the list of leads are tried.
_FIRST_LETTERS = "".join(sorted({lead[0] for lead in _LEADS} | {"t"}))


def _month(names: Sequence[str], alternation: Callable[[Sequence[str]], str]) -> str:
    return rf"(?:{alternation(names)}|(?:{alternation(MONTH_ABBREVIATIONS)})\.?)"


def _date_pattern(alternation: Callable[[Sequence[str]], str]) -> str:
    """DATE_RE's text, its word lists written by ``alternation``: "|".join, or one branch per
    first letter (scans.factored, round 8: the same matches, fewer branches tried at each word
    that opens with one of their letters, which re.IGNORECASE tries one by one)."""
    month = _month(MONTH_NAMES, alternation)
    no_may = _month([name for name in MONTH_NAMES if name != "May"], alternation)
    return (
        rf"(?=[\d{_FIRST_LETTERS}])(?<!\w)(?=\d|{alternation([*_LEADS, 'the end of '])})"
        rf"(?:\b(?P<dmy>{DAY_PATTERN}(?:\s?(?:to|-|–)\s?{DAY_PATTERN})?\s{month}(?:,?\s{YEAR_PATTERN})?)\b"
        rf"|\b(?P<mdy>{month}\s{DAY_PATTERN}(?:,\s{YEAR_PATTERN})?)\b(?!,?\s?\d)"
        rf"|\b(?P<my>{no_may}(?:\s{YEAR_PATTERN})?|May\s{YEAR_PATTERN})\b"
        rf"|\b(?P<rel>today|yesterday|tomorrow|(?:(?:early|late|later|earlier)\s)?(?:last|next|this)\s"
        rf"(?:week|month|year)|the end of (?:the |this |next )?(?:year|month|week|{month}))\b"
        rf"|\b(?P<wd>{alternation(WEEKDAY_NAMES)})\b"
        rf"|(?<![\w$€£.,-])(?P<y>{YEAR_PATTERN})(?![\w%.,]\d|\d|s\b))"  # "the 1980s": a decade
    )


MONTH_PATTERN = _month(MONTH_NAMES, factored)
DATE_RE = re.compile(_date_pattern(factored), re.IGNORECASE)
_CASE_SENSITIVE_GROUPS = ("dmy", "mdy", "my", "wd")


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation as written ("Sept.", "October")."""
    return _MONTHS[word.lower().rstrip(".")]


def _resolve(
    kind: str, text: str, published: dt.date | None, way: tuple[str, str] = ("", "")
) -> tuple[dt.date | None, str, str]:
    """(date, precision, why); ``way`` is where the words around it point (date_years.py)."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [w for w in words if w.lower() in _MONTHS]
    years = [n for n in numbers if n >= 1900]
    days = [n for n in numbers if n < 100]
    try:
        if kind in {"dmy", "mdy"} and months:
            month = month_number(months[0])
            if years:
                return dt.date(years[0], month, days[0]), "day", ""
            if published:
                guess, why = date_years.day_year(month, days[0], published, *way)
                return guess, "day", why
        if kind == "my" and months:
            month = month_number(months[0])
            if years:
                return dt.date(years[0], month, 1), "month", ""
            if published:
                year, why = date_years.month_year(month, published, *way)
                return dt.date(year, month, 1), "month", why
        if kind == "y" and years:
            return dt.date(years[0], 1, 1), "year", ""
        if kind == "wd" and published:
            day, why = date_years.weekday_day(_WEEKDAYS.index(text.lower()), published, *way)
            return day, "day", why
        if kind == "rel" and published:
            lowered = text.lower()
            if lowered == "today":
                return published, "day", ""
            if lowered == "yesterday":
                return published - dt.timedelta(days=1), "day", ""
            if lowered == "tomorrow":
                return published + dt.timedelta(days=1), "day", ""
            if lowered.endswith("year"):
                shift = -1 if "last" in lowered else 1 if "next" in lowered else 0
                return dt.date(published.year + shift, 1, 1), "year", ""
            if lowered.endswith("month"):
                shift = -1 if "last" in lowered else 1 if "next" in lowered else 0
                index = published.year * 12 + published.month - 1 + shift
                return dt.date(index // 12, index % 12 + 1, 1), "month", ""
    except (ValueError, OverflowError):  # a published date near year 1 or 9999
        return None, "", ""
    return None, "", ""


def _inside_name(text: str, start: int, end: int) -> bool:
    """ "a Long March rocket", "the March Hare": a bare month after a capitalised word that does
    not start its sentence is part of a name, not a date."""
    before = re.search(r"([A-Z][\w-]*)\s+$", text[max(0, start - 30) : start])
    if not before or before.group(1) in _LEADS_INTO_DATE:
        return False
    head = text[max(0, start - 30) : start][: before.start()].rstrip()
    return bool(head) and head[-1] not in '.!?:\n"“'


def _given_name(text: str, start: int, end: int) -> bool:
    """ "Jan Kowalski added", "said April Ryan": a bare month followed by a capitalised word
    that is no date word, and not led into by "in", "since", "by" …, is a given name."""
    follow = _NAME_AFTER.match(text, end)
    if not follow or follow.group(1).lower() in _DATE_WORDS:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return not (before and before.group(1).capitalize() in _LEADS_INTO_DATE)


_NAME_AFTER = re.compile(r" ([A-Z][^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[^\w.!?]*$")
_DATE_WORDS = frozenset(_MONTHS) | frozenset(_WEEKDAYS)


# Capitalised words a date can follow at a sentence start ("In March", "Since May 2024").
_LEADS_INTO_DATE = frozenset(
    [
        "In",
        "Since",
        "Until",
        "By",
        "From",
        "Last",
        "Next",
        "Early",
        "Late",
        "Mid",
        "On",
        "Before",
        "After",
        "During",
        "Through",
        "Till",
        "And",
        "Or",
        "Of",
        "Between",
    ]
)


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    found: list[DateMention] = []
    for kind, value, start in _stated(text):
        way = ("", "")
        if published and kind in ("dmy", "mdy", "my", "wd"):
            way = date_years.direction(text, start, start + len(value))
        resolved, precision, why = _resolve(kind, value, published, way)
        found.append(DateMention(value, start, start + len(value), resolved, precision, why))
    return widen_periods(text, found)


# The last text scanned and its dates as stated: an article with no published date is read
# twice (dateline_date.article_dates), and the whole-text scan is the costly part (round 8).
_LAST: list[tuple[str, list[tuple[str, str, int]]]] = [("", [])]


def _stated(text: str) -> list[tuple[str, str, int]]:
    """(kind, words, start) of each date written in ``text``, in order."""
    last, stated = _LAST[0]
    if text is last:
        return stated
    stated = []
    for match in DATE_RE.finditer(text):
        kind = match.lastgroup or ""
        value = match.group(kind).strip()
        if kind in _CASE_SENSITIVE_GROUPS and not value[0].isupper() and not value[0].isdigit():
            continue
        start = match.start(kind) + (len(match.group(kind)) - len(match.group(kind).lstrip()))
        if kind == "my" and (
            _inside_name(text, start, start + len(value))
            or (not value[-1].isdigit() and _given_name(text, start, start + len(value)))
        ):
            continue
        stated.append((kind, value, start))
    _LAST[0] = (text, stated)
    return stated
