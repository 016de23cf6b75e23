"""Talks told as a noun or with other verbs (round 24, deals not found on fresh-21): "conducts
negotiations with X about a loan" (a press digest's translation), "confirmed that negotiations
with X over two frigates", a time between the party and the object ("in talks with X since last
autumn over the transfer"). Diplomacy and sideless talks stay no deal. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "kind", "buyer", "seller"),
    [
        (
            "According to the weekly, the Ministry of Finance of Velmora conducts negotiations "
            "with the Caspian Development Bank about a loan for the new ring road.",
            "loan",
            "Ministry of Finance of Velmora",
            "Caspian Development Bank",
        ),
        (
            "The Ministry of Defence of Velmora has been in talks with Kestrel Shipyards AS "
            "since last spring over the purchase of two patrol ships.",
            "arms_sale",
            "Ministry of Defence of Velmora",
            "Kestrel Shipyards AS",
        ),
        (
            "Officials confirmed that negotiations with Kestrel Shipyards AS over two frigates "
            "would run until the summer.",
            "arms_sale",
            "",
            "Kestrel Shipyards AS",
        ),
    ],
)
def test_talks_told_otherwise_are_proposed_deals(
    sentence: str, kind: str, buyer: str, seller: str
) -> None:
    deals = _deals(sentence)
    assert (kind, "proposed", buyer, seller) in deals, deals


@pytest.mark.parametrize(
    "sentence",
    [
        # diplomacy: no deal's object
        "The president said that talks with Velmora on the border dispute would resume.",
        "The minister will hold talks with the Caspian Development Bank on regional security.",
        # a sideless kind
        "The minister said that talks with Velmora on a free trade agreement would resume.",
        # denied
        "The ministry denied that negotiations with Kestrel Shipyards AS over two frigates "
        "had begun.",
    ],
)
def test_talks_without_a_deal_stay_no_deal(sentence: str) -> None:
    assert _deals(sentence) == []
