"""Round 11: amounts in local currencies and units the reader skipped, and a bare "$" at home
in Canada, Australia or New Zealand. Made-up sentences only, positives and negatives."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "context", "amount", "currency"),
    [
        ("approved a loan of UA 31.2 million to the Republic", {}, "31200000", "XUA"),
        ("a grant of Nu 4.5 billion for the dam", {}, "4500000000", "BTN"),
        ("the wharf contract is worth VT 1.1 billion", {}, "1100000000", "VUV"),
        ("valued at JD 42 million", {}, "42000000", "JOD"),
        ("for an amount of 96 billion FCFA all taxes included", {"SN": 3}, "96000000000", "XOF"),
        ("for an amount of 96 billion FCFA all taxes included", {"CM": 3}, "96000000000", "XAF"),
        ("worth 12.5 million manats", {}, "12500000", "AZN"),
        ("a contract of 31 billion drams", {}, "31000000000", "AMD"),
        ("the contract value is 210 billion tögrög", {}, "210000000000", "MNT"),
        ("a loan of 3 billion ngultrums", {}, "3000000000", "BTN"),
        ("worth 12 million Omani rials", {}, "12000000", "OMR"),
        ("paid 40 million rials", {"OM": 4}, "40000000", "OMR"),
        ("paid 40 million rials", {}, "40000000", "IRR"),
    ],
)
def test_local_currencies(text: str, context: dict, amount: str, currency: str) -> None:
    found = find_money(text, Counter(context))
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]


@pytest.mark.parametrize(
    "text",
    [
        "The UA flight to Denver was delayed.",  # a sign needs a number and a scale
        "Nu metal bands played 3 sets.",
        "JD 4 was the code name of the plan.",
        "The VT 52 terminal is old.",
        "Samsung sold 40 million DRAM chips.",
    ],
)
def test_no_amount_where_no_currency(text: str) -> None:
    assert find_money(text, Counter()) == []


def _values(text: str) -> list[tuple[Decimal, str]]:
    return [(d.value.amount, d.value.currency) for d in extract_text(text).deals if d.value]


def test_a_bare_dollar_at_home_in_canada() -> None:
    text = (
        "OTTAWA - The Government of Canada today awarded a $640 million contract to Maple "
        "Shipworks Inc. for four icebreaking tugs for the Canadian Coast Guard. Canada will "
        "take delivery of the first tug in 2029, the minister said."
    )
    assert _values(text) == [(Decimal(640000000), "CAD")]


def test_a_bare_dollar_at_home_in_australia_beside_us_dollars() -> None:
    text = (
        "The Department of Defence signed a contract with Wattle Robotics Pty Ltd, valued at "
        "$212 million, for 150 ground robots for Australia. Australia also bought spare "
        "parts from the United States valued at US$31 million."
    )
    assert sorted(_values(text)) == [(Decimal(31000000), "USD"), (Decimal(212000000), "AUD")]


@pytest.mark.parametrize(
    "text",
    [
        # A wire writes "$" for US dollars wherever it files from.
        "OTTAWA, May 4 (Reuters) - Canada signed a $640 million contract with Maple Shipworks "
        "Inc. for four icebreaking tugs, Canada's government said.",
        # A text mostly about another state keeps the US dollar.
        "Peru signed a $90 million contract with Lima Navales SA for two patrol boats for "
        "Peru's navy, modelled on Canada's.",
    ],
)
def test_a_bare_dollar_stays_us_elsewhere(text: str) -> None:
    assert [c for _, c in _values(text)] == ["USD"]
