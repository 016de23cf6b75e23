"""Round 13: a price agreed with a named side, told without a deal noun (made-up sentences)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_agreed import agreed_for


def _values(text: str) -> set[str]:
    return {d["value"]["as_stated"] for d in extract_text(text).to_json()["deals"] if d["value"]}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Kenya Railways agreed with Talgo Ltd on 20 passenger coaches for $95 million.",
            "$95 million",
        ),
        (
            "KTZ also agreed with Russia's Uralvagon Trade on 600 hopper wagons for 48 billion "
            "tenge.",
            "48 billion tenge",
        ),
        (
            "Kenya Railways and Talgo Ltd agreed terms on 20 passenger coaches for about $95 "
            "million.",
            "about $95 million",
        ),
        (
            "The utility contracted with Lusaka Pipeworks for 40 km of mains for $12 million.",
            "$12 million",
        ),
    ],
)
def test_agreed_price_is_a_deal(text: str, amount: str) -> None:
    assert amount in _values(text)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Kenya Railways agreed with Talgo Ltd on 20 coaches for ", True),
        ("The minister agreed with critics that the city had waited for ", False),
        ("The council asked for ", False),
        ("Ministers agreed that the country needed a new budget for ", False),
    ],
)
def test_agreed_for_frame(sentence: str, told: bool) -> None:
    assert agreed_for(sentence, len(sentence)) is told


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "New Zealand's Foreign Minister Ana Tuilagi has announced NZ$8 million in "
            "humanitarian support for Tuvalu.",
            "NZ$8 million",
        ),
        (
            "The minister announced a non-repayable contribution of up to $95 million through "
            "the Clean Growth Fund to Boreal Lithium Inc.",
            "up to $95 million",
        ),
        (
            "We announce a joint contribution of EUR 400 million to the Ukraine Energy Support "
            "Fund for the winter.",
            "EUR 400 million",
        ),
    ],
)
def test_aid_given_is_a_grant(text: str, amount: str) -> None:
    kinds = {
        d["value"]["as_stated"]: str(d["kind"])
        for d in extract_text(text).to_json()["deals"]
        if d["value"]
    }
    assert kinds.get(amount) == "grant"


def test_contribution_to_a_budget_line_is_no_new_deal() -> None:
    text = "The ministry's contribution to the fund in 2026 was part of the budget."
    assert _values(text) == set()


def test_counterpart_funding_is_no_grant() -> None:
    text = (
        "The Board approved a UA 12 million grant to Malawi for the water project. The "
        "Government of Malawi will contribute MK 9.8 billion in counterpart funding."
    )
    assert not any("9.8" in value for value in _values(text))
