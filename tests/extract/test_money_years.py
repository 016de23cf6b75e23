"""A year is not an amount (round 19): "signed in 2027 won approval" was priced KRW 2,027."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money

KOREA = Counter({"KR": 4})


@pytest.mark.parametrize(
    "text",
    [
        "Export contracts signed in 2027 won praise from the ministry.",
        "Orders booked by 2030 won approval in Seoul.",
        "Hanwha said deliveries from 2028 won the navy's support.",
        "Deliveries due on 5 May 2027 won the board's backing.",
        "The plan for 2026 to 2027 won support.",
        "Officials said exports in 2026 won't fall.",
        "The budget is given in 2024 dollars.",
        "Spending rose in 2027 real terms.",
    ],
)
def test_a_dated_year_before_a_currency_word_is_no_amount(text: str) -> None:
    assert find_money(text, KOREA) == []


@pytest.mark.parametrize(
    ("text", "stated", "amount"),
    [
        ("The ticket cost 2,027 won.", "2,027 won", Decimal("2027")),
        ("A fee of 2027 dollars was paid.", "2027 dollars", Decimal("2027")),
        ("The order is worth 2027 billion won.", "2027 billion won", Decimal("2027e9")),
        ("In 2027 the navy paid 300 billion won.", "300 billion won", Decimal("300e9")),
        ("The yard was paid 1950 won per hour.", "1950 won", Decimal("1950")),
    ],
)
def test_amounts_stay(text: str, stated: str, amount: Decimal) -> None:
    found = find_money(text, KOREA)
    assert [(m.as_stated, m.amount) for m in found] == [(stated, amount)]


def test_a_korean_story_prices_only_its_order() -> None:
    text = (
        "SEOUL - Hanwha Ocean signed a 1.2 trillion won contract with the Navy to build two "
        "submarines. Export orders placed in 2027 won praise from the defence ministry."
    )
    values = [d.value.as_stated for d in extract_text(text).deals if d.value]
    assert values == ["1.2 trillion won"]
