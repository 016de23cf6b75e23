"""Swap sides: a button, a context-menu entry and a key, one undo step (newcomer14 N14-34)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole


def _reversed_loan(window: Any) -> None:
    kenya = Actor(id="act-ke", name="Kenya", type=ActorType.STATE)
    uae = Actor(id="act-ae", name="United Arab Emirates", type=ActorType.STATE)
    window.doc.insert_record("actors", kenya)
    window.doc.insert_record("actors", uae)
    deal = Deal(
        title="Railway loan",
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id="act-ke", role=PartyRole.LENDER),
            DealParty(actor_id="act-ae", role=PartyRole.BORROWER),
            DealParty(actor_id="act-ae", role=PartyRole.GUARANTOR),
        ],
    )
    window.doc.insert_record("deals", deal)
    window.editor.setCurrentIndex(window.editor.tab_of("deals"))
    window.editor.lists["deals"].select_row(0)


def _roles(window: Any) -> list[PartyRole]:
    return [p.role for p in window.doc.brief.deals[0].parties]


def test_the_button_swaps_in_one_undo_step(window: Any, qtbot: Any) -> None:
    _reversed_loan(window)
    before = _roles(window)
    window.swap_button.click()
    assert _roles(window) == [PartyRole.BORROWER, PartyRole.LENDER, PartyRole.GUARANTOR]
    assert "Kenya the borrower, United Arab Emirates the lender" in (
        window.statusBar().currentMessage()
    )
    window.doc.undo_stack.undo()
    assert _roles(window) == before


def test_the_key_and_the_context_menu_offer_it(window: Any, qtbot: Any) -> None:
    _reversed_loan(window)
    deals_table = window.editor.lists["deals"].table
    names = [a.text().replace("&", "") for a in deals_table.actions()]
    assert "Swap deal sides" in names
    assert deals_table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    deals_table.setFocus()
    qtbot.keyClick(
        deals_table,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert _roles(window)[:2] == [PartyRole.BORROWER, PartyRole.LENDER]


def test_a_junk_party_is_a_check_that_jumps_to_the_party(window: Any, qtbot: Any) -> None:
    """N14-18: 'Prepayment Facility' as a borrower is flagged, and the check opens the party."""
    junk = Actor(id="act-pf", name="Prepayment Facility", type=ActorType.ORGANIZATION)
    bank = Actor(id="act-hb", name="Hanseong Battery", type=ActorType.ORGANIZATION)
    window.doc.insert_record("actors", junk)
    window.doc.insert_record("actors", bank)
    loan = Deal(
        title="Loan to Prepayment Facility",
        kind=DealKind.LOAN,
        parties=[
            DealParty(actor_id="act-hb", role=PartyRole.LENDER),
            DealParty(actor_id="act-pf", role=PartyRole.BORROWER),
        ],
    )
    window.doc.insert_record("deals", loan)
    window.checks.refresh()
    found = dict(window.checks.findings())
    path = "deals[0].parties[1].actor_id"
    assert "names a thing, not a party" in found[path]
    assert window.editor.focus_path(path)
    assert window.editor.lists["deals.parties"].current_path() == "deals[0].parties[1]"
