"""The Likelihood picker typed like a form (newcomer13 N13-13): each press of a shared letter
cycles whatever the typing speed, digits pick, a letter no choice has goes to the next field,
and an open list never swallows Ctrl+7."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefdesk.gui.bindings import ComboBinding
from briefdesk.model import KeyJudgment


def _pickers(window: Any) -> tuple[Any, Any]:
    window.doc.insert_record("significance.judgments", KeyJudgment(statement="We judge…"))
    records = window.editor.lists["significance.judgments"]
    window.editor.focus_path("significance.judgments[0].statement")
    records.select_row(0)
    combos = {b.rel: b.combo for b in records.form.bindings if isinstance(b, ComboBinding)}
    return combos["likelihood"], combos["confidence"]


def _saved(window: Any) -> tuple[str, str]:
    judgment = window.doc.brief.significance.judgments[0]
    words = [getattr(x, "value", "") for x in (judgment.likelihood, judgment.confidence)]
    return words[0], words[1]


def test_v_v_typed_fast_is_very_likely_then_m_is_moderate(window: Any, qtbot: Any) -> None:
    likelihood, confidence = _pickers(window)
    likelihood.setFocus()
    qtbot.keyClick(likelihood, Qt.Key.Key_V)  # no pause: Qt's type-ahead read "vv" as one word
    qtbot.keyClick(likelihood, Qt.Key.Key_V)
    assert likelihood.currentText().startswith("Very likely")
    assert QApplication.focusWidget() is likelihood  # a shared letter keeps the keyboard here
    qtbot.keyClick(likelihood, Qt.Key.Key_V)
    assert likelihood.currentText().startswith("Very unlikely")  # and cycles on
    qtbot.keyClick(likelihood, Qt.Key.Key_V)
    qtbot.keyClick(likelihood, Qt.Key.Key_M)  # no likelihood starts with M: Confidence's
    assert _saved(window) == ("very_likely", "moderate")
    assert QApplication.focusWidget() is confidence  # a pick keeps the keyboard (N16-05)


def test_digits_pick_the_nth_likelihood(window: Any, qtbot: Any) -> None:
    likelihood, _confidence = _pickers(window)
    likelihood.setFocus()
    qtbot.keyClick(likelihood, Qt.Key.Key_6)
    assert _saved(window)[0] == "very_likely"


def test_an_open_list_lets_ctrl_7_through(window: Any, qtbot: Any) -> None:
    likelihood, _confidence = _pickers(window)
    likelihood.setFocus()
    likelihood.showPopup()
    qtbot.waitUntil(likelihood.view().isVisible)
    qtbot.keyClick(likelihood.view(), Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not likelihood.view().isVisible())
    editor = window.editor
    assert editor.tabText(editor.currentIndex()).replace("&", "") == "Sources"  # Ctrl+7 ran


def test_l_l_is_likely_then_low_a_letter_no_other_choice_has_goes_on(
    window: Any, qtbot: Any
) -> None:
    """N19-12: the second "l" found no other likelihood and stayed there; confidence unset."""
    likelihood, confidence = _pickers(window)
    likelihood.setFocus()
    qtbot.keyClick(likelihood, Qt.Key.Key_L)
    qtbot.keyClick(likelihood, Qt.Key.Key_L)
    assert _saved(window) == ("likely", "low")
    assert QApplication.focusWidget() is confidence


def test_typing_very_likely_in_the_statement_sets_the_picker(window: Any, qtbot: Any) -> None:
    """newcomer22 N22-22: the words said it; "v" "v" in the picker was one action too many."""
    likelihood, confidence = _pickers(window)
    statement = window.editor.lists["significance.judgments"].form.bindings[0].widget
    statement.setFocus()
    statement.selectAll()
    qtbot.keyClicks(statement, "The Assembly will very likely ratify it, with high confidence.")
    assert _saved(window) == ("very_likely", "high")
    assert likelihood.currentText().startswith("Very likely")
    assert confidence.currentText() == "High"
    stack = window.doc.undo_stack
    while "high confidence" in window.doc.brief.significance.judgments[0].statement:
        stack.undo()  # the step that set the words takes the level back with them
    assert window.doc.brief.significance.judgments[0].confidence is None
    assert _saved(window)[0] == "very_likely"
