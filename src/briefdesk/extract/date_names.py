"""A date is never a body's name (newcomer18 N18-04).

A run of capitals can start with a date ("On 16 October Defence Minister X", "In March 2025
Finance Minister Y", "On Friday the Asian Development Bank"), or the part of a run before a
title can be one ("16 October" of "16 October Defence Minister X"; "16" after "October"). Both
the resolver (a date before a body's name) and the title rules (a date where a body would stand
before a title) read these two tests, so a date never becomes an actor, a deal side or a
person's affiliation. A year alone leads no cut ("2030 World Cup Organising Committee" keeps its
year): only a whole run that is a year is a date.

The editing side asks the same question of a whole name with no text around it (a deal side
New deal from selection would add, an actor's name or affiliation Checks look at):
:func:`is_whole_date`, read with the extraction's own date pattern. It lived in a second
``briefdesk/date_names.py`` until round 19; one module now holds the concept.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.dates import DATE_RE
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import MONTH_NAMES, WEEKDAY_NAMES

_MONTH = "|".join(MONTH_NAMES)
_WEEKDAY = "|".join(WEEKDAY_NAMES)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# Day and month, month and day, month and year, each with an optional weekday and year.
_DATED = (
    rf"(?:(?:{_WEEKDAY}),?\s+)?(?:{_DAY}\s+(?:{_MONTH})(?:,?\s+{_YEAR})?"
    rf"|(?:{_MONTH})\s+{_DAY}(?:,?\s+{_YEAR})?|(?:{_MONTH})\s+{_YEAR})"
)
_LEAD = re.compile(rf"(?:{_DATED}|(?:{_WEEKDAY}))\s+(?:the\s+)?(?=[A-Z])")
_WHOLE = re.compile(rf"(?:{_DATED}|{_WEEKDAY}|{_YEAR})")
# What stands just before a run that starts in the middle of a date: "3 " before "May Acme
# Corp", "October " before "16 Defence Minister".
_DAY_BEFORE = re.compile(rf"\b{_DAY}\s+$")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH})\s+$")
_MONTH_HEAD = lazy(rf"(?:{_MONTH})(?:\s+{_YEAR})?\s+(?=[A-Z])")
_DAY_HEAD = re.compile(rf"{_DAY}(?:,?\s+{_YEAR})?\s+(?=[A-Z])")


def is_whole_date(name: str) -> bool:
    """Whether ``name``, whole and alone, is a date: "16 October", "Monday", "21 Sep 2026"."""
    words = " ".join(name.split())
    return bool(words) and DATE_RE.fullmatch(words) is not None


def date_lead(text: str, start: int, name: str) -> int:
    """How many characters at the head of ``name`` (found at ``start`` in ``text``) are a date:
    0 when none, or when the whole name would go."""
    before = text[max(0, start - 12) : start]
    found = _LEAD.match(name)
    if found is None and _DAY_BEFORE.search(before):
        found = _MONTH_HEAD.match(name)  # "3 May Acme Corp": the run starts at the month
    if found is None and _MONTH_BEFORE.search(before):
        found = _DAY_HEAD.match(name)  # "October 16 Defence Minister"
    return found.end() if found and found.end() < len(name) else 0


def is_date_name(text: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start`` in ``text``) is a date or the rest of one, never a body."""
    if _WHOLE.fullmatch(name):
        return True
    before = text[max(0, start - 12) : start]
    if _DAY_BEFORE.search(before) and re.fullmatch(rf"(?:{_MONTH})(?:,?\s+{_YEAR})?", name):
        return True  # "May" of "3 May"
    return bool(_MONTH_BEFORE.search(before) and re.fullmatch(rf"{_DAY}(?:,?\s+{_YEAR})?", name))


def without_date(text: str, start: int, name: str) -> tuple[str, int]:
    """``name`` without a date at its head, and where it now starts; "" when all of it is a
    date ("March Kenya" of "On 4 March Kenya's minister" → "Kenya")."""
    cut = date_lead(text, start, name)
    name, start = name[cut:], start + cut
    return ("", start) if is_date_name(text, start, name) else (name, start)
