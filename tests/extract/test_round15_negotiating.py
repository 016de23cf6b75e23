"""Round 15: "A is negotiating a <contract noun> with B" names both sides of a proposed deal,
as "A signed a <contract noun> with B" does of a signed one (SIGNED_WITH reads the verb);
negotiating terms, or with lenders in general, is no contract. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

# A priced deal first, so the sentence under test is read by the unpriced pass.
_PRICED = (
    "Ghana's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    deals = extract_text(_PRICED + sentence).deals[1:]
    return [(d.kind, d.buyer, d.seller, d.status) for d in deals]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "The state utility VRA is negotiating a power purchase agreement with Keta Wind "
            "Power Ltd for a 100-megawatt wind farm.",
            "VRA",
            "Keta Wind Power Ltd",
        ),
        (
            "The Ministry of Energy negotiates a supply contract with Keta Solar Ltd for 40 "
            "megawatts.",
            "Ministry of Energy",
            "Keta Solar Ltd",
        ),
    ],
)
def test_negotiating_a_contract_with_names_both_sides(
    sentence: str, buyer: str, seller: str
) -> None:
    deals = _deals(sentence)
    assert len(deals) == 1
    assert deals[0][1:3] == (buyer, seller)


def test_negotiating_is_proposed() -> None:
    deals = _deals(
        "The state utility VRA is negotiating a power purchase agreement with Keta Wind Power "
        "Ltd for a 100-megawatt wind farm."
    )
    assert deals[0][3] == "proposed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ghana Ports Authority is negotiating the terms with Tema Bulk Terminal Ltd.",
        "Analysts said VRA had been negotiating hard with its lenders for months.",
    ],
)
def test_no_deal_from_negotiating_without_a_contract(sentence: str) -> None:
    assert _deals(sentence) == []
