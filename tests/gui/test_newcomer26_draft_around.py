"""Draft around this deal in the window: one action puts the right deal first and redrafts the
title and BLUF from it (newcomer26 N26-02); Ctrl+Z takes it back in one step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.editing.test_draft_around import _brief


def _wrong_draft(window: Any) -> None:
    brief = _brief()
    window.doc.insert_record("sources", brief.sources[0])
    for actor in brief.actors:
        window.doc.insert_record("actors", actor)
    for deal in brief.deals:
        window.doc.insert_record("deals", deal)
    window.doc.set_value("header.title", brief.header.title, "title")
    window.doc.set_value("bluf", brief.bluf, "BLUF")
    window.doc.set_value("drafted", brief.drafted, "draft marks")
    window.editor.setCurrentIndex(window.editor.tab_of("deals"))
    window.editor.lists["deals"].select_row(1)


def test_one_key_makes_the_selected_deal_the_main_deal(window: Any, qtbot: Any) -> None:
    _wrong_draft(window)
    deals_table = window.editor.lists["deals"].table
    names = [a.text().replace("&", "") for a in deals_table.actions()]
    assert "Draft around this deal" in names
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    deals_table.setFocus()
    qtbot.keyClick(
        deals_table,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    brief = window.doc.brief
    assert brief.deals[0].title == "Corvettes"
    assert brief.header.title == "Baltmar Yards to sell corvettes to Ministry of Defence"
    assert "three corvettes to the Ministry of Defence" in brief.bluf
    assert "is now the main deal" in window.statusBar().currentMessage()
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].title == "Third corvette"
    assert "Doca Fluvial" in window.doc.brief.header.title


def test_the_main_deal_already_first_says_so(window: Any, qtbot: Any) -> None:
    from briefdesk.gui.draft_around import draft_around_selected

    _wrong_draft(window)
    window.editor.lists["deals"].select_row(0)
    assert not draft_around_selected(window)
    assert "main deal already" in window.statusBar().currentMessage()
