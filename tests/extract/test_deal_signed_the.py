"""A contract named by its object and signed ("signed the engine supply contract with X") is a
deal of its own, not the priced deal told again (round 25, deals not found: ``deal_signed_the``);
a bare "signed the contract", "the same agreement" and a contract that is the subject still point
back. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_more import unpriced_veto

_PRICED = (
    "Corvane Shipping Ltd ordered two feeder ships from Maribel Yards Ltd for US$80 million, the "
    "companies said on Monday."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Maribel Yards said it had signed the engine supply contract with Oskarvik Motoren AG on "
        "the same day.",
        "The two energy ministries signed the winter exchange agreement: Veloria will supply "
        "power to Ostrand between November and March.",
        "Ostrand's finance minister and the Meridian Development Bank's country manager have "
        "signed the financing agreement for the coastal road.",
    ],
)
def test_a_named_contract_signed_is_not_vetoed(sentence: str) -> None:
    assert not unpriced_veto(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry signed the contract with Maribel Yards on Tuesday.",
        "Corvane signed the same supply agreement with Maribel Yards a week later.",
        "The engine supply contract was signed in March.",
    ],
)
def test_a_contract_told_again_is_still_vetoed(sentence: str) -> None:
    assert unpriced_veto(sentence)


def test_the_named_contract_is_a_deal_beside_the_priced_one() -> None:
    text = (
        "Business news\n\n" + _PRICED + " The Tavian Telecommunications Corporation signed the "
        "supply contract for the cable with Pacifica Cable Networks Ltd on Wednesday.\n"
    )
    pairs = [{d.buyer, d.seller} for d in extract_text(text).deals]
    # (which side buys is the side reader's: only the deal is asserted here)
    assert {"Tavian Telecommunications Corporation", "Pacifica Cable Networks Ltd"} in pairs
