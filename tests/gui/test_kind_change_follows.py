"""Changing a deal's kind in its editor maps the sides and the made-up titles in one undo step,
and the status line says so (newcomer17 N17-03: Loan → Acquisition kept "Borrower" and the
brief titled "Loan to …")."""

from __future__ import annotations

from typing import Any

from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole


def test_kind_change_maps_roles_and_titles_and_undoes_in_one_step(window: Any) -> None:
    harlow = Actor(name="Harlow Minerals plc", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", harlow)
    deal = Deal(
        title="Loan to Harlow Minerals plc",
        kind=DealKind.LOAN,
        parties=[DealParty(actor_id=harlow.id, role=PartyRole.BORROWER)],
    )
    window.doc.insert_record("deals", deal)
    window.doc.set_value("header.title", "Loan to Harlow Minerals plc")
    window.doc.set_value("drafted", {"header.title": "Loan to Harlow Minerals plc"})
    window.editor.lists["deals"].select_row(0)
    kind = next(b for b in window.editor.lists["deals"].form.bindings if b.rel == "kind")
    steps = window.doc.undo_stack.count()
    kind.combo.setCurrentIndex(kind.combo.findData(DealKind.ACQUISITION))
    kind.combo.activated.emit(kind.combo.currentIndex())
    brief = window.doc.brief
    assert brief.deals[0].kind is DealKind.ACQUISITION
    assert brief.deals[0].parties[0].role is PartyRole.BUYER
    assert brief.deals[0].title == brief.header.title == "Acquisition by Harlow Minerals plc"
    assert window.doc.undo_stack.count() == steps + 1
    said = window.statusBar().currentMessage()
    assert "Harlow Minerals plc now the buyer" in said and "brief title followed" in said
    window.doc.undo_stack.undo()
    brief = window.doc.brief
    assert brief.deals[0].kind is DealKind.LOAN
    assert brief.deals[0].parties[0].role is PartyRole.BORROWER
    assert brief.header.title == "Loan to Harlow Minerals plc"
