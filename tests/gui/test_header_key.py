"""newcomer8 F5: Ctrl+1 (View → Header) opened at From → Name when that was empty, so a new
title typed after Ctrl+1, Ctrl+A replaced nothing and became the note's author. The Header tab
now always opens at its Title."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefdesk.model import Brief, Header

Ctrl = Qt.KeyboardModifier.ControlModifier


def test_ctrl_1_then_typing_replaces_the_title_even_with_no_author(window: Any, qtbot: Any) -> None:
    window.doc.reset(Brief(header=Header(title="Meridian Development Bank loan to Ghana")))
    window.editor.refresh_all()
    assert window.doc.brief.header.from_.name == ""  # the check flags the empty author
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.setCurrentIndex(2)
    window.sources_pane.article.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Ctrl)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Ctrl)
    qtbot.keyClicks(QApplication.focusWidget(), "Ghana: Meridian bank lends $750m for grid")
    qtbot.wait(20)
    header = window.doc.brief.header
    assert header.title == "Ghana: Meridian bank lends $750m for grid"
    assert header.from_.name == ""
