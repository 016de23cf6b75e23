"""Round 11: a value told in a sentence of its own right after the purchase it prices ("The
value was put at EUR 38.5 million"), and the Gulf press's currency signs. Made-up sentences."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


def _deals(text: str) -> list[tuple[Decimal | None, str, str, str, str]]:
    return [
        (d.value.amount if d.value else None, d.value.currency if d.value else "", d.buyer,
         d.seller, d.status)
        for d in extract_text(text).deals
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (
            "Kenya also ordered six patrol boats from Baltic Yards AS. The value was put at "
            "EUR 41.5 million.",
            41500000,
            "EUR",
        ),
        (
            "The State Department approved a possible sale to Peru of 40 Javelin missiles. "
            "The estimated total cost is $96 million.",
            96000000,
            "USD",
        ),
        (
            "Chile Shipping SA ordered two tankers from Ulsan Marine Co. The vessels will cost "
            "$88 million in total, the company said.",
            88000000,
            "USD",
        ),
        (
            "The Navy signed a contract with Hanil Defence Systems for two radars. Officials "
            "put the value at AED 610 million.",
            610000000,
            "AED",
        ),
    ],
)
def test_a_value_sentence_after_a_purchase(text: str, amount: int, currency: str) -> None:
    found = _deals(text)
    assert [(a, c) for a, c, *_ in found] == [(Decimal(amount), currency)]
    assert found[0][4] != "reported"  # the purchase's own sentence tells its status


@pytest.mark.parametrize(
    "text",
    [
        # A loan's sentence: the cost is the project's, paid for by the loan.
        "The World Bank approved a loan for the Kigali ring road. The project's total cost is "
        "$500 million.",
        # No purchase told before.
        "Ghana's economy grew fast last year. The bill for fuel is $4 billion.",
        # A priced deal just before: the value sentence restates it in another currency.
        "Bangla Sat Ltd signed a €98 million contract with Orbitale SAS for a satellite. The deal "
        "covers two ground stations. The company put the value at Tk 1,230 crore.",
    ],
)
def test_no_value_pointing_back(text: str) -> None:
    values = [(a, c) for a, c, *_ in _deals(text) if a is not None]
    assert values in ([], [(Decimal(98000000), "EUR")])


@pytest.mark.parametrize(
    ("text", "context", "currency"),
    [
        ("a deal worth BD 118 million", {}, "BHD"),
        ("the contract is worth RO 41 million", {}, "OMR"),
        ("a QR 2.1 billion order", {}, "QAR"),
        ("a KD 300 million refinery contract", {}, "KWD"),
        ("the filing put the value at 620 million riyals", {"QA": 3}, "QAR"),
        ("the filing put the value at 620 million riyals", {}, "SAR"),
        ("worth 5 billion Saudi riyals", {"QA": 2}, "SAR"),
    ],
)
def test_gulf_signs_and_riyals(text: str, context: dict, currency: str) -> None:
    assert [m.currency for m in find_money(text, Counter(context))] == [currency]
