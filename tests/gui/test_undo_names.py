"""Undo names what changed: a source's grade is "Change grade", not "Edit item"."""

from __future__ import annotations

from typing import Any

from briefdesk.model import Source


def test_a_grade_change_is_named_in_undo(window: Any, qtbot: Any) -> None:
    window.doc.insert_record("sources", Source(title="Report", text="Words."))
    window.editor.focus_path("sources[0]")
    grade = window.editor.grade  # the Grade field of the Sources tab
    grade.setFocus()
    qtbot.keyClicks(grade, "B2")
    assert window.doc.brief.sources[0].grade == "B2"
    assert window.act_undo.text() == "&Undo Change grade"
    window.act_undo.trigger()
    assert window.doc.brief.sources[0].grade != "B2"


def test_an_ungraded_source_does_not_look_graded_b2(window: Any) -> None:
    """newcomer6 F28: the empty Grade box showed a grey example "B2" for an F6 source."""
    window.doc.insert_record("sources", Source(title="Report", text="Words."))
    window.editor.focus_path("sources[0]")
    grade = window.editor.grade
    assert window.doc.brief.sources[0].grade == "F6"
    assert grade.text() == "" and grade.placeholderText() == "not graded"  # not F6 (N16-15)
    assert "B2" not in grade.placeholderText()
