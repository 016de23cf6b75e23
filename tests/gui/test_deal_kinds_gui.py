"""The window's doors offer the roles that fit a deal's kind (newcomer12 N12-17): the deal
editor's Role drop-down, Add party, Edit & accept, "Use as deal buyer" — with undo."""

from __future__ import annotations

from typing import Any

from briefdesk.extract.results import DealSuggestion
from briefdesk.gui.deal_accept import fields, relabel
from briefdesk.gui.fields_dialog import FieldsDialog
from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

from .conftest import select_text, wait_idle


def _items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _award(window: Any) -> tuple[Actor, Actor]:
    state = Actor(name="Kyrgyzstan", type=ActorType.STATE, country="KG")
    miner = Actor(name="Tethys Gold Mining Ltd", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", state)
    window.doc.insert_record("actors", miner)
    parties = [
        DealParty(actor_id=state.id, role=PartyRole.PAYER),
        DealParty(actor_id=miner.id, role=PartyRole.INTERMEDIARY),
    ]
    window.doc.insert_record(
        "deals", Deal(title="ICSID award", kind=DealKind.AWARD, parties=parties)
    )
    window.editor.lists["deals"].select_row(0)
    return state, miner


def test_the_role_drop_down_follows_the_kind_and_undo(window: Any, tmp_path: Any) -> None:
    _award(window)
    window.editor.parties.select_row(1)
    role = window.editor._party_role.combo
    assert _items(role)[:2] == ["Payer", "Payee"]
    assert "Buyer" not in _items(role) and "Grantor" not in _items(role)
    assert role.currentText() == "Intermediary"
    window.doc.set_value("deals[0].kind", DealKind.CONCESSION)
    assert _items(role)[:2] == ["Grantor", "Concessionaire"]
    assert "Payer" in _items(role)  # a party holds it: shown as it is (the checks flag it)
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].kind is DealKind.AWARD
    assert _items(role)[:2] == ["Payer", "Payee"]
    window.grab().save(str(tmp_path / "award-roles.png"))


def test_add_party_on_sanctions_offers_its_sides_and_proposes_the_missing_one(
    window: Any, monkeypatch: Any
) -> None:
    from briefdesk.gui import prompts

    state, _miner = _award(window)
    window.doc.set_value("deals[0].kind", DealKind.SANCTIONS)
    window.doc.set_value("deals[0].parties", [DealParty(actor_id=state.id, role=PartyRole.TARGET)])
    shown: list[FieldsDialog] = []

    def ask(parent: Any, title: str, specs: Any, relabel: Any, validate: Any) -> Any:
        shown.append(FieldsDialog(title, specs, parent, relabel, validate))
        return None

    monkeypatch.setattr(prompts, "ask_fields", ask)
    window.editor.parties.add_record()
    assert shown[0].answers()["role"] == "imposing_party"
    assert _items(shown[0].widgets["role"]) == ["Imposing party", "Target", "Signatory"]


def test_edit_and_accept_names_the_sides_in_the_kinds_words(qtbot: Any) -> None:
    raw = DealSuggestion(kind=DealKind.CONCESSION, buyer="Harbour Group Ltd", seller="Ruritania")
    dialog = FieldsDialog("Edit deal and accept", fields(raw, "Eastport concession"), None, relabel)
    qtbot.addWidget(dialog)
    assert (dialog.labels["Buyer"].text(), dialog.labels["Seller"].text()) == (
        "Concessionaire",
        "Grantor",
    )
    kind = dialog.widgets["Kind"]
    kind.setCurrentIndex(kind.findData("award"))
    assert (dialog.labels["Buyer"].text(), dialog.labels["Seller"].text()) == ("Payee", "Payer")
    deal = raw.to_deal("src-1", "", {"Harbour Group Ltd": "a-1", "Ruritania": "a-2"})
    assert {(p.actor_id, p.role) for p in deal.parties} == {
        ("a-1", PartyRole.CONCESSIONAIRE),
        ("a-2", PartyRole.GRANTOR),
    }


def test_use_as_deal_seller_in_a_concession_makes_the_grantor(window: Any, qtbot: Any) -> None:
    window.add_source_text(
        "The Ruritanian government granted Harbour Group a 30-year concession for Eastport."
    )
    wait_idle(qtbot, window)
    window.doc.insert_record("deals", Deal(title="Eastport", kind=DealKind.CONCESSION))
    window.editor.lists["deals"].select_row(len(window.doc.brief.deals) - 1)
    select_text(window, "Harbour Group")
    window.link_party(PartyRole.BUYER)
    deal = window.doc.brief.deals[-1]
    assert [p.role for p in deal.parties] == [PartyRole.CONCESSIONAIRE]
