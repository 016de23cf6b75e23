"""Swap sides turns every side role over, for every kind, and leaves the rest (N14-34)."""

from __future__ import annotations

import pytest

from briefdesk.editing.deal_swap import swap_summary, swapped_parties
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import SIGNED_ALIKE, DealKind, PartyRole, deal_sides, party_roles


# A kind signed alike has two signatories, nothing to turn over (N18-03:
# test_signed_alike_kinds.py).
@pytest.mark.parametrize("kind", [k for k in DealKind if k not in SIGNED_ALIKE])
def test_every_kinds_two_sides_swap(kind: DealKind) -> None:
    first, second = party_roles(kind)[:2]
    deal = Deal(
        kind=kind,
        parties=[
            DealParty(actor_id="act-a", role=first),
            DealParty(actor_id="act-b", role=second),
            DealParty(actor_id="act-c", role=PartyRole.SIGNATORY),
        ],
    )
    swapped = swapped_parties(deal)
    assert swapped is not None
    assert [p.role for p in swapped] == [second, first, PartyRole.SIGNATORY]
    assert set(deal_sides(kind)) <= {p.role for p in swapped} | {first, second}


def test_no_side_roles_nothing_to_swap() -> None:
    deal = Deal(parties=[DealParty(actor_id="act-a", role=PartyRole.GUARANTOR)])
    assert swapped_parties(deal) is None


def test_summary_names_each_side() -> None:
    uae = Actor(name="United Arab Emirates")
    kenya = Actor(name="Kenya")
    deal = Deal(
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id=kenya.id, role=PartyRole.LENDER),
            DealParty(actor_id=uae.id, role=PartyRole.BORROWER),
        ],
    )
    brief = Brief(actors=[uae, kenya], deals=[deal])
    swapped = swapped_parties(deal)
    assert swapped is not None
    assert swap_summary(brief, swapped) == "Kenya the borrower, United Arab Emirates the lender"


def test_title_and_a_drafted_bluf_follow_but_a_rewritten_bluf_stays() -> None:
    from briefdesk.editing.deal_swap import swap_edits
    from briefdesk.editing.edits import apply_edits

    kenya = Actor(name="Kenya")
    ports = Actor(name="Sahel Ports Group")
    deal = Deal(
        title="Kenya loan to Sahel Ports Group",
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id=kenya.id, role=PartyRole.LENDER),
            DealParty(actor_id=ports.id, role=PartyRole.BORROWER),
        ],
    )
    drafted = "Kenya has approved a loan of USD 1.5 billion to Sahel Ports Group."
    brief = Brief(actors=[kenya, ports], deals=[deal], bluf=drafted, drafted={"bluf": drafted})
    after = apply_edits(brief, swap_edits(brief, 0))
    assert after.deals[0].title == "Sahel Ports Group loan to Kenya"
    assert after.bluf == "Sahel Ports Group has approved a loan of USD 1.5 billion to Kenya."
    assert after.drafted["bluf"] == after.bluf  # still the draft: the checks still flag it
    mine = brief.model_copy(update={"bluf": "Kenya lends, as I wrote."})
    assert apply_edits(mine, swap_edits(mine, 0)).bluf == "Kenya lends, as I wrote."
