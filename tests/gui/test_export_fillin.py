"""The Export dialog asks for the marking and the author a brief lacks (newcomer15 N15-11: a
new user spent 8-9 actions a brief on the Header tab for them): filled in, they go into the
brief in one undo step, are in the exported note, and are kept in Settings for new briefs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.defaults import new_brief
from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.model import Marking, Person
from briefdesk.model.codes import MarkingScheme
from briefdesk.settings import load_settings

from .conftest import wait_idle


def _dialog(window: Any, qtbot: Any) -> ExportDialog:
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("standard")
    dialog.set_format("md")
    wait_idle(qtbot, window)
    return dialog


def test_marking_and_author_filled_in_at_export(window: Any, qtbot: Any, tmp_path: Path) -> None:
    window.doc.set_value("header.title", "Jets for Azerbaijan")
    dialog = _dialog(window, qtbot)
    assert dialog.fillin.isVisibleTo(dialog)
    assert "no handling marking" in dialog.readiness.text()
    fillin = dialog.fillin
    fillin.marking.setCurrentIndex(fillin.marking.findText("OFFICIAL-SENSITIVE"))
    fillin.name.setText("Ana Ruiz")
    fillin.post.setText("Desk Officer, Caucasus")
    assert "no handling marking" not in dialog.readiness.text()
    out = tmp_path / "note.md"
    dialog.out.setText(str(out))
    steps = window.doc.undo_stack.count()
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    text = out.read_text(encoding="utf-8")
    assert "OFFICIAL-SENSITIVE" in text and "Ana Ruiz" in text
    assert window.doc.brief.marking.label == "OFFICIAL-SENSITIVE"
    assert window.doc.brief.header.from_.title == "Desk Officer, Caucasus"
    assert window.doc.undo_stack.count() == steps + 1  # one step
    kept = load_settings()
    assert (kept.marking_scheme, kept.marking_level) == ("uk", "OFFICIAL-SENSITIVE")
    assert kept.author.name == "Ana Ruiz"
    assert new_brief(kept).marking.label == "OFFICIAL-SENSITIVE"
    window.doc.undo_stack.undo()
    assert window.doc.brief.marking.scheme is MarkingScheme.NONE
    assert window.doc.brief.header.from_.name == ""


def test_unticked_the_brief_gets_them_and_settings_do_not(window: Any, qtbot: Any) -> None:
    dialog = _dialog(window, qtbot)
    dialog.fillin.marking.setCurrentIndex(dialog.fillin.marking.findText("TLP:AMBER"))
    dialog.fillin.remember.setChecked(False)
    assert "marked TLP:AMBER" in dialog.fillin.apply()
    assert window.doc.brief.marking.label == "TLP:AMBER"
    assert window.settings.marking_scheme == "none"


def test_a_marked_brief_with_an_author_is_not_asked(window: Any, qtbot: Any) -> None:
    window.doc.set_value("marking", Marking(scheme=MarkingScheme.TLP, level="GREEN"))
    window.doc.set_value("header.from", Person(name="Ana Ruiz"))
    dialog = _dialog(window, qtbot)
    assert not dialog.fillin.isVisibleTo(dialog)
    assert dialog.fillin.apply() == ""
