"""Newcomer 16 (a first-time desk officer), the window's findings N16-03 … N16-21."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtWidgets import QApplication

from briefdesk.gui.bindings import ComboBinding
from briefdesk.model import KeyJudgment

from .conftest import wait_idle


def _pickers(window: Any) -> tuple[Any, Any, Any]:
    window.doc.insert_record("significance.judgments", KeyJudgment(statement="We judge…"))
    records = window.editor.lists["significance.judgments"]
    window.editor.focus_path("significance.judgments[0].statement")
    records.select_row(0)
    combos = {b.rel: b.combo for b in records.form.bindings if isinstance(b, ComboBinding)}
    rationale = records.form.widget_for("significance.judgments[0].rationale")
    return combos["likelihood"], combos["confidence"], rationale


def _saved(window: Any) -> tuple[str, str]:
    judgment = window.doc.brief.significance.judgments[0]
    return tuple(getattr(x, "value", "") for x in (judgment.likelihood, judgment.confidence))  # type: ignore[return-value]


def test_n16_05_a_pick_never_moves_on_so_tab_between_pickers_fills_both(
    window: Any, qtbot: Any
) -> None:
    """"l", Tab, "m" left Confidence unset: "l" had moved on by itself, "v" did not."""
    likelihood, confidence, rationale = _pickers(window)
    for letter, expected in ((Qt.Key.Key_L, "likely"), (Qt.Key.Key_U, "unlikely")):
        likelihood.setFocus()
        qtbot.keyClick(likelihood, letter)
        assert _saved(window)[0] == expected
        assert QApplication.focusWidget() is likelihood  # one choice with the letter: stays
    qtbot.keyClick(likelihood, Qt.Key.Key_4)  # a digit picks and stays too
    assert _saved(window)[0] == "roughly_even_chance"
    assert QApplication.focusWidget() is likelihood
    qtbot.keyClick(likelihood, Qt.Key.Key_L)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is confidence
    qtbot.keyClick(confidence, Qt.Key.Key_M)
    assert _saved(window) == ("likely", "moderate")
    assert QApplication.focusWidget() is confidence
    qtbot.keyClick(confidence, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rationale
    assert "Tab moves on" in likelihood.toolTip() and "Tab moves on" in confidence.toolTip()


class _X11LineKeys(QObject):
    """A line edit as under X11 (xcb), whose key scheme makes Ctrl+E "end of line" and Ctrl+D
    "delete": the field claims those chords before any shortcut (checked under xvfb)."""

    def eventFilter(self, _watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() in (
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_E),
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_D),
        ):
            event.accept()
            return True
        return False


def test_n16_04_ctrl_e_exports_from_a_one_line_field(
    make_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """Ctrl+7, "B2", Ctrl+E did nothing: the grade field took Ctrl+E as "end of line"."""
    from briefdesk.gui.mainwindow import MainWindow

    opened: list[str] = []
    monkeypatch.setattr(MainWindow, "export_dialog", lambda self: opened.append("export"))
    monkeypatch.setattr(MainWindow, "draft_from_source", lambda self: opened.append("draft"))
    window = make_window()  # built after the patch: its actions call the fakes
    window.add_source_text("Serevia signed for four Korkut systems from Aselsan.")
    wait_idle(qtbot, window)
    window.activateWindow()
    title = window.editor.forms[0].widget_for("header.title")
    x11 = _X11LineKeys()  # the tests run offscreen, whose key scheme leaves Ctrl+E alone
    title.installEventFilter(x11)
    title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title)
    qtbot.keyClicks(title, "Aselsan")
    qtbot.keyClick(title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export"]
    qtbot.keyClick(title, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export", "draft"]  # Ctrl+D (Draft) too, the field's "delete" before
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert title.selectedText() == "Aselsan"  # the field's own standard keys stay its own
    window.editor.grade.installEventFilter(x11)
    qtbot.keyClick(window.editor, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    grade = QApplication.focusWidget()
    assert grade is window.editor.grade
    qtbot.keyClicks(grade, "B2")
    qtbot.keyClick(grade, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["export", "draft", "export"]
