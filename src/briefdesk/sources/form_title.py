"""The title of a document whose first line is its form, series or programme, not its headline.

Why (newcomer13 N13-20, N13-09, N13-43, N13-39): four kinds of document were cited in the
exported Sources list by their first line — a transcript ("TRANSCRIPT — "The World Tonight",
Radio Kestrel, 21 November 2026, 19:10", straight quotes nested in the template's curly ones), a
think tank's series line ("Policy Brief No. 41 | The Caspian Resource Institute | December
2026") above the headline, an SEC filing's form header ("UNITED STATES SECURITIES AND EXCHANGE
COMMISSION") and an arbitration summary's "SUMMARY OF AWARD" above the case name. Each has its
title in a known place: the programme, the line under the series line, the registrant and the
Item, the "X v. Y" line. Dates on those lines are read by :mod:`stated_date`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEAD = 12  # the header of such a document is its first few lines
_QUOTES = "\"'“”‘’«»"
# 'TRANSCRIPT — "The World Tonight", Radio Kestrel, 21 November 2026, 19:10'
_TRANSCRIPT = re.compile(
    r"^(?:programme\s+|broadcast\s+|interview\s+)?transcript\s*[—–:|-]+\s*"
    r"(?P<programme>[\"“‘'][^\"”’]{2,100}[\"”’]|[^,]{2,100}),\s*(?P<station>[^,]{2,80})"
    r"(?:,.*)?$",
    re.IGNORECASE,
)
# "Policy Brief No. 41", "Working Paper 12/2026", "Issue 7", "Occasional Paper Series #3".
_SERIES_PART = re.compile(
    r"\b(?:no\.?|number|nr\.?|#|issue|vol\.?|volume|series)\s*\d|"
    r"\b(?:brief|paper|report|commentary|analysis|note|bulletin)\s+\d",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(
    r"^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2},?)?\s+(?:19|20)\d\d$|^(?:19|20)\d\d$",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s+[—–]\s+")
_SEC_HEADER = re.compile(r"^united states\s+securities and exchange commission$", re.IGNORECASE)
_FORM = re.compile(r"^form\s+(?P<form>\d{1,2}-[a-z]{1,2}|\d{1,2}-k|\d{2,3}-?f|s-\d)\b", re.I)
_REGISTRANT_NOTE = re.compile(r"^\(exact name of registrant", re.IGNORECASE)
_ITEM = re.compile(r"^item\s+(?P<number>\d{1,2}\.\d{2})\.?\s+(?P<what>.{3,120}?)\.?$", re.I)
# "Talvera Mining Corporation v. Plurinational State of Bolivia", "A vs B", "A v B".
_CASE_NAME = re.compile(r"^(?P<a>[A-Z][^.]{1,90}?)\s+v(?:s)?\.?\s+(?P<b>[A-Z].{1,90})$")
_SHOUTED_KIND = 6  # an all-capital first line of at most so many words names the document


@dataclass(frozen=True)
class FormTitle:
    title: str
    outlet: str  # "" when the lines give none
    note: str


def form_title(text: str, title: str) -> FormTitle | None:
    """The document's own title when ``title`` is its first line and that line is a transcript
    line, a series line, an SEC form header or an all-capital kind line above a case name."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()][:_HEAD]
    if not lines or " ".join(title.split()) != lines[0]:
        return None
    first = lines[0]
    for reader in (_transcript, _series, _sec_filing, _case):
        found = reader(first, lines)
        if found is not None:
            return found
    return None


def _unquoted(value: str) -> str:
    value = value.strip()
    if len(value) > 2 and value[0] in _QUOTES and value[-1] in _QUOTES:
        value = value[1:-1].strip()
    return value


def _transcript(first: str, lines: list[str]) -> FormTitle | None:
    match = _TRANSCRIPT.match(first)
    if match is None:
        return None
    programme = _unquoted(match.group("programme"))
    station = match.group("station").strip()
    if _MONTH_YEAR.match(station) or not re.search(r"[^\W\d_]{2}", programme):
        return None
    return FormTitle(
        programme,
        station,
        f"Title and outlet taken from the transcript's first line (not “{first}”)",
    )


def _series(first: str, lines: list[str]) -> FormTitle | None:
    parts = [p.strip() for p in _SEPARATORS.split(first) if p.strip()]
    if len(parts) < 2 or len(lines) < 2 or not _SERIES_PART.search(parts[0]):
        return None
    rest = [p for p in parts[1:] if not _MONTH_YEAR.match(p) and not _SERIES_PART.search(p)]
    headline = lines[1]
    if not _headline_shaped(headline):
        return None
    return FormTitle(
        headline.rstrip("."),
        ", ".join(rest),
        f"Title taken from the headline under the series line (not “{first}”)",
    )


def _sec_filing(first: str, lines: list[str]) -> FormTitle | None:
    if not _SEC_HEADER.match(first):
        return None
    form = next((m.group("form").upper() for line in lines if (m := _FORM.match(line))), "")
    registrant = next(
        (lines[i - 1] for i in range(1, len(lines)) if _REGISTRANT_NOTE.match(lines[i])), ""
    )
    item = next((m for line in lines if (m := _ITEM.match(line))), None)
    if not registrant:
        return None
    name = _title_case(registrant)
    what = f"Form {form}" if form else "SEC filing"
    if item is not None:
        what += f", Item {item.group('number')}: {item.group('what').rstrip('.')}"
    return FormTitle(
        f"{name} — {what}",
        "",  # the registrant is in the title: an outlet would print it twice in Sources
        f"Title made from the filing's registrant and Item (not the form header “{first}”)",
    )


def _case(first: str, lines: list[str]) -> FormTitle | None:
    if not first.isupper() or len(first.split()) > _SHOUTED_KIND:
        return None
    for line in lines[1:5]:
        match = _CASE_NAME.match(line)
        if match and len(line) <= 160 and not line.endswith("."):
            return FormTitle(line, "", f"Title taken from the case name (not “{first}”)")
    return None


def _headline_shaped(line: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 3 and len(line) <= 150 and not line.endswith((",", ";", ":"))


def _title_case(name: str) -> str:
    """ "ORBITAL FORGE TECHNOLOGIES, INC." → "Orbital Forge Technologies, Inc."; a name written
    in mixed case stays as written."""
    if not name.isupper():
        return name
    small = {"and", "of", "the", "for", "de"}
    words = name.split()
    return " ".join(
        w.lower() if i and w.lower() in small else w.capitalize() for i, w in enumerate(words)
    )
