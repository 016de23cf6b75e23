"""A deal told as talks with a named party about a deal's object is a proposed deal with both
sides (round 21, deals not found: ``deal_talks``); talks about other things, denied or
wondered about, or between two companies with no direction are not. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "kind", "status", "buyer", "seller"),
    [
        # a loan: the bank lends, whichever side opens the sentence
        (
            "Kelvara Power Ltd is in talks with the Nordic Export Bank about a syndicated loan "
            "for the plant.",
            "loan",
            "proposed",
            "Kelvara Power Ltd",
            "Nordic Export Bank",
        ),
        # "for the supply of": the subject supplies
        (
            "Brontec Systems AG is negotiating with the Ministry of Defence of Serevia for the "
            "supply of coastal radars.",
            "arms_sale",
            "proposed",
            "Ministry of Defence of Serevia",
            "Brontec Systems AG",
        ),
        # goods: the subject buys; "Poland's X" is the company
        (
            "Portugal opened talks with Poland's Wisla Yards SA on two offshore patrol vessels "
            "in 2024.",
            "arms_sale",
            "proposed",
            "Portugal",
            "Wisla Yards SA",
        ),
        # a purchase, told in the past perfect
        (
            "The Serevian Navy had been negotiating with Ostmark Defence GmbH for the purchase "
            "of a used survey ship.",
            "arms_sale",
            "proposed",
            "Serevian Navy",
            "Ostmark Defence GmbH",
        ),
        # a licence: the side that will make the goods takes it ("the Korean company X" is X)
        (
            "The state shipyard Tirana Marine is negotiating a licence with the Korean company "
            "Haemin Precision to assemble the boats locally.",
            "licensed_production",
            "proposed",
            "Tirana Marine",
            "Haemin Precision",
        ),
        # talks between a public body and a company, put on hold: the body buys
        (
            "Talks between the Ministry of Energy of Serevia and Andora Gas Corp on a ten-year "
            "gas supply deal have been put on hold.",
            "energy_supply",
            "suspended",
            "Ministry of Energy of Serevia",
            "Andora Gas Corp",
        ),
    ],
)
def test_talks_about_a_deal_are_a_proposed_deal(
    sentence: str, kind: str, status: str, buyer: str, seller: str
) -> None:
    assert (kind, status, buyer, seller) in _deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # diplomacy: talks between people on policy
        "President Alva Renn held talks with Chancellor Mira Holt on trade, energy and security.",
        "The foreign ministers of Serevia and Norland held talks on the war and on migration.",
        # denied, negated, wondered about
        "Kelvara Power Ltd denied that it was in talks with the Nordic Export Bank about a loan.",
        "Andora Gas Corp said it was not in talks with Vestmark Power Ltd about a supply deal.",
        "It is unclear whether Ostmark Defence GmbH is negotiating with Serevia for the purchase "
        "of ships.",
        # talks about no deal's object
        "Brontec Systems AG is in talks with the Ministry of Defence of Serevia about the "
        "schedule of the program.",
        # two companies, a supply deal: who supplies is not said
        "Talks between Andora Gas Corp and Vestmark Power Ltd on a ten-year gas supply deal "
        "have been put on hold.",
        # a description, not a party: "the Indonesian builder"
        "Kenyan Yards Ltd is negotiating a licence with the Indonesian builder to assemble the "
        "hulls.",
    ],
)
def test_no_deal_from_other_talks(sentence: str) -> None:
    assert _deals(sentence) == []


def test_talks_about_a_deal_already_read_add_none() -> None:
    text = (
        "Business news\n\nKelvara Power Ltd signed a $200 million loan with the Nordic Export "
        "Bank on Monday. Kelvara Power Ltd is in talks with the Nordic Export Bank about the "
        "loan's second tranche.\n"
    )
    assert len(extract_text(text).deals) == 1
