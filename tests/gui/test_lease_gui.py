"""The window's doors for a lease (round 22, newcomer21 N21-02): the deal editor's Kind and
Role drop-downs, a kind change from an arms sale with its undo, Edit & accept, "Use as deal
buyer" — a lessee and a lessor, never a buyer and a seller."""

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


def _sale(window: Any) -> None:
    force = Actor(name="Calveran Air Force", type=ActorType.ORGANIZATION)
    lessor = Actor(name="Aerolux Leasing", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", force)
    window.doc.insert_record("actors", lessor)
    parties = [
        DealParty(actor_id=force.id, role=PartyRole.BUYER),
        DealParty(actor_id=lessor.id, role=PartyRole.SELLER),
    ]
    deal = Deal(title="KT-400 transports", kind=DealKind.ARMS_SALE, parties=parties)
    window.doc.insert_record("deals", deal)
    window.editor.lists["deals"].select_row(0)


def test_picking_lease_gives_the_sides_a_leases_words_and_undo_takes_it_back(
    window: Any, tmp_path: Any
) -> None:
    _sale(window)
    kind = next(b for b in window.editor.lists["deals"].form.bindings if b.rel == "kind")
    assert "Lease / charter" in _items(kind.combo)
    index = kind.combo.findText("Lease / charter")
    kind.combo.setCurrentIndex(index)
    kind.combo.activated.emit(index)  # the officer picks it, as a click does
    deal = window.doc.brief.deals[0]
    assert deal.kind is DealKind.LEASE
    assert [p.role for p in deal.parties] == [PartyRole.LESSEE, PartyRole.LESSOR]
    window.editor.parties.select_row(0)
    role = window.editor._party_role.combo
    assert _items(role)[:2] == ["Lessor (owner)", "Lessee (charterer)"]
    assert "Buyer" not in _items(role) and "Seller" not in _items(role)
    assert role.currentText() == "Lessee (charterer)"
    window.grab().save(str(tmp_path / "lease-roles.png"))
    window.doc.undo_stack.undo()
    deal = window.doc.brief.deals[0]
    assert deal.kind is DealKind.ARMS_SALE
    assert [p.role for p in deal.parties] == [PartyRole.BUYER, PartyRole.SELLER]


def test_edit_and_accept_names_a_leases_sides(qtbot: Any) -> None:
    raw = DealSuggestion(
        kind=DealKind.ARMS_SALE, buyer="Calveran Air Force", seller="Aerolux Leasing"
    )
    dialog = FieldsDialog("Edit deal and accept", fields(raw, "KT-400"), None, relabel)
    qtbot.addWidget(dialog)
    assert dialog.labels["Buyer"].text() == "Buyer"
    kind = dialog.widgets["Kind"]
    kind.setCurrentIndex(kind.findData("lease"))
    assert (dialog.labels["Buyer"].text(), dialog.labels["Seller"].text()) == ("Lessee", "Lessor")


def test_use_as_deal_buyer_in_a_lease_makes_the_lessee(window: Any, qtbot: Any) -> None:
    window.add_source_text(
        "The Calveran Air Force has leased two KT-400 transports from Aerolux Leasing."
    )
    wait_idle(qtbot, window)
    window.doc.insert_record("deals", Deal(title="KT-400 transports", kind=DealKind.LEASE))
    window.editor.lists["deals"].select_row(len(window.doc.brief.deals) - 1)
    select_text(window, "Aerolux Leasing")
    window.link_party(PartyRole.SELLER)
    deal = window.doc.brief.deals[-1]
    assert [p.role for p in deal.parties] == [PartyRole.LESSOR]
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[-1].parties == []
