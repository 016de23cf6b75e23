"""The Export button says "Exporting…" while the export runs, and Export again after (newcomer19
N19-17: a first export in a fresh home sat 9 s behind a grey button with no word)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.gui.export_dialog import ExportDialog


def test_the_button_says_exporting_while_it_runs(window: Any, qtbot: Any, tmp_path: Path) -> None:
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("standard")
    dialog.set_format("docx")
    out = tmp_path / "o.docx"
    dialog.out.setText(str(out))
    dialog.open_after.setChecked(False)
    assert dialog.export_button.text() == "&Export"
    with qtbot.waitSignal(dialog.exported, timeout=120000):
        dialog.start_export()
        assert dialog.export_button.text() == "Exporting…"
        assert not dialog.export_button.isEnabled()
    assert dialog.export_button.text() == "&Export" and dialog.export_button.isEnabled()
