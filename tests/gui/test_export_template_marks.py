"""The Export dialog's template list marks a template that cannot be used before it is chosen
(newcomer9 N9-14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx

from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.gui.export_template_marks import UNUSABLE


def test_a_broken_template_reads_cannot_be_used_in_the_list(window: Any, qtbot: Any) -> None:
    folder = Path(window.settings.user_templates_dir())
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (("desk_note_typo", "{{ titel }}"), ("desk_note", "{{ title }}")):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(str(folder / f"{name}.docx"))
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.template
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any("desk_note_typo" in label for label in labels), labels

    def marked() -> bool:
        return any(
            combo.itemText(i).endswith(UNUSABLE) and "desk_note_typo" in combo.itemText(i)
            for i in range(combo.count())
        )

    qtbot.waitUntil(marked, timeout=60000)
    window.runner.wait(60000)
    qtbot.wait(50)
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert [t for t in texts if t.endswith(UNUSABLE)] == [t for t in texts if "desk_note_typo" in t]
    typo = next(i for i, t in enumerate(texts) if "desk_note_typo" in t)
    assert "titel" in str(combo.itemData(typo, 3))  # the first problem as the tooltip
