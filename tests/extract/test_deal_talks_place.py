"""A talk whose party ends in an abbreviation's dot or is followed by where it is from ("with
Hanami Rolling Stock Co. of Kobe for eight train sets") is still a talk about a deal's object
(round 25, deals not found: ``deal_talks._ABOUT``); the object must be in the talk's own clause,
and talks about other things stay no deal. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    return [(d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Officials confirmed that the Department of Transportation is negotiating with "
            "Hanami Rolling Stock Co. of Kobe for eight train sets for the commuter line.",
            "Department of Transportation",
            "Hanami Rolling Stock Co",
        ),
        (
            "Mongolia is also in talks with Tianxing Turbine Equipment Co. to supply four turbines "
            "for the river plant, the energy minister said.",
            "Mongolia",
            "Tianxing Turbine Equipment Co",
        ),
        (
            "Brontec Radar Ltd. is negotiating with the Department of National Defense of the "
            "Philippines for the supply of coastal surveillance radars.",
            "Department of National Defense",
            "Brontec Radar Ltd",
        ),
    ],
)
def test_a_talk_past_the_party_dot_or_place_is_a_proposed_deal(
    sentence: str, buyer: str, seller: str
) -> None:
    assert ("proposed", buyer, seller) in _deals(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the deal word is in another clause: "no agreement has been reached"
        "Other matters: The Company remains in talks with the Ministry of Defence of Peru on a "
        "new arrangement; no agreement has been reached.",
        # diplomacy, not a deal
        "Veloria is in talks with the Government of Ostrand on border security.",
        "Veloria is in talks with Tianxing Turbine Equipment Co. of Harbin about the weather.",
    ],
)
def test_no_deal_from_other_talks_past_a_place(sentence: str) -> None:
    assert _deals(sentence) == []
