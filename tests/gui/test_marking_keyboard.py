"""Marking by keyboard as a form is typed — scheme, Tab, level (newcomer15 N15-12: picking the
scheme moved the keyboard to the level on its own, so the user's Tab went on to Caveats, the
level's letter was typed there and the brief was exported unmarked) — and each editor tab says
its shortcut (N15-13: Ctrl+1…8 do not follow the tabs' order)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from briefdesk.model.codes import MarkingScheme


def test_scheme_tab_level_marks_the_brief(window: Any, qtbot: Any) -> None:
    window.show()
    window.activateWindow()
    window.editor.setCurrentIndex(0)
    editor = window.editor.marking
    editor.scheme.setFocus()
    qtbot.waitUntil(editor.scheme.hasFocus)
    qtbot.keyClicks(editor.scheme, "T")
    assert editor.scheme.currentData() == MarkingScheme.TLP
    assert editor.scheme.hasFocus(), "the keyboard left the scheme on its own"
    qtbot.keyClick(editor.scheme, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.level.hasFocus)
    qtbot.keyClicks(editor.level, "A")
    qtbot.keyClick(editor.level, Qt.Key.Key_Tab)
    assert window.doc.brief.marking.label == "TLP:AMBER"
    assert editor.caveats.text() == ""


def test_caveats_without_a_level_say_the_brief_is_still_unmarked(window: Any, qtbot: Any) -> None:
    editor = window.editor.marking
    editor.scheme.setCurrentIndex(editor.scheme.findData(MarkingScheme.UK))
    editor._scheme_changed()
    refused: list[str] = []
    window.doc.refused.connect(refused.append)
    editor.caveats.setText("UK EYES ONLY")
    editor.commit()
    assert window.doc.brief.marking.scheme is MarkingScheme.NONE
    assert refused and "choose the" in refused[-1] and "still unmarked" in refused[-1]
    assert "'UK EYES ONLY'" in refused[-1]


def test_every_editor_tab_names_its_shortcut(window: Any) -> None:
    tips = {
        window.editor.tabText(i).replace("&", ""): window.editor.tabToolTip(i)
        for i in range(window.editor.count())
    }
    assert tips["Places"] == "Places (Ctrl+8)"
    assert tips["Deals"] == "Deals (Ctrl+4)"
    assert tips["Header"] == "Header (Ctrl+1)"
