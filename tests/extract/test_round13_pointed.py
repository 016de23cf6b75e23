"""Round 13: a value told in a sentence of its own by "The total is", "The amount is" or
"puts it at", right after the purchase (made-up sentences, positives and negatives)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _values(text: str) -> set[str]:
    return {d["value"]["as_stated"] for d in extract_text(text).to_json()["deals"] if d["value"]}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The space agency signed the contract with Mitsuki Space on 12 November. It "
            "includes both satellites. The total is ₱2.85 billion.",
            "₱2.85 billion",
        ),
        (
            "The navy ordered two landing docks from Daesan Heavy Industries. The ministry did "
            "not announce a price. A budget line seen by the paper puts it at Rp 7.2 trillion.",
            "Rp 7.2 trillion",
        ),
        (
            "The ministry signed a contract with Norrland Arms for six radars. The amount is "
            "$65 million.",
            "$65 million",
        ),
    ],
)
def test_value_told_after_the_purchase(text: str, amount: str) -> None:
    assert amount in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry signed a contract with Norrland Arms for six radars. The total amount of "
        "the defence budget is $6 billion.",
        "The city council met on Monday. The total is $5 million.",
    ],
)
def test_other_totals_are_no_value(text: str) -> None:
    assert not any(v.endswith(("$6 billion", "$5 million")) for v in _values(text))
