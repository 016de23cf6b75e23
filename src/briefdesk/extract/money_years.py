"""A year is not an amount: "contracts signed in 2027 won approval" is no KRW 2,027 (round 19).

The figure passes read a number followed by a currency's name as money. Several names are
also English words ("won", "real", "rand", "pound"), and a year is a number, so "in 2027 won
approval", "spending in 2027 real terms", "by 2030 won't" and "prices in 2024 dollars" (money
of a base year) were priced. A bare four-digit number of a year's shape (1900-2099, no
thousands comma, no decimals, no scale word) is a year, not an amount, when the words before
it date something: a preposition of time ("in", "by", "from", "since", "until", "before",
"after", "during", "through"), "the"/"early"/"late"/"mid"/"fiscal"/"FY", a month or a day and
month ("5 May 2027"), or another year it runs from ("2026 to 2027", "2026-2027"). And "won"
followed by "'t" is always the verb. "Paid 2,027 won", "a fee of 2027 dollars", "2027 won" at
a sentence's start and any amount with a scale word stay amounts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import MONTH_NAMES

if TYPE_CHECKING:  # (money imports this module)
    from briefdesk.extract.money import MoneyMention

_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = "|".join(MONTH_NAMES)
# The words right before the year that make it a date.
_DATING = lazy(
    r"(?:\b(?i:in|by|from|since|until|till|through|before|after|during|the|early|late|mid|"
    r"fiscal|FY|year)|\bmid-|\b(?:" + _MONTHS + r")|\b(?:" + _MONTHS + r")\s+\d{1,2},|"
    r"\b(?:19|20)\d\d\s*(?:-|–|/|\bto\b|\band\b))\s*$"
)
_WONT = re.compile(r"won['’]t\b")


def dated(text: str, start: int) -> bool:
    """Whether the number at ``start`` is a year the words before it date something with."""
    if not _YEAR.match(text, start) or text[start + 4 : start + 5].isdigit():
        return False
    before = text[max(0, start - 24) : start]
    return bool(_DATING.search(before))


def without_years(text: str, found: list[MoneyMention]) -> list[MoneyMention]:
    """``found`` without the years read as an amount (see the module's note)."""
    kept = []
    for money in found:
        number, *words = money.as_stated.split()
        bare = len(words) == 1 and number.replace(",", "").isdigit()  # no scale, no decimals
        year = bare and _YEAR.fullmatch(number) is not None and dated(text, money.start)
        if bare and (year or _WONT.match(text, money.end - 3)):
            continue
        kept.append(money)
    return kept
