"""A sale blocked, a purchase abandoned, and ends told with an infinitive or a relative clause
(round 23, deals not found: ``deal_blocked``, ``deal_ended``): each is a cancelled deal with the
sides the sentence names; threatened, wondered-about or long-past ends are none. Made-up text."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str]]:
    found = extract_text("Business news\n\n" + text + "\n").deals
    return [(d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        # a regulator blocks a sale: the acquirer is the buyer, the company sold no side
        (
            "In May, the Competition Council blocked the sale of Froid du Sud, the largest "
            "cold-store operator in the port, to the Spanish group Frigorificos Ostmark SL.",
            "Frigorificos Ostmark SL",
            "",
        ),
        # a purchase abandoned: the subject buys from the named seller
        (
            "The Serevian Air Force has abandoned plans to take two second-hand transport "
            "aircraft from the Ostmark Air Force.",
            "Serevian Air Force",
            "Ostmark Air Force",
        ),
        # an end told with "voted to scrap" and a grant dated "last year"
        (
            "In Palma, MPs have voted 141 to 23 to scrap the ten-year licence granted last "
            "year to Ostmark Fisheries Ltd, a Lindau-registered company, to fish for tuna.",
            "Ostmark Fisheries Ltd",
            "",
        ),
        # the contract "it had concluded in March with X", its holder not named here
        (
            'Another file closed badly at the state utility. The company terminated, "for '
            'serious breach", the heavy-fuel-oil supply contract it had concluded in March with '
            "Ostmark Petroleum Trading Ltd, a Lindau trader, after three cargoes failed to "
            "arrive on time, its director general said.",
            "",
            "Ostmark Petroleum Trading Ltd",
        ),
    ],
)
def test_cancelled_deal(text: str, buyer: str, seller: str) -> None:
    assert ("cancelled", buyer, seller) in _deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Competition Council may block the sale of Froid du Sud to Frigorificos Ostmark SL.",
        "The Competition Council blocked the sale of Froid du Sud to Frigorificos Ostmark SL in "
        "2014, a decision later overturned.",
        "Analysts asked whether the Serevian Air Force has abandoned plans to take two "
        "transport aircraft from the Ostmark Air Force.",
        "The Serevian Air Force has abandoned plans to buy new transport aircraft.",
        "Opposition MPs want to scrap the ten-year licence granted last year to Ostmark "
        "Fisheries Ltd.",
    ],
)
def test_no_cancelled_deal(text: str) -> None:
    assert all(status != "cancelled" for status, _b, _s in _deals(text))
