"""A wire story's and a distributed release's head: the headline without the desk's slugs, and
the date its dateline gives.

Why (newcomer14 N14-35): "UPDATE 2-Egypt to buy 24 Italian helicopters in $1.1 bln deal
-sources" over "ROME/CAIRO, Nov 4 (Newswire) -" was imported as kind "other", its title kept
the wire's version slug and attribution tag (so every export cited them), and no date was read
from the dateline. A release sent out by a distribution wire ("KONGSBERG, Norway, 8 October
2026 /PRNewswire/ --") carries its date only there, too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from briefdesk.sources.dateline_year import moved_year_reason, year_after_events

# "UPDATE 2-", "EXCLUSIVE-", "CORRECTED-UPDATE 1-", "RPT-", "WRAPUP 3-": the desk's slugs, in
# capitals and joined to the headline by a hyphen with no space.
_SLUG = (
    r"(?:UPDATE(?: \d{1,2})?|EXCLUSIVE|CORRECTED|CORRECTION|REFILE|RPT|WRAPUP(?: \d{1,2})?|"
    r"FOCUS|ANALYSIS|INSIGHT|BREAKINGVIEWS|FACTBOX|TIMELINE|BRIEF|URGENT|FEATURE|COLUMN|"
    r"PREVIEW|EXPLAINER|GRAPHIC|POLL|DIARY|WIDER IMAGE)"
)
_SLUGS = re.compile(rf"^(?:{_SLUG}-)+(?=\S)")
# " -sources", " -source", " -ministry", " -state media": the attribution tag a wire puts at
# the end, lower case, after a space and a hyphen with none after it.
_ATTRIBUTION = re.compile(r"\s+-(?:[a-z][a-z.']*)(?:\s[a-z][a-z.']*){0,2}$")
_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_PLACE = r"[A-Z][A-Za-zÀ-ÿ'’.\- ]{1,40}?"
# "ROME/CAIRO, Nov 4 (Newswire) -", "WARSAW, Oct 14, 2026 (Reuters) -", "KONGSBERG, Norway,
# 8 October 2026 /PRNewswire/ --", "LONDON, 3 March 2026 (GLOBE NEWSWIRE) --".
_DATELINE = re.compile(
    rf"^\s*{_PLACE}(?:/{_PLACE})*(?:,\s*[A-Z][A-Za-zÀ-ÿ .]{{1,30}}?)?,\s*"
    rf"(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>(?:19|20)\d\d))?)"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&-]{1,30})\)|/(?P<wire>[A-Za-z][\w .&-]{1,40})/)"
    r"\s*(?:—|–|--|-)\s"
)
# A full date anywhere in the text, for the year a short dateline leaves out.
_FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})\.?,?|(?:{_MONTHS})\.?\s+\d{{1,2}},)\s+((?:19|20)\d\d)\b"
)
_HEAD_LINES = 6
# Distribution wires that carry companies' releases, not news: "/PRNewswire/", "(BUSINESS
# WIRE)", "(GLOBE NEWSWIRE)", "/CNW/", "(ACCESSWIRE)", "(Marketwired)".
RELEASE_WIRE = re.compile(
    r"(?:/(?:PRNewswire(?:-[\w]+)?|CNW|EINPresswire|PRWeb)/|\((?:BUSINESS WIRE|GLOBE NEWSWIRE|"
    r"ACCESSWIRE|Marketwired|ACN Newswire)\)|--\(BUSINESS WIRE\)--)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DatelineDate:
    """The date read, the dateline as written, and whether its year was supplied."""

    date: dt.date
    line: str
    year_from: str  # "" when the dateline gives it; else where the year came from
    agency: str  # "Newswire" from "(Newswire)"; "" for a distribution wire or none


def wire_title(title: str) -> str:
    """``title`` without a wire's version slug and attribution tag ("UPDATE 2-… -sources")."""
    cleaned = _SLUGS.sub("", title)
    cleaned = _ATTRIBUTION.sub("", cleaned).strip()
    return cleaned if len(re.findall(r"[^\W\d_]{2,}", cleaned)) >= 2 else title


def wire_dateline(text: str) -> re.Match[str] | None:
    """The dateline with an agency or a distribution wire among the text's first lines."""
    lines = [line for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    return next((found for line in lines if (found := _DATELINE.match(line))), None)


def dateline_date(text: str, today: dt.date | None = None) -> DatelineDate | None:
    """The date a wire dateline gives; a dateline with no year ("Nov 4") takes the one year
    the text's full dates agree on, else the latest such day not after ``today`` — moved to
    the next year when the story reports a recent event that would come after it."""
    found = wire_dateline(text)
    if found is None:
        return None
    month = _month(found.group("m1") or found.group("m2"))
    day = int(found.group("d1") or found.group("d2"))
    written = found.group("y1") or found.group("y2")
    today = today or dt.date.today()
    year_from = ""
    if written:
        year = int(written)
    else:
        years = {int(y) for y in _FULL_DATE.findall(text)}
        if len(years) == 1:
            year, year_from = years.pop(), "the other full dates in the text"
        else:
            year, year_from = today.year, "the import date"
            if (month, day) > (today.month, today.day):
                year -= 1
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not written and (moved := year_after_events(text, date, today)) is not None:
        date, year_from = moved[0], moved_year_reason(moved[0], moved[1], date)  # N21-13
    shown = found.group().strip().rstrip("—–-").strip()
    return DatelineDate(date, shown, year_from, (found.group("agency") or "").strip())


def dateline_note(found: DatelineDate) -> str:
    """The note on a source whose date was read from its dateline."""
    year = f", the year from {found.year_from}" if found.year_from else ""
    if found.year_from[:1].isdigit():
        year = f", the year {found.year_from}"  # moved after the events it reports (N21-13)
    return (
        f"Publication date {found.date.isoformat()} read from the dateline (“{found.line}”"
        f"{year}): the file gives none — check it"
    )


def _month(name: str) -> int:
    return dt.datetime.strptime(name[:3].title(), "%b").month
