"""The export dialog's template problems wrap, so their place (the useful end) is readable
(newcomer7 F12: each line was cut at the dialog's width, with a horizontal scroll bar)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import Qt

from briefdesk.gui.export_dialog import ExportDialog


def test_long_problems_wrap_inside_the_dialog(window: Any, qtbot: Any, tmp_path: Path) -> None:
    template = tmp_path / "broken.docx"
    document = docx.Document()
    document.add_paragraph("A long opening paragraph of the desk's memo {{ titel_of_the_brief }}")
    document.add_paragraph("{{ header.nonsense_field_that_does_not_exist }} and more words")
    document.save(str(template))
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.resize(640, 480)
    dialog.show()
    with qtbot.waitSignal(dialog.checked, timeout=60000) as checked:
        dialog.set_template(str(template))
    assert checked.args[0]  # errors: export refused
    problems = dialog.problems
    assert problems.wordWrap() and problems.textElideMode() == Qt.TextElideMode.ElideNone
    assert problems.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.wait(50)
    first = problems.visualItemRect(problems.item(0))
    assert first.width() <= problems.viewport().width()  # wrapped, not cut off to the right
    assert first.height() > problems.fontMetrics().height()  # on more than one line
    if os.environ.get("BRIEFDESK_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["BRIEFDESK_SHOTS"], "export-problems.png"))
