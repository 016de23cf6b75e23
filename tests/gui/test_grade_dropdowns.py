"""The Reliability and Credibility drop-downs of an ungraded source say "(not set)", not F and 6
(newcomer17 N17-05): the grade field said "not graded" while the drop-downs showed a grade."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox

from briefdesk.gui.grade_parts import GradePartBinding
from briefdesk.model import Source


def _combos(window: Any) -> tuple[QComboBox, QComboBox]:
    form = window.editor.lists["sources"].form
    parts = {b.part: b.combo for b in form.bindings if isinstance(b, GradePartBinding)}
    return parts["reliability"], parts["credibility"]


def _pick(combo: QComboBox, starts: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(starts))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_ungraded_dropdowns_say_not_set_and_follow_the_grade(window: Any, qtbot: Any) -> None:
    window.doc.insert_record("sources", Source(title="Report", text="Words."))
    window.editor.focus_path("sources[0]")
    reliability, credibility = _combos(window)
    assert (reliability.currentText(), credibility.currentText()) == ("(not set)", "(not set)")

    grade = window.editor.grade
    grade.setFocus()
    qtbot.keyClicks(grade, "B2")
    assert reliability.currentText().startswith("B — ")
    assert credibility.currentText().startswith("2 — ")

    _pick(reliability, "F — ")  # F2 is a grade someone gave: shown as such
    assert window.doc.brief.sources[0].grade == "F2"
    assert reliability.currentText().startswith("F — ")
    assert window.act_undo.text() == "&Undo Change grade"

    _pick(credibility, "(not set)")  # back to not graded, both halves
    assert not window.doc.brief.sources[0].is_graded
    assert (reliability.currentText(), credibility.currentText()) == ("(not set)", "(not set)")
    assert grade.text() == ""
