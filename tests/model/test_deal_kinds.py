"""Deal kinds beyond sales (newcomer12 N12-17): concession, acquisition, award, sanctions, each
with the party roles that fit it, in a format version an older BriefDesk refuses cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.model import BriefError, fileformat
from briefdesk.model.codes import (
    DealKind,
    PartyRole,
    deal_sides,
    party_roles,
    role_fits,
    role_words,
    side_role,
)
from briefdesk.model.fileformat import dumps, loads

DATA = Path(__file__).parents[1] / "data"
R = PartyRole


@pytest.mark.parametrize(
    ("kind", "sides"),
    [
        (DealKind.CONCESSION, (R.GRANTOR, R.CONCESSIONAIRE)),
        (DealKind.AWARD, (R.PAYER, R.PAYEE)),
        (DealKind.SANCTIONS, (R.IMPOSING_PARTY, R.TARGET)),
        (DealKind.ACQUISITION, (R.BUYER, R.SELLER)),
        (DealKind.LOAN, (R.LENDER, R.BORROWER)),
        (DealKind.ARMS_SALE, (R.BUYER, R.SELLER)),
    ],
)
def test_each_kind_offers_its_own_two_sides_first(kind: DealKind, sides: tuple[R, R]) -> None:
    assert party_roles(kind)[:2] == sides


def test_a_suggestions_buyer_slot_is_the_side_that_receives() -> None:
    """A concession's "buyer" is the concessionaire, its "seller" the granting state body."""
    assert deal_sides(DealKind.CONCESSION) == (R.CONCESSIONAIRE, R.GRANTOR)
    assert deal_sides(DealKind.AWARD) == (R.PAYEE, R.PAYER)
    assert deal_sides(DealKind.SANCTIONS) == (R.TARGET, R.IMPOSING_PARTY)
    assert deal_sides("acquisition") == (R.BUYER, R.SELLER)
    assert side_role(DealKind.CONCESSION, R.BUYER) is R.CONCESSIONAIRE
    assert side_role(DealKind.LOAN, R.SELLER) is R.LENDER
    assert side_role(DealKind.AWARD, R.GUARANTOR) is R.GUARANTOR


def test_a_role_that_does_not_fit_the_kind_is_told() -> None:
    assert not role_fits(DealKind.ARMS_SALE, R.GRANTOR)
    assert not role_fits(DealKind.CONCESSION, R.BUYER)
    assert not role_fits(DealKind.SANCTIONS, R.INTERMEDIARY)
    assert role_fits(DealKind.AWARD, R.INTERMEDIARY)  # a mediator
    assert role_fits(DealKind.ARMS_SALE, R.LENDER)  # a sale's financier, as before
    assert all(role_fits(DealKind.OTHER, role) for role in R)


def test_roles_print_in_plain_words() -> None:
    assert role_words(R.IMPOSING_PARTY) == "Imposing party"
    assert role_words("concessionaire") == "Concessionaire"


def test_a_version_3_brief_keeps_its_new_kinds_and_roles() -> None:
    brief = loads((DATA / "format-v3.brief").read_bytes())
    kinds = {deal.kind: [p.role for p in deal.parties] for deal in brief.deals}
    assert kinds[DealKind.CONCESSION] == [R.GRANTOR, R.CONCESSIONAIRE]
    assert kinds[DealKind.SANCTIONS] == [R.IMPOSING_PARTY, R.TARGET]
    assert loads(dumps(brief).encode()) == brief


def test_a_version_2_brief_opens_unchanged() -> None:
    document = json.loads((DATA / "format-v2.brief").read_text(encoding="utf-8"))
    brief = loads((DATA / "format-v2.brief").read_bytes())
    again = json.loads(dumps(brief))
    assert again["version"] == 2  # nothing in it needs format 3: an older desk still reads it
    assert again["deals"] == document["deals"]
    assert again["actors"] == document["actors"]


def test_an_older_briefdesk_refuses_a_brief_with_a_new_kind_with_its_newer_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a version-2 BriefDesk does with a brief saved now: its own one-line refusal."""
    text = (DATA / "format-v3.brief").read_bytes()
    monkeypatch.setattr(fileformat, "FORMAT_VERSION", 2)
    with pytest.raises(BriefError, match=r"newer BriefDesk \(format version 3\)"):
        fileformat.loads(text)


def test_a_brief_without_the_new_kinds_is_written_as_format_2_for_older_desks() -> None:
    """The previous BriefDesk reads up to format 2: a brief that needs nothing of format 3 is
    written as 2 and reads back the same; one with a concession's grantor is written as 3."""
    from briefdesk.model import Deal, DealParty
    from briefdesk.model.codes import DealKind, PartyRole
    from briefdesk.samples import load_sample

    brief = load_sample()
    text = dumps(brief)
    assert json.loads(text)["version"] == 2
    assert loads(text.encode()) == brief
    brief.deals.append(
        Deal(
            kind=DealKind.CONCESSION,
            parties=[DealParty(actor_id=brief.actors[0].id, role=PartyRole.GRANTOR)],
        )
    )
    assert json.loads(dumps(brief))["version"] == 3
