"""A drafted BLUF follows its main deal's status, kind and sides; a grant's payer becomes the
concessionaire; an accepted signed date moves a reported deal to signed (round 22, newcomer22
N22-01, N22-03). Made-up briefs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from briefdesk.editing.bluf_follow import status_follow
from briefdesk.editing.date_accept import plan_date
from briefdesk.editing.deal_follow import kind_follow
from briefdesk.editing.edits import apply_edits
from briefdesk.model import Actor, Brief, Deal, DealParty, Money, Source, Span
from briefdesk.model.codes import DealKind, DealStatus, PartyRole

_LEASE = "In its place the Norvalian Navy will lease three patrol boats from Harbourline Leasing."
_PAY = "Under the accord, Ostmark will pay a contribution of EUR 4 million a year to Velorra."


def _brief(
    kind: DealKind,
    roles: tuple[PartyRole, PartyRole],
    names: tuple[str, str],
    text: str,
    status: DealStatus,
    bluf: str,
) -> Brief:
    source = Source(title="t", text=text)
    actors = [Actor(name=n) for n in names]
    deal = Deal(
        title="Deal",
        kind=kind,
        status=status,
        parties=[DealParty(actor_id=a.id, role=r) for a, r in zip(actors, roles, strict=True)],
        value=Money(amount=Decimal(4_000_000), currency="EUR", as_stated="EUR 4 million"),
        evidence=[Span(source_id=source.id, start=0, end=len(text), quote=text)],
    )
    brief = Brief(actors=actors, deals=[deal], sources=[source])
    brief.bluf = bluf
    brief.drafted = {"bluf": bluf}
    return brief


def _lease(bluf: str) -> Brief:
    return _brief(
        DealKind.OTHER,
        (PartyRole.BUYER, PartyRole.SELLER),
        ("Norvalian Navy", "Harbourline Leasing"),
        _LEASE,
        DealStatus.CANCELLED,
        bluf,
    )


def test_a_drafted_bluf_follows_a_status_change() -> None:
    brief = _lease("The Norvalian Navy has cancelled the lease of three patrol boats.")
    edits, said = status_follow(brief, "deals[0].status", DealStatus.SIGNED)
    after = apply_edits(brief, edits)
    assert after.deals[0].status == DealStatus.SIGNED
    assert "cancel" not in after.bluf and "signed" in after.bluf
    assert after.drafted["bluf"] == after.bluf  # still BriefDesk's: it follows again
    assert "BLUF followed" in said


def test_a_bluf_the_user_wrote_is_left_alone() -> None:
    brief = _lease("The Norvalian Navy has cancelled the lease of three patrol boats.")
    brief.bluf = "Norvalia swaps drones for leased boats."
    assert status_follow(brief, "deals[0].status", DealStatus.SIGNED) == ([], "")


def _grant(text: str) -> Brief:
    return _brief(
        DealKind.GRANT,
        (PartyRole.BORROWER, PartyRole.LENDER),  # recipient, donor
        ("Velorra", "Ostmark"),
        text,
        DealStatus.REPORTED,
        "Velorra is reported to be receiving a grant of EUR 4 million from Ostmark.",
    )


def test_a_grant_paid_for_access_makes_its_payer_the_concessionaire() -> None:
    brief = _grant(_PAY)
    edits, said = kind_follow(brief, "deals[0].kind", DealKind.CONCESSION)
    after = apply_edits(brief, edits)
    roles = {brief.actor(p.actor_id).name: p.role for p in after.deals[0].parties}
    assert roles == {"Ostmark": PartyRole.CONCESSIONAIRE, "Velorra": PartyRole.GRANTOR}
    assert "grant of" not in after.bluf and "concession" in after.bluf
    assert "BLUF" in said


def test_a_grant_nobody_pays_for_keeps_its_sides() -> None:
    brief = _grant("Ostmark has granted Velorra EUR 4 million for its coast guard.")
    after = apply_edits(brief, kind_follow(brief, "deals[0].kind", DealKind.CONCESSION)[0])
    roles = {brief.actor(p.actor_id).name: p.role for p in after.deals[0].parties}
    assert roles == {"Velorra": PartyRole.CONCESSIONAIRE, "Ostmark": PartyRole.GRANTOR}


def test_a_signed_date_accepted_moves_a_reported_deal_to_signed() -> None:
    text = "The accord was signed in Port Amsel on 3 November 2026."
    brief = _grant(_PAY)
    start = text.index("3 November")
    plan = plan_date(brief, 0, text, start, start + 15, dt.date(2026, 11, 3), "day")
    assert plan.path == "deals[0].dates.signed" and plan.status == DealStatus.SIGNED
    brief.deals[0].status = DealStatus.PROPOSED  # a status the user chose is kept
    plan = plan_date(brief, 0, text, start, start + 15, dt.date(2026, 11, 3), "day")
    assert plan.path == "deals[0].dates.signed" and plan.status is None
