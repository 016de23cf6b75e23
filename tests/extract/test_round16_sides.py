"""Deal sides in news (round 16): made-up sentences in several wordings, with the ones that
must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _priced(text: str) -> dict[str, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text) if row[3]}


# A subcontract is bought by the company that sells the article's first deal.
@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # "under a ... subcontract", the buyer left empty before
            "Ghana's Ministry of Defence signed a $300 million contract with Vlietwerf "
            "Shipyards BV for two offshore patrol vessels. The second hull will be fitted out "
            "in Sekondi by Takoradi Marine Works Ltd under a $40 million subcontract.",
            "$40 million",
            ("Vlietwerf Shipyards BV", ""),
        ),
        (  # a work share whose buyer was read as the navy
            "The Royal Thai Navy ordered two frigates from Okinawa Marine Works Co for $900 "
            "million. Part of the hulls will be built by Bangkok Dock Co under a work-share "
            "agreement worth $80 million.",
            "$80 million",
            ("Okinawa Marine Works Co", "Bangkok Dock Co"),
        ),
        (  # a fact box line: the article's state no longer fills the buyer
            "DHAKA - Bangladesh has signed a €198 million contract with Orbitale Systemes SAS "
            "of Toulouse for an Earth-observation satellite.\n"
            "- Ground segment: Meghna Geoinformatics Ltd, Dhaka (subcontract, Tk 118 crore)\n",
            "Tk 118 crore",
            ("Orbitale Systemes SAS", ""),
        ),
    ],
)
def test_subcontract_buyer_is_the_prime(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides


@pytest.mark.parametrize(
    ("text", "value", "sides"),
    [
        (  # the amount is the main contract's: "which will subcontract" changes nothing
            "Kenya signed a $300 million contract with Vlietwerf Shipyards BV for two patrol "
            "vessels. Ghana signed a $40 million contract with Takoradi Marine Works Ltd, "
            "which will subcontract the engines.",
            "$40 million",
            ("Ghana", "Takoradi Marine Works Ltd"),
        ),
        (  # the first deal's seller is a state: no prime, the state is not put as buyer
            "Ivory Coast ordered four patrol ships from France for $400 million. Two hulls "
            "will be fitted out by Lagune Metal Industries, which will receive $30 million "
            "under a subcontract with the French yard.",
            "$30 million",
            ("", "Lagune Metal Industries"),
        ),
        (  # no subcontract: the main deal keeps its buyer
            "The Royal Thai Navy ordered two frigates from Okinawa Marine Works Co for $900 "
            "million.",
            "$900 million",
            ("Royal Thai Navy", "Okinawa Marine Works Co"),
        ),
    ],
)
def test_subcontract_negatives(text: str, value: str, sides: tuple[str, str]) -> None:
    assert _priced(text)[value] == sides
