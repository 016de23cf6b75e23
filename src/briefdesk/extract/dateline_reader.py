"""One reader of a news dateline: "BRUSSELS, 20 November 2026 —", "NAIROBI (Reuters) -",
"Ulaanbaatar, Nov 24 (AFP) –", "DUBAI/BEIJING, Jan 9 (Reuters) -", "MANILA, PHILIPPINES —".

A dateline opens a wire story or a release: a place in capitals or title case (more places
after "/"), maybe a region or state after a comma, maybe a date, maybe the agency in brackets
or a newswire between slashes, then a dash or a colon. Every reader of one (the extraction's
place and agency, the article's own date, the dollar review's home city, the test that a
state named in it is no side of a deal) reads it here, into one ``Dateline``.

Its users ask for it with different strictness, kept as they were measured on the corpus
(each reads a few datelines the others must not): ``WIRE`` for extraction (a short date at
most, the dash needed unless a capital follows the agency), ``DATED`` for the article's date
(a date in words required), ``LOOSE`` for a home city (anything but a dash after the comma),
``LINE`` for a release's place-and-date line with no dash ("Lima, 18 November 2026").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefdesk.extract.dates import DAY_PATTERN, MONTH_PATTERN, YEAR_PATTERN
from briefdesk.extract.lexicon import WEEKDAY_NAMES

Shape = Literal["wire", "dated", "loose", "line"]
WIRE: Shape = "wire"
DATED: Shape = "dated"
LOOSE: Shape = "loose"
LINE: Shape = "line"

_PLACE = r"[A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?"
_PLACES = rf"(?P<place>{_PLACE})(?:/{_PLACE})*"
_REGION = r"(?:,\s*(?P<region>[A-Z][A-Za-zÀ-ÿ .]{1,30}?))?"
_SEP = r"(?:—|–|--|-|:)"
_WEEKDAY = rf"(?:{'|'.join(WEEKDAY_NAMES)}),?\s+"
# "14 October 2026", "October 14, 2026", "Oct. 14 2026", "Tuesday, 14 October": a date in
# words, the year optional (a date line under a headline requires it: dateline_date).
DATE = (
    rf"(?:{_WEEKDAY})?(?:(?P<d1>{DAY_PATTERN})\s+(?P<m1>{MONTH_PATTERN}),?"
    rf"(?:\s+(?P<y1>{YEAR_PATTERN}))?"
    rf"|(?P<m2>{MONTH_PATTERN})\s+(?P<d2>{DAY_PATTERN})(?:,?\s+(?P<y2>{YEAR_PATTERN}))?)"
)
_GRAMMAR = {
    # "DUBAI/BEIJING, Jan 9 (Reuters) -", "Colombo, March 17 (PTI) India on Thursday",
    # "... April 14, 2026 /Caribbean Newswire/ --": a short date at most.
    WIRE: re.compile(
        rf"\s*{_PLACES}{_REGION}"
        r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4}))?"
        rf"\s*(?:\((?P<agency>[A-Z]\w+)\)\s*(?:{_SEP}\s)?(?=[A-Z“\"])|(?:\((?P<agency2>\w+)\)\s*)?"
        rf"(?:/(?P<wire>[A-Z][\w ]{{2,40}})/\s*)?{_SEP}\s)"
    ),
    # "OSLO, 14 October 2026 –", "WARSAW, Oct 14 (Reuters) -", "Kyiv, March 3, 2026:".
    DATED: re.compile(
        rf"\s*{_PLACES}{_REGION},\s*(?P<date>{DATE})\s*"
        rf"(?:\((?P<agency2>[A-Z][\w ]{{1,30}})\)\s*)?{_SEP}(?:\s|$)"
    ),
    # "Lima, 18 November 2026", "Dakar, 12 November 2026 (unofficial English translation)": a
    # place and a date alone on their line, as press releases and communiqués open (N10-12).
    LINE: re.compile(
        rf"\s*(?P<place>[A-Z][A-Za-zÀ-ÿ'.\- ]{{1,40}}){_REGION},\s*(?P<date>{DATE})"
        r"\s*(?:\([^()]{1,60}\))?\s*\.?\s*$"
    ),
    # "OTTAWA —", "Canberra, 3 March 2026 —", "TORONTO (Reuters) -": a place opening a line.
    LOOSE: re.compile(
        rf"^\s*(?P<place>{_PLACE})\s*(?:,[^\n—–]{{1,40}}?)?\s*"
        r"(?:\((?P<agency2>[A-Za-z]+)\)\s*)?(?:—|–|--|-)\s",
        re.MULTILINE,
    ),
}
# More places after the first: "DUBAI/BEIJING, ...".
_OTHER_PLACE = re.compile(r"/([A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}?)(?=/|,|\s*\()")
# A state named in a dateline at the head of a line: "Bremen, Germany / Manta, Ecuador – 4
# November 2025 –": what comes before the state's name, and what follows it.
_REGION_BEFORE = re.compile(r"(?:^|\n|\s/\s)[A-Z][\w.'’ -]{1,30},\s*$")
_REGION_AFTER = re.compile(r"\s*(?:/|[–—-]\s*\d|,\s*\d|\(\w)")


@dataclass(frozen=True)
class Dateline:
    """A dateline read; offsets are in the text read, ``end`` just after the dash."""

    place: str
    place_start: int
    others: tuple[tuple[str, int], ...]  # more places after "/" and where each starts
    region: str  # as written, spaces kept ("" when none)
    region_start: int
    date: str  # "" when none
    agency: str  # the agency in brackets or the newswire between slashes, "" when none
    agency_start: int
    end: int
    text: str  # the dateline as written, dash included
    match: re.Match[str]  # the date's parts (d1, m1, y1 / m2, d2, y2) for DATED


def read_dateline(line: str, shape: Shape = WIRE) -> Dateline | None:
    """The dateline opening ``line``, or None when the line opens with none."""
    found = _GRAMMAR[shape].match(line)
    return _dateline(found) if found else None


def find_dateline(text: str, shape: Shape = LOOSE) -> Dateline | None:
    """The first dateline opening any line of ``text``, None when there is none."""
    found = _GRAMMAR[shape].search(text)
    return _dateline(found) if found else None


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the region or state of a dateline ("Bremen,
    Germany / Manta, Ecuador – 4 November 2025 –"): a place and a comma before it at the head
    of a line, and after it a slash, a date or a bracket."""
    window = max(0, start - 34)
    return (
        ("\n" in text[window:start] or start < 34)
        and bool(_REGION_BEFORE.search(text, window, start))
        and bool(_REGION_AFTER.match(text, end, end + 8))
    )


def _dateline(found: re.Match[str]) -> Dateline:
    groups = found.groupdict()
    agency = next((g for g in ("agency", "agency2", "wire") if groups.get(g)), "")
    region = groups.get("region") or ""
    others = tuple(
        (extra.group(1).strip(), extra.start(1))
        for extra in _OTHER_PLACE.finditer(found.string, 0, found.end())
    )
    return Dateline(
        place=found.group("place").strip(),
        place_start=found.start("place"),
        others=others,
        region=region,
        region_start=found.start("region") if region else -1,
        date=groups.get("date") or "",
        agency=groups[agency] if agency else "",
        agency_start=found.start(agency) if agency else -1,
        end=found.end(),
        text=found.group(),
        match=found,
    )
