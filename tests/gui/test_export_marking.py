"""The export dialog: a user template that never shows the marking is a warning, not a refusal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from briefdesk.export.marking_context import UNSHOWN_MESSAGE
from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.model import Marking
from briefdesk.model.codes import MarkingScheme


def _bare_template(tmp_path: Path) -> Path:
    template = tmp_path / "bare.docx"
    document = docx.Document()
    document.add_paragraph("{{ title }}")
    document.save(str(template))
    return template


def test_unmarked_template_is_flagged_for_a_marked_brief_and_export_stays_possible(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.doc.set_value("marking", Marking(scheme=MarkingScheme.TLP, level="AMBER"))
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=60000) as checked:
        dialog.set_template(str(_bare_template(tmp_path)))
    assert checked.args[0] == []  # no error
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == [f"warning: {UNSHOWN_MESSAGE}"]
    assert dialog.export_button.isEnabled()
    assert "cannot be used" not in dialog.problems_label.text()


def test_an_unmarked_brief_is_not_warned_about_the_template(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.doc.set_value("marking", Marking())
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.checked, timeout=60000):
        dialog.set_template(str(_bare_template(tmp_path)))
    assert dialog.problems.count() == 0
    assert dialog.export_button.isEnabled()
    assert dialog.problems_label.text() == "Template checked: no problems."
