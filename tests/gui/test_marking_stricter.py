"""Typing a level's letter again on the brief's marking says it became stricter (N25-09)."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt

from briefdesk.gui.editor_widgets import stricter_step
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme


def test_a_second_a_on_amber_says_amber_strict_and_how_to_go_back(window: Any, qtbot: Any) -> None:
    window.doc.set_value("marking", Marking(scheme=MarkingScheme.TLP, level="AMBER"))
    level = window.editor.marking.level
    level.setFocus()
    qtbot.keyClick(level, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    assert window.doc.brief.marking.level == "AMBER+STRICT"
    message = window.statusBar().currentMessage()
    assert "Marking now TLP:AMBER+STRICT (was TLP:AMBER)" in message
    assert "Ctrl+Z for TLP:AMBER" in message
    shot = os.environ.get("BRIEFDESK_SHOT_DIR")
    if shot:
        window.grab().save(os.path.join(shot, "n25_09_marking.png"))


def test_only_a_stricter_step_of_the_same_level_is_said() -> None:
    amber = Marking(scheme=MarkingScheme.TLP, level="AMBER")
    strict = Marking(scheme=MarkingScheme.TLP, level="AMBER+STRICT")
    assert stricter_step(amber, strict).startswith("Marking now TLP:AMBER+STRICT")
    official = Marking(scheme=MarkingScheme.UK, level="OFFICIAL")
    sensitive = Marking(scheme=MarkingScheme.UK, level="OFFICIAL-SENSITIVE")
    assert "“o” once more" in stricter_step(official, sensitive)
    assert stricter_step(strict, amber) == ""  # back to AMBER: nothing to warn
    assert stricter_step(amber, Marking(scheme=MarkingScheme.TLP, level="RED")) == ""
    assert stricter_step(Marking(), amber) == ""
