"""The Export dialog and the Checks panel offer the same templates, the Settings folder's too."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from briefdesk.export.registry import builtin_dir
from briefdesk.gui.export_dialog import ExportDialog
from briefdesk.gui.settings_dialog import SettingsDialog

from .conftest import wait_idle


def _picker(combo: Any) -> list[tuple[str, str]]:
    return [(combo.itemText(i), str(combo.itemData(i))) for i in range(combo.count())]


def _choose_folder(window: Any, qtbot: Any, folder: Path) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.templates.setText(str(folder))
    window._settings_accepted(dialog)
    wait_idle(qtbot, window)


def test_settings_folder_templates_reach_both_pickers(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    wait_idle(qtbot, window)
    builtins = _picker(window.checks.template)
    assert [ident for _l, ident in builtins] == ["standard", "bluf", "deal-sheet"]
    folder = tmp_path / "desk templates"
    folder.mkdir()
    mine = folder / "Caucasus desk note.docx"
    shutil.copy(builtin_dir() / "standard.docx", mine)
    (folder / "notes.txt").write_text("not a template", "utf-8")
    (folder / "~$Caucasus desk note.docx").write_bytes(b"Word lock file")

    _choose_folder(window, qtbot, folder)

    in_checks = _picker(window.checks.template)
    assert [ident for _l, ident in in_checks] == [*(i for _l, i in builtins), str(mine)]
    assert in_checks[-1][0].endswith("(my templates)")
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    assert _picker(dialog.template) == in_checks

    # Choosing it in the Checks panel checks (and previews pages) with that very file.
    window.checks.template.setCurrentIndex(len(in_checks) - 1)
    assert window.pages.template == str(mine)


def test_changing_the_folder_again_drops_the_old_ones(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(builtin_dir() / "bluf.docx", first / "Memo.docx")
    _choose_folder(window, qtbot, first)
    assert str(first / "Memo.docx") in [i for _l, i in _picker(window.checks.template)]
    window.checks.template.setCurrentIndex(window.checks.template.count() - 1)
    empty = tmp_path / "empty"
    empty.mkdir()
    _choose_folder(window, qtbot, empty)
    assert [i for _l, i in _picker(window.checks.template)] == ["standard", "bluf", "deal-sheet"]
    assert window.checks.template.currentData() == "standard"


def test_opening_a_brief_at_start_does_not_lose_the_listing(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    shutil.copy(builtin_dir() / "standard.docx", folder / "Desk.docx")
    window.settings.templates_folder = str(folder)
    window.list_templates()
    window.new_file()  # replaces the brief while the listing runs
    wait_idle(qtbot, window)
    assert str(folder / "Desk.docx") in [i for _l, i in _picker(window.checks.template)]
