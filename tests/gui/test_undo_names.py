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
