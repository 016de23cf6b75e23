"""How a figure is written, and figures whose currency is in their label (round 19).

Thousands grouped by stops, as Spanish, Portuguese or German notices write them: two groups or
more ("₲ 171.600.000.000", "R$ 1.200.000.000,50"), so "12.500" stays twelve and a half. Read
as a decimal, "PYG 14.350.000.000" was PYG 14.35.

A disclosure form or notice states its amount as a bare figure with the currency in the label
("3. Contract amount (KRW): 693,240,000,000", "Investment amount (KRW): 38,250,000,000"), as a
table's header does ("Value (EUR m)"). Such a line is an amount when its label names a deal's
price (contract, order, investment, award, loan ... amount, value, price, sum, consideration);
"Recent sales (KRW): 8,911,302,000,000" names none.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from briefdesk.extract import rx as re
from briefdesk.extract.money_units import MULTIPLIERS

if TYPE_CHECKING:  # (money calls this module: the class comes in as ``make``)
    from briefdesk.extract.money import MoneyMention

# Signs the notices write (round 19): Paraguay's guaraní, Panama's balboa ("B/. 48,750,000.00").
NOTICE_SIGNS = {"₲": "PYG", "B/.": "PAB"}
NUMBER = r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2}(?!\d))?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_STOP_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d{1,2})?")
_SCALES = {"": 1, "'000": 1000, "000": 1000, "thousand": 1000, "m": 10**6, "mn": 10**6}
_SCALES |= {"million": 10**6, "millions": 10**6, "bn": 10**9, "billion": 10**9}
_FIELD = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?P<label>(?:(?:total|contract|order|investment|transaction|"
    r"deal|loan|award(?:ed)?|purchase|facility|grant|project)[ \t]+)?"
    r"(?:amount|value|price|sum|consideration|cost))[ \t]*\((?P<unit>[A-Z]{3})"
    r"(?:[ \t,]+(?P<scale>'000|000|thousand|m|mn|million|millions|bn|billion))?\)[ \t]*:"
    rf"[ \t]*(?P<n>{NUMBER})[ \t]*$",
    re.I | re.M,
)


def plain_number(number: str) -> str:
    """``number`` as Decimal reads it, stop-grouped thousands made plain ("1.200.000,50")."""
    if _STOP_GROUPS.fullmatch(number):
        number = number.replace(".", "").replace(",", ".")
    return number.replace(",", "")


def amount_of(number: str, multiplier: str | None) -> Decimal | None:
    """The value of a figure as written, times its scale word ("million")."""
    try:
        value = Decimal(plain_number(number))
    except InvalidOperation:
        return None
    if multiplier:
        value *= MULTIPLIERS[multiplier.lower()]
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def labelled_amounts(
    text: str, found: list[MoneyMention], codes: frozenset[str], make: Callable[..., Any]
) -> list[MoneyMention]:
    """``found`` with each bare figure on a price field whose label states the currency."""
    if "):" not in text:
        return found
    added = []
    for match in _FIELD.finditer(text):
        start, end = match.span("n")
        unit = match.group("unit").upper()
        if unit not in codes or any(m.start < end and start < m.end for m in found):
            continue
        try:
            amount = Decimal(plain_number(match.group("n")))
        except InvalidOperation:
            continue
        amount *= _SCALES[(match.group("scale") or "").lower()]
        amount = Decimal(int(amount)) if amount == amount.to_integral_value() else amount
        added.append(make(amount, unit, text[start:end], start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found
