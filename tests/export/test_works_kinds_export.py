"""Every built-in template prints a civil purchase and a works contract with their kinds and
roles in plain words (newcomer13 N13-24: satellites bought by a space agency printed as "Arms
sale … 3 × earth-observation satellites")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Header, Money
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from tests.docx_text import docx_text


def _brief() -> Brief:
    agency = Actor(name="National Space Agency", type=ActorType.ORGANIZATION)
    maker = Actor(name="Orbital Systems Ltd", type=ActorType.ORGANIZATION)
    ministry = Actor(name="Ministry of Power", type=ActorType.ORGANIZATION)
    builder = Actor(name="Andes Grid Builders", type=ActorType.ORGANIZATION)
    bank = Actor(name="Andean Export Bank", type=ActorType.ORGANIZATION)
    sats = Deal(
        kind=DealKind.PROCUREMENT,
        title="Earth-observation satellites",
        items=[DealItem(designation="earth-observation satellites", quantity=3)],
        parties=[
            DealParty(actor_id=agency.id, role=PartyRole.BUYER),
            DealParty(actor_id=maker.id, role=PartyRole.SELLER),
        ],
        value=Money(amount=Decimal(240_000_000), currency="USD"),
        status=DealStatus.SIGNED,
    )
    line = Deal(
        kind=DealKind.CONSTRUCTION,
        title="Grid link",
        items=[DealItem(designation="330 kV transmission line")],
        parties=[
            DealParty(actor_id=ministry.id, role=PartyRole.CLIENT),
            DealParty(actor_id=builder.id, role=PartyRole.CONTRACTOR),
            DealParty(actor_id=bank.id, role=PartyRole.LENDER),
        ],
        value=Money(amount=Decimal(400_000_000), currency="USD"),
        status=DealStatus.SIGNED,
    )
    actors = [agency, maker, ministry, builder, bank]
    return Brief(header=Header(title="Civil contracts"), actors=actors, deals=[sats, line])


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_every_template_prints_the_kind_not_an_arms_sale(template: str, tmp_path: Path) -> None:
    text = docx_text(export_docx(_brief(), template, tmp_path / f"{template}.docx"))
    assert "Procurement / purchase" in text and "Construction / EPC contract" in text
    assert "Arms sale" not in text and "construction_" not in text


def test_the_memo_says_who_buys_and_who_builds(tmp_path: Path) -> None:
    text = " ".join(docx_text(export_docx(_brief(), "bluf", tmp_path / "m.docx")).split())
    assert (
        "Procurement / purchase: National Space Agency buys 3 × earth-observation satellites "
        "from Orbital Systems Ltd for USD 240 million" in text
    )
    assert (
        "Construction / EPC contract: Ministry of Power awards Andes Grid Builders a contract "
        "to build a 330 kV transmission line, worth USD 400 million" in text
    )


def test_the_note_and_the_sheet_name_the_client_and_the_contractor(tmp_path: Path) -> None:
    note = " ".join(docx_text(export_docx(_brief(), "standard", tmp_path / "n.docx")).split())
    assert "Ministry of Power (client); Andes Grid Builders (contractor)" in note
    assert "National Space Agency (buyer); Orbital Systems Ltd (seller)" in note
    sheet = docx_text(export_docx(_brief(), "deal-sheet", tmp_path / "s.docx"))
    for role in ("Client", "Contractor", "Lender", "Buyer", "Seller"):
        assert role in sheet


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_the_markdown_and_the_preview_print_the_kinds_too(template: str) -> None:
    from briefdesk.export.preview import render_html
    from briefdesk.export.render import render_markdown

    for text in (render_markdown(_brief(), template), render_html(_brief(), template)):
        assert "Procurement / purchase" in text and "Construction / EPC contract" in text
        assert "Arms sale" not in text
