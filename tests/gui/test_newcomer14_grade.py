"""Ctrl+7 then typing grades the source shown, not source [1] (newcomer14 N14-14)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefdesk.model import Source


def test_ctrl_7_lands_on_the_shown_sources_grade(window: Any, qtbot: Any) -> None:
    window.doc.insert_record("sources", Source(id="s-1", title="Press release", text="One."))
    window.doc.insert_record("sources", Source(id="s-2", title="Award notice", text="Two."))
    window.sources_pane.select("s-2")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, "A1")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    first, second = window.doc.brief.sources
    assert (second.reliability, second.credibility) == ("A", 1)
    assert not first.is_graded
