"""Newcomer 16 (a first-time desk officer), the window's findings N16-03 … N16-21."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefdesk.gui.bindings import ComboBinding
from briefdesk.model import KeyJudgment


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
