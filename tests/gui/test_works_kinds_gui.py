"""The window's doors for civil procurement and construction (newcomer13 N13-24): the deal
editor's Kind and Role drop-downs, Add party, Edit & accept, "Use as deal buyer" — with undo."""

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


def _line(window: Any) -> tuple[Actor, Actor]:
    ministry = Actor(name="Ministry of Power", type=ActorType.ORGANIZATION)
    builder = Actor(name="Andes Grid Builders", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", ministry)
    window.doc.insert_record("actors", builder)
    parties = [
        DealParty(actor_id=ministry.id, role=PartyRole.CLIENT),
        DealParty(actor_id=builder.id, role=PartyRole.CONTRACTOR),
    ]
    deal = Deal(title="330 kV line", kind=DealKind.CONSTRUCTION, parties=parties)
    window.doc.insert_record("deals", deal)
    window.editor.lists["deals"].select_row(0)
    return ministry, builder


def test_the_kind_and_role_drop_downs_offer_a_works_contracts_sides_and_undo(
    window: Any, tmp_path: Any
) -> None:
    _line(window)
    window.editor.parties.select_row(1)
    role = window.editor._party_role.combo
    assert _items(role)[:2] == ["Client", "Contractor"]
    assert "Buyer" not in _items(role) and "Lender" in _items(role)
    assert role.currentText() == "Contractor"
    window.doc.set_value("deals[0].kind", DealKind.PROCUREMENT)
    # a purchase's sides, named with the contract's words too (newcomer20 N20-02)
    assert _items(role)[:2] == ["Buyer (client)", "Seller (contractor)"]
    assert "Contractor" in _items(role)  # a party holds it: shown as it is (the checks flag it)
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].kind is DealKind.CONSTRUCTION
    assert _items(role)[:2] == ["Client", "Contractor"]
    window.editor.focus_path("deals[0].parties[1].role")
    window.grab().save(str(tmp_path / "construction-roles.png"))


def test_the_deal_editors_kind_list_has_procurement_and_construction(window: Any) -> None:
    _line(window)
    deals = window.editor.lists["deals"]
    kind = next(b for b in deals.form.bindings if b.rel == "kind")
    assert {"Procurement", "Construction"} <= set(_items(kind.combo))
    index = kind.combo.findText("Procurement")
    kind.combo.setCurrentIndex(index)
    kind.combo.activated.emit(index)  # the officer picks it, as a click does
    assert window.doc.brief.deals[0].kind is DealKind.PROCUREMENT
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].kind is DealKind.CONSTRUCTION


def test_add_party_on_a_works_contract_proposes_the_missing_contractor(
    window: Any, monkeypatch: Any
) -> None:
    from briefdesk.gui import prompts

    ministry, _builder = _line(window)
    window.doc.set_value(
        "deals[0].parties", [DealParty(actor_id=ministry.id, role=PartyRole.CLIENT)]
    )
    shown: list[FieldsDialog] = []

    def ask(parent: Any, title: str, specs: Any, relabel: Any, validate: Any) -> Any:
        shown.append(FieldsDialog(title, specs, parent, relabel, validate))
        return None

    monkeypatch.setattr(prompts, "ask_fields", ask)
    window.editor.parties.add_record()
    assert shown[0].answers()["role"] == "contractor"
    assert _items(shown[0].widgets["role"])[:2] == ["Client", "Contractor"]
    assert "Buyer" not in _items(shown[0].widgets["role"])


def test_edit_and_accept_names_a_works_contracts_sides(qtbot: Any) -> None:
    raw = DealSuggestion(
        kind=DealKind.ENERGY_SUPPLY, buyer="Ministry of Power", seller="Andes Grid Builders"
    )
    dialog = FieldsDialog("Edit deal and accept", fields(raw, "330 kV line"), None, relabel)
    qtbot.addWidget(dialog)
    assert dialog.labels["Buyer"].text() == "Buyer"
    kind = dialog.widgets["Kind"]
    kind.setCurrentIndex(kind.findData("construction"))  # the officer's fix of the kind
    assert (dialog.labels["Buyer"].text(), dialog.labels["Seller"].text()) == (
        "Client",
        "Contractor",
    )
    built = DealSuggestion(kind="construction", buyer=raw.buyer, seller=raw.seller)
    deal = built.to_deal("src-1", "", {"Ministry of Power": "a-1", "Andes Grid Builders": "a-2"})
    assert {(p.actor_id, p.role) for p in deal.parties} == {
        ("a-1", PartyRole.CLIENT),
        ("a-2", PartyRole.CONTRACTOR),
    }


def test_use_as_deal_seller_in_a_works_contract_makes_the_contractor(
    window: Any, qtbot: Any
) -> None:
    window.add_source_text(
        "The Ministry of Power awarded Andes Grid Builders a contract to build the line."
    )
    wait_idle(qtbot, window)
    window.doc.insert_record("deals", Deal(title="330 kV line", kind=DealKind.CONSTRUCTION))
    window.editor.lists["deals"].select_row(len(window.doc.brief.deals) - 1)
    select_text(window, "Andes Grid Builders")
    window.link_party(PartyRole.SELLER)
    deal = window.doc.brief.deals[-1]
    assert [p.role for p in deal.parties] == [PartyRole.CONTRACTOR]
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[-1].parties == []
