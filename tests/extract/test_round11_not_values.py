"""Round 11: amounts that are no deal's value — the figure a value was revised from, a price
per unit written with "/", an ISO code glued to a small number ("COP31") — and "cr" for crore.
Made-up sentences only."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


def _values(text: str) -> list[tuple[Decimal, str]]:
    return [(d.value.amount, d.value.currency) for d in extract_text(text).deals if d.value]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The government and Black Sea Port Partners signed a revised concession agreement, "
            "cutting the first phase from $850 million to $610 million.",
            610000000,
        ),
        (
            "The Exim Bank credit line was reduced from the USD 500 million agreed in 2023 to USD "
            "350 million, and the revised loan agreement was signed on Thursday.",
            350000000,
        ),
        (
            "Boreal Rail has amended its credit facility with Laurentian Bank, increasing the "
            "facility from C$120 million to C$200 million.",
            200000000,
        ),
    ],
)
def test_the_revised_figure_is_the_value(text: str, amount: int) -> None:
    assert [a for a, _ in _values(text)] == [Decimal(amount)]


def test_a_price_per_unit_after_a_slash_is_no_value() -> None:
    text = (
        "The ministry approved the power purchase agreement between Delta Power JSC and the "
        "state utility EVN at a tariff capped at VND 2,590/kWh."
    )
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("heads asked the bank to prepare a common position for COP31.", []),
        ("a Tk 9,420cr viaduct contract", [(Decimal(94200000000), "BDT")]),
        ("a USD300 million loan", [(Decimal(300000000), "USD")]),
        ("paid EUR 25 per share", [(Decimal(25), "EUR")]),  # a spaced code still reads
    ],
)
def test_codes_and_crore(text: str, found: list[tuple[Decimal, str]]) -> None:
    assert [(m.amount, m.currency) for m in find_money(text, Counter())] == found


def test_a_rise_from_a_figure_to_another_of_no_deal_stays_out() -> None:
    # Exports are no deal either way; the rule only drops the first figure.
    text = "Exports grew from $2 billion to $3 billion last year."
    assert _values(text) == []
