"""A year qualified by the words before it is one date: "the second quarter of 2028", "Q3 2027",
"H1 2027", "the March quarter of 2028", "mid-2028", "late 2027", "the end of 2028",
"January–June 2027".

The date scan found only the bare year (or "January" and "June 2027" apart), and a desk officer
drafting key dates needs the period as written (blind tuning articles 184-193: 9 misses of this
kind). The period keeps the year's resolution: its text says more than a date field can hold.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefdesk.extract import rx as re
from briefdesk.extract.date_mention import DateMention
from briefdesk.extract.lexicon import MONTH_NAMES

_MONTH = "|".join(MONTH_NAMES)
# Read on the 40 characters before a year, anchored at the year.
_BEFORE_YEAR = re.compile(
    r"(?:\bthe\s+)?(?P<period>"
    r"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+of\s+|"
    r"(?-i:\b(?:Q[1-4]|H[12]))\s+|"
    r"\b(?:early|mid|late)\s+|"
    r"\b(?:end|beginning|start|middle)\s+of\s+|"
    rf"\b(?:{_MONTH})\s*[–-]\s*(?:{_MONTH})\s+|"
    # "the March quarter of 2028", "the September quarter 2027": a quarter named by its last
    # month, as exchange announcements write it (newcomer15 N15-09)
    rf"\b(?:{_MONTH})\s+quarter\s+(?:of\s+)?"
    r")$",
    re.IGNORECASE,
)
# "mid-2028": the date scan reads no year after a hyphen ("2026-27" is a span of its own).
# ``\b(?:early|mid|late)-...`` led by the class of its first letters, the "\b" a look-behind
# over that letter: the engine skips to each candidate letter instead of trying every position.
_HYPHENED = re.compile(
    r"[eml](?<!\w.)(?:(?<=e)arly|(?<=m)id|(?<=l)ate)-((?:19|20)\d\d)\b(?!-)", re.IGNORECASE
)


def widen_periods(text: str, found: list[DateMention]) -> list[DateMention]:
    """``found`` with each year that ends a period replaced by the period, and the dates
    inside it dropped ("January" of "January–June 2027")."""
    out = list(found)
    for mention in found:
        if mention.precision not in ("year", "month") or not mention.text[-4:].isdigit():
            continue
        if text[mention.end : mention.end + 1].isalpha():
            continue  # "the early 1980s": a decade, not the year
        year_at = mention.end - 4
        before = _BEFORE_YEAR.search(text, max(0, year_at - 40), year_at)
        if before is None:
            continue
        start = before.start("period")
        words = text[start : mention.end]
        period = replace(
            mention,
            text=words,
            start=start,
            resolved=dt.date(int(mention.text[-4:]), 1, 1),
            precision="year",
        )
        out = [m for m in out if not (start <= m.start and m.end <= mention.end)]
        out.append(period)
    out = _year_ranges(text, out)
    if "-1" in text or "-2" in text:
        for match in _HYPHENED.finditer(text):
            if not any(m.start <= match.start() < m.end for m in out):
                year = dt.date(int(match.group(1)), 1, 1)
                out.append(DateMention(match.group(), match.start(), match.end(), year, "year"))
    return sorted(out, key=lambda m: m.start)


# "2027-2028", "2027–29": the year after the dash ends a range (a second year the scan may have
# found on its own after an en dash); not "2027-05-12", an ISO day (newcomer16 N16-10).
_RANGE_TAIL = re.compile(r"\s?[–—-]\s?((?:19|20)\d\d|\d\d)\b(?![-/.]\d)")


def _year_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """Each bare year that opens a range of years widened to the range as written."""
    out = list(found)
    for mention in found:
        if mention.precision != "year" or not mention.text.isdigit():
            continue
        tail = _RANGE_TAIL.match(text, mention.end)
        if tail is None:
            continue
        last = tail.group(1)
        last_year = int(last) if len(last) == 4 else int(mention.text[:2] + last)
        if not int(mention.text) < last_year <= int(mention.text) + 30:
            continue
        span = replace(mention, text=text[mention.start : tail.end()], end=tail.end())
        out = [m for m in out if m is not mention and not (mention.end <= m.start < tail.end())]
        out.append(span)
    return out
