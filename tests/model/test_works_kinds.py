"""Civil procurement and construction deals (newcomer13 N13-24): satellites bought by a space
agency, a power line built for a ministry, each with its own sides, in format version 4."""

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
)
from briefdesk.model.fileformat import dumps, loads

DATA = Path(__file__).parents[1] / "data"
R = PartyRole
K = DealKind


def test_a_purchase_has_a_buyer_and_a_seller_and_a_works_contract_a_client_and_a_contractor() -> (
    None
):
    assert party_roles(K.PROCUREMENT)[:2] == (R.BUYER, R.SELLER)
    assert party_roles(K.CONSTRUCTION)[:2] == (R.CLIENT, R.CONTRACTOR)
    assert R.LENDER in party_roles(K.CONSTRUCTION)  # an export-credit loan finances the works
    assert role_words(R.CLIENT) == "Client" and role_words(R.CONTRACTOR) == "Contractor"


def test_the_client_fills_the_receiving_slot_and_the_contractor_the_acting_one() -> None:
    assert deal_sides(K.CONSTRUCTION) == (R.CLIENT, R.CONTRACTOR)
    assert deal_sides("procurement") == (R.BUYER, R.SELLER)
    assert side_role(K.CONSTRUCTION, R.BUYER) is R.CLIENT
    assert side_role(K.CONSTRUCTION, R.SELLER) is R.CONTRACTOR
    assert side_role(K.PROCUREMENT, R.SELLER) is R.SELLER


def test_a_role_that_does_not_fit_a_purchase_or_a_works_contract_is_told() -> None:
    assert not role_fits(K.CONSTRUCTION, R.BUYER)
    assert not role_fits(K.CONSTRUCTION, R.GRANTOR)
    assert not role_fits(K.PROCUREMENT, R.CONTRACTOR)
    assert not role_fits(K.ARMS_SALE, R.CLIENT)
    assert role_fits(K.PROCUREMENT, R.LENDER) and role_fits(K.OTHER, R.CONTRACTOR)


def test_a_kind_reads_as_one_deal_in_a_sentence() -> None:
    assert kind_noun(K.CONSTRUCTION) == "construction contract"
    assert kind_noun("procurement") == "procurement contract"
    assert kind_noun(K.SANCTIONS) == "sanctions measure"
    assert kind_noun(K.ENERGY_SUPPLY) == "energy supply"


def test_a_version_4_brief_keeps_its_purchase_and_its_works_contract() -> None:
    brief = loads((DATA / "format-v4.brief").read_bytes())
    kinds = {deal.kind: [p.role for p in deal.parties] for deal in brief.deals}
    assert kinds[K.PROCUREMENT] == [R.BUYER, R.SELLER]
    assert kinds[K.CONSTRUCTION] == [R.CLIENT, R.CONTRACTOR, R.LENDER]
    text = dumps(brief)
    assert json.loads(text)["version"] == 4
    assert loads(text.encode()) == brief


def test_a_version_3_brief_opens_unchanged_and_is_still_written_as_3() -> None:
    document = json.loads((DATA / "format-v3.brief").read_text(encoding="utf-8"))
    again = json.loads(dumps(loads((DATA / "format-v3.brief").read_bytes())))
    assert again["version"] == 3  # a desk on the round-13 BriefDesk still opens it
    assert again["deals"] == document["deals"]
    assert again["actors"] == document["actors"]


def test_a_briefdesk_that_reads_up_to_3_refuses_a_version_4_brief_in_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (DATA / "format-v4.brief").read_bytes()
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 3)
    with pytest.raises(BriefError, match=r"^written by a newer BriefDesk \(format version 4\)"):
        fileformat.loads(text)


@pytest.mark.parametrize(
    ("kind", "roles", "version"),
    [
        (K.ARMS_SALE, (R.BUYER, R.SELLER), 2),
        (K.CONCESSION, (R.GRANTOR,), 3),
        (K.PROCUREMENT, (R.BUYER, R.SELLER), 4),  # the kind alone needs format 4
        (K.CONSTRUCTION, (), 4),
        (K.OTHER, (R.CONTRACTOR,), 4),  # the role alone needs it too
        (K.OTHER, (R.PAYEE, R.CLIENT), 4),
    ],
)
def test_a_brief_is_written_in_the_oldest_version_that_holds_its_deals(
    kind: DealKind, roles: tuple[PartyRole, ...], version: int
) -> None:
    actor = Actor(name="Ministry of Energy")
    deal = Deal(kind=kind, parties=[DealParty(actor_id=actor.id, role=r) for r in roles])
    brief = Brief(actors=[actor], deals=[deal])
    text = dumps(brief)
    assert json.loads(text)["version"] == version
    assert loads(text.encode()) == brief
