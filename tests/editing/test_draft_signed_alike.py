"""Two sides whose direction alone was guessed are the drafted deal's signatories when the deal
states no direction (newcomer18 N18-02): an embassy note's headline joint venture, read as an
item-less deal whose sides were named but not said to give, was drafted as an empty "Deal" with
no parties and the BLUF "A contract worth $1.3 billion has been signed." A sale's guessed sides
stay suggestions (N12-26)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.deal_guess import GUESS
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    Reason,
)
from briefdesk.model import Brief, Source
from briefdesk.model.codes import ActorType, DealStatus, PartyRole

TEXT = (
    "Japan's Torvik Gas Corporation signed a $1.3 billion joint venture agreement with the "
    "state-owned Lanh Hai Gas Corporation on 6 November to build and run a terminal.\n"
)
TORVIK = ActorSuggestion("Torvik Gas Corporation", ActorType.ORGANIZATION, country="JP")
LANH_HAI = ActorSuggestion("Lanh Hai Gas Corporation", ActorType.ORGANIZATION)


def _reading(kind: str, item: str = "") -> Extraction:
    """The reading of TEXT as extraction gives it: sides named, who gives only guessed."""
    ground = f"{GUESS}: the side described as 'state-owned' buys"
    deal = DealSuggestion(
        kind=kind,  # type: ignore[arg-type]
        item=item,
        value=MoneySuggestion(Decimal("1300000000"), "USD", "$1.3 billion"),
        buyer=LANH_HAI.name,
        buyer_key=LANH_HAI.key,
        seller=TORVIK.name,
        seller_key=TORVIK.key,
        status=DealStatus.SIGNED,
        why=[
            Reason("buyer.guess", f"buyer: {ground}"),
            Reason("seller.guess", f"seller: {ground}"),
        ],
    )
    return Extraction(actors=[TORVIK, LANH_HAI], deals=[deal])


def _drafted(extraction: Extraction) -> Brief:
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    return apply_edits(brief, draft(brief, "src-1", extraction))


@pytest.mark.parametrize("kind", ["other", "joint_venture", "mou"])
def test_a_deal_without_direction_is_drafted_with_both_signatories(kind: str) -> None:
    drafted = _drafted(_reading(kind))
    (deal,) = drafted.deals
    sides = [(drafted.actor(p.actor_id).name, p.role) for p in deal.parties]  # type: ignore[union-attr]
    assert sides == [
        ("Torvik Gas Corporation", PartyRole.SIGNATORY),  # the text's order
        ("Lanh Hai Gas Corporation", PartyRole.SIGNATORY),
    ]
    assert drafted.bluf.startswith("Torvik Gas Corporation and Lanh Hai Gas Corporation have")
    assert "$1.3 billion" in drafted.bluf
    assert " to " not in deal.title and "Lanh Hai Gas Corporation" in deal.title


def test_a_sale_keeps_its_guessed_sides_out_of_the_bluf() -> None:
    """The deal holds the suggestion's direction (newcomer20 N20-01), the BLUF no guess."""
    for kind, item in (("energy_supply", ""), ("other", "two gas turbines")):
        drafted = _drafted(_reading(kind, item))
        (deal,) = drafted.deals
        assert {p.role for p in deal.parties} == {PartyRole.BUYER, PartyRole.SELLER}
        assert "Torvik" not in drafted.bluf and "Lanh Hai" not in drafted.bluf
