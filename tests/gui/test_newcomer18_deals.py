"""Ctrl+Alt+N on a table row and after a dismissal, in the window (newcomer18 N18-04, N18-05):
the row's bodies are added as the deal's signatories with its status and date, in one undo
step; a dismissed suggestion is not added back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .conftest import wait_idle
from .test_deal_from_selection import Ctrl, Shift, User

NOTE = (
    "Embassy note: three energy investments agreed this quarter\n\n"
    "Embassy in Hanoi, Economic Section — 10 November 2026\n\n"
    "On 16 October the Portland Ministry of Power signed a $40 million contract with Delmar "
    "Cables GmbH for a cable plant.\n\n"
    "Project | Investor (country) | Local partner | Value | Status\n"
    "Quang Tri wind farm | Brask Energi A/S (Denmark) | Lanh Hai Port Authority | $2.1 billion "
    "| Memorandum of understanding, 21 Sep\n"
    "Ba Ria solar park | Solvik Kraft AS (Norway) | Ministry of Power | $300 million | Proposed\n"
)


def _pasted(qtbot: Any, window: Any) -> User:
    QGuiApplication.clipboard().setText(NOTE)
    user = User(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user.chord("Ctrl+Shift+V paste", Qt.Key.Key_V, Ctrl | Shift)
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources and window.extractions), timeout=60000)
    wait_idle(qtbot, window)
    return user


def test_a_table_row_becomes_a_memorandum_with_its_signatories(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    user = _pasted(qtbot, window)
    actors, deals = len(window.doc.brief.actors), len(window.doc.brief.deals)
    user.select("Quang Tri wind farm", "21 Sep")
    user.new_deal()
    deal = window.doc.brief.deals[-1]
    brief = window.doc.brief
    sides = {brief.actor(p.actor_id).name: p.role.value for p in deal.parties}  # type: ignore[union-attr]
    assert sides == {"Brask Energi A/S": "signatory", "Lanh Hai Port Authority": "signatory"}
    assert deal.kind.value == "mou" and deal.status.value == "signed"
    assert deal.dates.signed is not None and deal.dates.signed.isoformat().endswith("-09-21")
    assert "added 2 actor(s)" in window.statusBar().currentMessage()
    window.doc.undo_stack.undo()  # one step takes the deal and the two bodies away
    assert len(window.doc.brief.deals) == deals and len(window.doc.brief.actors) == actors
    QApplication.processEvents()


def test_a_dismissed_body_stays_out_of_a_new_deal(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    user = _pasted(qtbot, window)
    source = window.doc.brief.sources[0]
    key = "actor:organization:delmar cables gmbh"
    source.dismissed = [*source.dismissed, key]  # as the Suggestions pane's Dismiss records it
    user.select("On 16 October", "cable plant.")
    user.new_deal()
    names = {a.name for a in window.doc.brief.actors}
    assert "Delmar Cables GmbH" not in names and "16 October" not in names
