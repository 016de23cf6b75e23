"""Every built-in template and the Markdown export print a lease with its Lessee and Lessor,
its kind, term and option (round 22, newcomer21 N21-02: the note said "Buyer: Calveran Air
Force / Seller: Aerolux Leasing" for a lease)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Header, Money
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from tests.docx_text import docx_text

NOTE = "Term: five years. Option to buy both aircraft when it ends in 2031."


def _brief() -> Brief:
    force = Actor(name="Calveran Air Force", type=ActorType.ORGANIZATION)
    lessor = Actor(name="Aerolux Leasing", type=ActorType.ORGANIZATION, country="IE")
    lease = Deal(
        kind=DealKind.LEASE,
        title="KT-400 transport aircraft",
        items=[DealItem(designation="KT-400 transport aircraft", quantity=2)],
        parties=[
            DealParty(actor_id=force.id, role=PartyRole.LESSEE),
            DealParty(actor_id=lessor.id, role=PartyRole.LESSOR),
        ],
        value=Money(amount=Decimal(96_000_000), currency="EUR"),
        status=DealStatus.SIGNED,
        note=NOTE,
    )
    header = Header(title="Calveran Air Force to lease two transports from Aerolux Leasing")
    return Brief(header=header, actors=[force, lessor], deals=[lease])


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_every_template_prints_a_lease_not_a_sale(template: str, tmp_path: Path) -> None:
    text = docx_text(export_docx(_brief(), template, tmp_path / f"{template}.docx"))
    assert "Lease / charter" in text
    for word in ("Buyer", "Seller", "buyer", "seller", "Arms sale"):
        assert word not in text, word


def test_the_memo_says_who_leases_from_whom(tmp_path: Path) -> None:
    text = " ".join(docx_text(export_docx(_brief(), "bluf", tmp_path / "m.docx")).split())
    assert (
        "Lease / charter: Calveran Air Force leases 2 × KT-400 transport aircraft from Aerolux "
        "Leasing, worth EUR 96 million" in text
    )


def test_the_note_and_the_sheet_name_the_lessee_and_the_lessor_and_the_term(
    tmp_path: Path,
) -> None:
    note = " ".join(docx_text(export_docx(_brief(), "standard", tmp_path / "n.docx")).split())
    assert "Calveran Air Force (lessee); Aerolux Leasing (lessor)" in note
    sheet = " ".join(docx_text(export_docx(_brief(), "deal-sheet", tmp_path / "s.docx")).split())
    assert "Lessee" in sheet and "Lessor" in sheet
    assert "Term: five years" in sheet and "Option to buy both aircraft" in sheet


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_the_markdown_and_the_preview_print_the_lease_too(template: str) -> None:
    from briefdesk.export.preview import render_html
    from briefdesk.export.render import render_markdown

    for text in (render_markdown(_brief(), template), render_html(_brief(), template)):
        said = "Calveran Air Force leases 2 × KT-400" if template == "bluf" else "lessee"
        assert "Lease / charter" in text and said in text.replace("Lessee", "lessee")
        assert "Buyer" not in text and "Seller" not in text
