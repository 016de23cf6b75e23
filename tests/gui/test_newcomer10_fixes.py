"""newcomer10's findings in the window: the draft's status line and the Export dialog."""

from __future__ import annotations

from typing import Any

from briefdesk.gui.export_dialog import ExportDialog

from .conftest import SAMPLE_ARTICLE, wait_idle


def _drafted(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    window.draft_from_source()
    assert "Ctrl+Z undoes the whole draft" in window.statusBar().currentMessage()


def test_undoing_the_draft_takes_back_its_status_line(window: Any, qtbot: Any) -> None:
    """N10-31: after Ctrl+Z the bar still said "Drafted 4 actors, 1 deal …"."""
    _drafted(window, qtbot)
    window.act_undo.trigger()
    assert window.doc.brief.actors == []
    message = window.statusBar().currentMessage()
    assert "Drafted" not in message and "Draft undone" in message
    window.act_redo.trigger()  # a later change says nothing of the draft being undone
    assert "Draft undone" not in window.statusBar().currentMessage()


def test_another_edit_after_the_draft_is_not_announced_as_undoing_it(
    window: Any, qtbot: Any
) -> None:
    _drafted(window, qtbot)
    window.doc.set_value("header.title", "My title")
    assert "Draft undone" not in window.statusBar().currentMessage()
    assert "Drafted" not in window.statusBar().currentMessage()


def test_the_export_dialog_says_the_bluf_is_still_the_draft(window: Any, qtbot: Any) -> None:
    """N10-25: the dialog listed an empty BLUF as not ready, but not BriefDesk's own BLUF."""
    _drafted(window, qtbot)
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("deal-sheet")
    assert "still BriefDesk's draft" in dialog.readiness.text()
    assert dialog.export_button.isEnabled()
    window.doc.set_value("bluf", "Azerbaijan is buying Pakistani jets.")
    dialog.set_template("standard")
    assert "still BriefDesk's draft" not in " ".join(dialog.not_ready())
