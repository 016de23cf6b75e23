"""Every built-in template prints the kinds beyond sales and their parties' roles in plain words
(newcomer12 N12-17: an award's payee once printed as an "intermediary", a broker)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.export.render import export_docx
from briefdesk.model import Actor, Brief, Deal, DealItem, DealParty, Header, Money
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole
from tests.docx_text import docx_text


def _brief() -> Brief:
    kg = Actor(name="Kyrgyzstan", type=ActorType.STATE, country="KG")
    tethys = Actor(name="Tethys Gold Mining Ltd", type=ActorType.ORGANIZATION)
    eu = Actor(name="European Union", type=ActorType.INTERNATIONAL_ORGANIZATION)
    kz = Actor(name="Kazakhstan", type=ActorType.STATE, country="KZ")

    def deal(kind: DealKind, item: str, sides: list[tuple[Actor, PartyRole]], usd: int = 0) -> Deal:
        value = Money(amount=Decimal(usd), currency="USD") if usd else None
        return Deal(
            kind=kind,
            title=item,
            items=[DealItem(designation=item)],
            parties=[DealParty(actor_id=a.id, role=r) for a, r in sides],
            value=value,
            status=DealStatus.APPROVED,
        )

    deals = [
        deal(DealKind.CONCESSION, "spaceport concession",
             [(kz, PartyRole.GRANTOR), (tethys, PartyRole.CONCESSIONAIRE)]),
        deal(DealKind.AWARD, "ICSID award",
             [(kg, PartyRole.PAYER), (tethys, PartyRole.PAYEE)], 125_000_000),
        deal(DealKind.SANCTIONS, "asset freeze",
             [(eu, PartyRole.IMPOSING_PARTY), (kg, PartyRole.TARGET)]),
        deal(DealKind.ACQUISITION, "10% stake in the Norte field",
             [(kz, PartyRole.BUYER), (tethys, PartyRole.SELLER)], 380_000_000),
    ]  # fmt: skip
    return Brief(header=Header(title="Awards"), actors=[kg, tethys, eu, kz], deals=deals)


@pytest.mark.parametrize("template", ["standard", "bluf", "deal-sheet"])
def test_every_template_prints_the_kind_and_the_roles(template: str, tmp_path: Path) -> None:
    text = docx_text(export_docx(_brief(), template, tmp_path / f"{template}.docx"))
    for words in ("Concession / licence", "Award / settlement", "Sanctions", "Acquisition / stake"):
        assert words in text
    assert "intermediary" not in text.lower() and "imposing_party" not in text


def test_the_memo_says_who_grants_pays_and_imposes(tmp_path: Path) -> None:
    text = " ".join(docx_text(export_docx(_brief(), "bluf", tmp_path / "m.docx")).split())
    assert "Kazakhstan grants Tethys Gold Mining Ltd the spaceport concession" in text
    assert "Kyrgyzstan to pay Tethys Gold Mining Ltd USD 125 million under the ICSID award" in text
    assert "European Union imposes an asset freeze on Kyrgyzstan" in text
    assert "Kazakhstan buys a 10% stake in the Norte field from Tethys Gold Mining Ltd" in text


def test_the_note_and_the_sheet_name_each_role(tmp_path: Path) -> None:
    note = " ".join(docx_text(export_docx(_brief(), "standard", tmp_path / "n.docx")).split())
    assert "Kyrgyzstan (payer); Tethys Gold Mining Ltd (payee)" in note
    assert "European Union (imposing party); Kyrgyzstan (target)" in note
    sheet = docx_text(export_docx(_brief(), "deal-sheet", tmp_path / "s.docx"))
    for role in ("Grantor", "Concessionaire", "Payer", "Payee", "Imposing party", "Target"):
        assert role in sheet
