"""Amounts in a deal's sentences that are not the value of a deal.

- a payment the deal provides for: "a one-off signing bonus of $45 million", "signature bonuses
  of US$ 21 million", "US$33 million a year in fees to the state";
- a price per unit: "at a tariff of US$ 0.078 per kWh", "$62 a barrel";
- a total over several agreements: "17 agreements with minimum investments of US$ 2.1 billion
  have been signed since July 2024";
- the size of a fund: "Its Petroleum Fund, worth about US$18 billion, has shrunk".
"""

from __future__ import annotations

import functools
import re

from briefdesk.extract.deal_notvalue import not_a_value
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.scans import Gated

# (Gated: an end-anchored pattern is tried at every position; every match holds a hint.)
_BONUS_BEFORE = Gated(
    ("bonus", "royalt", "fee", "taxes"),
    r"\b(?:signing|signature)\s+bonus(?:es)?\s+of\s+(?:about\s+|some\s+|around\s+)?$"
    r"|\b(?:royalt(?:y|ies)|fees?|taxes)\s+of\s+(?:about\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
    caseless=True,
)
_AFTER = re.compile(
    r"\)?\s*(?:\([^)]{0,40}\)\s*)?(?:"
    r"(?:signing|signature)\s+bonus"  # "a US$20 million signing bonus"
    r"|(?:a|per)\s+(?:kwh|kilowatt[- ]hour|mwh|megawatt[- ]hour|tonne|ton|barrel|bbl|unit|"
    r"litre|liter|gallon|cubic\s+metre|mmbtu|ounce|oz)\b"  # a price per unit
    r"|/\s?(?:kwh|mwh|tonne|t|barrel|bbl|unit|mmbtu|oz)\b"  # "VND 2,590/kWh"
    r"|per\s+(?:year|annum|month)\s+in\s+(?:fees|royalties|taxes)"
    r"|a\s+year\s+in\s+(?:fees|royalties|taxes|revenues?)"
    r"|(?:a|per)\s+(?:year|annum)\s+(?:into|to)\s+(?:a|an|the)\s+[\w\s-]{0,40}?fund\b"
    r")",
    re.IGNORECASE,
)
# "17 agreements with minimum investments of US$ 2.1 billion": several deals added up.
_TOTAL_BEFORE = lazy(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty)\s+"
    r"(?:new\s+|other\s+|more\s+)?(?:agreements|contracts|deals|concessions|licences|licenses)\b"
    r"[^.;]{0,160}?\b(?:investments?|value|worth)\s+(?:of\s+)?(?:about\s+|some\s+|around\s+|"
    r"nearly\s+|over\s+)?$",
    re.IGNORECASE,
)
_FUND_SIZE = re.compile(r"\bFund,?\s+(?:now\s+)?worth\s+(?:about\s+|some\s+|around\s+)?$")


def side_payment(text: str, start: int, money: MoneyMention) -> bool:
    """Whether ``money`` (in a sentence starting at ``start``) is a bonus, fee, unit price, a
    total over several agreements or a fund's size rather than a deal's value."""
    before_start = max(start, money.start - 200)
    if _BONUS_BEFORE.search_in(text, max(start, money.start - 50), money.start):
        return True
    if not_a_value(text, start, money):
        return True  # an equivalent, a sum of projects, a running cost, a plan (deal_notvalue)
    if _AFTER.match(text, money.end, money.end + 110):
        return True
    if _FUND_SIZE.search(text, max(start, money.start - 40), money.start):
        return True
    window = text[before_start : money.start]
    return any(noun in window for noun in _TOTAL_NOUNS) and bool(
        _TOTAL_BEFORE.search(text, before_start, money.start)
    )


_TOTAL_NOUNS = ("agreements", "contracts", "deals", "concessions", "licences", "licenses")


_PAYMENT_HINT = re.compile(
    r"(?i:bonus|per\s|a\s+(?:kwh|tonne|ton|barrel|year)|fees|royalt|taxes|Fund)"
)


def only_side_payments(sentence: str) -> bool:
    """Whether every amount of ``sentence`` is a bonus, fee, unit price or total: a sentence
    like "signed a PPA with X at a tariff of US$ 0.078 per kWh" is an unpriced deal."""
    from briefdesk.extract.money import find_money

    if not _PAYMENT_HINT.search(sentence):
        return False
    amounts = find_money(sentence)
    return bool(amounts) and all(side_payment(sentence, 0, m) for m in amounts)


# "No contract has been signed", "Could the Minister state whether any contract has been signed
# ...?": no deal is told.
_NONE = re.compile(
    r"\?\s*$"
    r"|\b(?:[Nn]o|[Nn]ot\s+any)\s+(?:[\w-]+\s+){0,2}(?:contracts?|agreements?|deals?|orders?)\s+"
    r"(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:signed|awarded|agreed|placed)\b"
)
_UNSURE = re.compile(
    r"\bwhether\s+(?:any\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:contract|agreement|deal|order)"
    r"|\b(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:signed|awarded|agreed)\b"
)


@functools.lru_cache(maxsize=64)  # asked once per amount: a run-on sentence has hundreds
def no_deal_told(sentence: str, priced: bool = True) -> bool:
    """Whether ``sentence`` asks about a deal or says there is none; a sentence without an
    amount (``priced`` False) also when it wonders whether one was signed or says it has not
    been (a priced one then still tells a proposed deal)."""
    hinted = "?" in sentence or "No " in sentence or "no " in sentence or "not any" in sentence
    if hinted and _NONE.search(sentence):
        return True
    if priced or ("whether" not in sentence and " not " not in sentence):
        return False
    return bool(_UNSURE.search(sentence))
