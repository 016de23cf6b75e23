"""'<n> Norwegian crowns', the wire services' English for krone, krona and koruna, is read as an
amount in that state's currency (newcomer6 F3). Made-up sentences only."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("in a contract worth 2.3 billion Norwegian crowns, the agency said", "2300000000", "NOK"),
        ("paid 500 million Swedish crowns for the boats", "500000000", "SEK"),
        ("a deal worth 12 million Danish crowns", "12000000", "DKK"),
        ("worth 4 billion Czech crowns", "4000000000", "CZK"),
        ("worth 700 million koruny", "700000000", "CZK"),
    ],
)
def test_crowns_of_a_named_state(text: str, amount: str, currency: str) -> None:
    found = find_money(text, Counter())
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]


def test_crowns_of_no_state_we_can_tell_are_not_guessed() -> None:
    assert find_money("it cost 3 million crowns.", Counter()) == []
    assert [m.currency for m in find_money("it cost 3 million crowns.", Counter({"SE": 2}))] == [
        "SEK"
    ]


def test_the_deal_gets_the_value() -> None:
    text = (
        "Norway has agreed to buy 24 K9 howitzers from Hanwha Aerospace in a contract worth "
        "2.3 billion Norwegian crowns, the Norwegian Defence Materiel Agency said."
    )
    deal = extract_text(text).deals[0]
    assert deal.value is not None
    assert (deal.value.amount, deal.value.currency) == (Decimal("2300000000"), "NOK")


def test_a_headlines_crown_deal_without_a_state_is_left_alone() -> None:
    """'… in 2.3 billion crown deal' is too loose to read; the article's own figure is taken."""
    assert find_money("Norway to buy howitzers in 2.3 billion crown deal", Counter({"NO": 3})) == []
