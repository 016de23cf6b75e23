"""Talks told in the shapes the round-21 reader missed (round 23, deals not found): a bid for a
company ("is in talks to buy X", "ended talks to acquire X"), talks for counted goods whose maker
is named ("in final negotiations for six helicopters, the X T-9"), and talks with a party told
with other verbs ("negotiates with X a credit", "is discussing financing with X", "discussions
have been held with X on a credit line", "X (ABC) on a loan", "for gas deliveries"). Denied,
wondered-about and partnerless talks stay no deal. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    # (a bid for a company is titled an acquisition: the gold's "other")
    return [
        (
            "other" if d.kind.value == "acquisition" else d.kind.value,
            d.status.value,
            d.buyer,
            d.seller,
        )
        for d in found
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "status", "buyer", "seller"),
    [
        # a bid for a company: the bidder buys, the company bought is no side
        (
            "Korvalen Minerals Ltd is in talks to buy Tessaro Mining Pte Ltd, which holds "
            "copper claims in the north, two people close to the talks said.",
            "other",
            "proposed",
            "Korvalen Minerals Ltd",
            "",
        ),
        # ended talks: cancelled
        (
            "Drummond Holding PJSC said on Monday it had ended talks to buy Varna Cold Storage "
            "Company after the two sides failed to agree on a price.",
            "other",
            "cancelled",
            "Drummond Holding PJSC",
            "",
        ),
        # goods with their maker in an apposition
        (
            "The Serevian Air Force is also in final negotiations for eight light helicopters, "
            "the Ostmark Aerospace OR-9, to replace its trainers. Ostmark Aerospace declined "
            "to comment.",
            "arms_sale",
            "proposed",
            "Serevian Air Force",
            "Ostmark Aerospace",
        ),
        # goods from a maker, talks stalled: suspended, no buyer named
        (
            "Talks on two more frigates from Ateliers Navals Ostmark SA have stalled, officials "
            "said.",
            "arms_sale",
            "suspended",
            "",
            "Ateliers Navals Ostmark SA",
        ),
        # a translated "negotiates with X a credit"
        (
            "The Ministry of Finance of Serevia negotiates with the Andean Development Bank a "
            "credit to finance the bridge.",
            "loan",
            "proposed",
            "Ministry of Finance of Serevia",
            "Andean Development Bank",
        ),
        # "is discussing financing with"
        (
            "Kelvara Power Ltd is discussing financing with the Nordic Export Bank for the "
            "second phase.",
            "loan",
            "proposed",
            "Kelvara Power Ltd",
            "Nordic Export Bank",
        ),
        # a parenthesis after the party, and deliveries as the object
        (
            "Serevia's Ministry of Energy is also negotiating with Portus Gas Trading (PGT) for "
            "gas deliveries this winter.",
            "energy_supply",
            "proposed",
            "Ministry of Energy",
            "Portus Gas Trading",
        ),
    ],
)
def test_talk_is_a_proposed_deal(
    sentence: str, kind: str, status: str, buyer: str, seller: str
) -> None:
    assert (kind, status, buyer, seller) in _deals(sentence)


def test_passive_discussions_name_the_lender_only() -> None:
    deals = _deals(
        "Preliminary discussions have been held with the Nordic Export Bank on a possible line "
        "of credit for the access road."
    )
    assert [(d[0], d[3]) for d in deals] == [("loan", "Nordic Export Bank")]


@pytest.mark.parametrize(
    "sentence",
    [
        # denied, wondered about, rumoured
        "Korvalen Minerals Ltd denied that it is in talks to buy Tessaro Mining Pte Ltd.",
        "Analysts asked whether Korvalen Minerals Ltd is in talks to buy Tessaro Mining Pte Ltd.",
        "Korvalen Minerals Ltd may be in talks to buy Tessaro Mining Pte Ltd, rumours say.",
        # no company named: a plan, not a bid
        "Korvalen Minerals Ltd is in talks to buy more copper concentrate this year.",
        # goods with no maker named
        "The Serevian Air Force is in final negotiations for eight light helicopters to replace "
        "its trainers.",
        # diplomacy, not a deal
        "The Serevian foreign minister is discussing border security with Ostmark officials.",
    ],
)
def test_no_deal(sentence: str) -> None:
    assert _deals(sentence) == []
