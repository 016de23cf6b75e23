"""Leases and charters as their own deal kind (round 22, newcomer21 N21-02): aircraft leased
from a leasing company, with a lessor who gives their use and a lessee who receives it, in
format version 5; a version-4 brief opens unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.model import Actor, Brief, BriefError, Deal, DealParty, fileformat
from briefdesk.model.codes import (
    DealKind,
    PartyRole,
    deal_sides,
    kind_noun,
    party_roles,
    role_fits,
    role_words,
    side_role,
    slot_names,
)
from briefdesk.model.fileformat import dumps, loads

DATA = Path(__file__).parents[1] / "data"
R = PartyRole
K = DealKind


def test_a_lease_has_a_lessor_and_a_lessee_and_no_buyer() -> None:
    assert party_roles(K.LEASE)[:2] == (R.LESSOR, R.LESSEE)
    assert R.LENDER in party_roles(K.LEASE)  # a bank may finance the aircraft
    assert not role_fits(K.LEASE, R.BUYER) and not role_fits(K.LEASE, R.SELLER)
    assert not role_fits(K.ARMS_SALE, R.LESSEE)
    assert role_fits(K.OTHER, R.LESSOR)  # "other" takes any role
    assert role_words(R.LESSEE) == "Lessee" and role_words(R.LESSOR) == "Lessor"


def test_the_lessee_fills_the_receiving_slot_and_the_lessor_the_giving_one() -> None:
    assert deal_sides(K.LEASE) == (R.LESSEE, R.LESSOR)
    assert side_role(K.LEASE, R.BUYER) is R.LESSEE
    assert side_role(K.LEASE, R.SELLER) is R.LESSOR
    assert side_role("lease", R.GUARANTOR) is R.GUARANTOR
    named = [(R.LESSOR, "Aerolux Leasing"), (R.LESSEE, "Calveran Air Force")]
    assert slot_names(K.LEASE, named) == ("Calveran Air Force", "Aerolux Leasing")
    assert kind_noun(K.LEASE) == "lease"


def test_a_version_5_brief_keeps_its_lease_and_its_older_deals() -> None:
    brief = loads((DATA / "format-v5.brief").read_bytes())
    kinds = {deal.kind: [p.role for p in deal.parties] for deal in brief.deals}
    assert kinds[K.LEASE] == [R.LESSEE, R.LESSOR]
    assert kinds[K.CONSTRUCTION] == [R.CLIENT, R.CONTRACTOR, R.LENDER]
    lease = next(d for d in brief.deals if d.kind == K.LEASE)
    assert "Option to buy" in lease.note and "Term: five years" in lease.note
    text = dumps(brief)
    assert json.loads(text)["version"] == 5
    assert loads(text.encode()) == brief


def test_a_version_4_brief_opens_unchanged_and_is_still_written_as_4() -> None:
    document = json.loads((DATA / "format-v4.brief").read_text(encoding="utf-8"))
    again = json.loads(dumps(loads((DATA / "format-v4.brief").read_bytes())))
    assert again["version"] == 4  # a desk on the round-21 BriefDesk still opens it
    assert again["deals"] == document["deals"]
    assert again["actors"] == document["actors"]


def test_a_briefdesk_that_reads_up_to_4_refuses_a_version_5_brief_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (DATA / "format-v5.brief").read_bytes()
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 4)
    with pytest.raises(BriefError, match=r"^written by a newer BriefDesk \(format version 5\)"):
        fileformat.loads(text)


@pytest.mark.parametrize(
    ("kind", "roles", "version"),
    [
        (K.ARMS_SALE, (R.BUYER, R.SELLER), 2),
        (K.CONSTRUCTION, (R.CLIENT,), 4),
        (K.LEASE, (), 5),  # the kind alone needs format 5
        (K.OTHER, (R.LESSEE,), 5),  # the role alone needs it too
        (K.OTHER, (R.CLIENT, R.LESSOR), 5),
    ],
)
def test_a_brief_with_a_lease_is_written_in_version_5_and_others_as_before(
    kind: DealKind, roles: tuple[PartyRole, ...], version: int
) -> None:
    actor = Actor(name="Aerolux Leasing")
    deal = Deal(kind=kind, parties=[DealParty(actor_id=actor.id, role=r) for r in roles])
    brief = Brief(actors=[actor], deals=[deal])
    text = dumps(brief)
    assert json.loads(text)["version"] == version
    assert loads(text.encode()) == brief


def test_the_checks_point_out_a_buyer_in_a_lease_and_a_lease_with_no_sides() -> None:
    from briefdesk.review import review_brief

    actor = Actor(name="Calveran Air Force")
    bought = DealParty(actor_id=actor.id, role=R.BUYER)
    brief = Brief(actors=[actor], deals=[Deal(kind=K.LEASE, title="Jets", parties=[bought])])
    said = [f.message for f in review_brief(brief)]
    assert (
        "Jets: Calveran Air Force is a buyer, but a lease's parties are lessor and lessee" in said
    )
    assert "Jets: a lease with no lessee or lessor: name its sides" in said
    leased = DealParty(actor_id=actor.id, role=R.LESSEE)
    brief = Brief(actors=[actor], deals=[Deal(kind=K.LEASE, title="Jets", parties=[leased])])
    assert not [m for m in (f.message for f in review_brief(brief)) if "lease" in m]
