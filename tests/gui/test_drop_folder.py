"""Dropping a folder imports the articles directly inside it, says what it skipped, and caps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from briefdesk.gui import dropped
from briefdesk.gui.dropped import plan_drop
from briefdesk.sources import SUPPORTED_SUFFIXES

from .conftest import PromptLog, wait_idle


def _drop(window: Any, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _article(folder: Path, name: str, n: int) -> Path:
    path = folder / name
    path.write_text(f"Report {n}: the ministry met envoys in Baku on day {n}.\n", "utf-8")
    return path


def test_a_dropped_folder_imports_its_articles_and_names_what_it_skipped(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    folder = tmp_path / "clippings"
    folder.mkdir()
    _article(folder, "b-report.txt", 1)
    _article(folder, "a-report.md", 2)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n not an article")
    (folder / "mail.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (folder / "older").mkdir()
    _article(folder / "older", "deep.txt", 3)
    (folder / ".hidden.txt").write_text("editor backup", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")

    _drop(window, folder)
    wait_idle(qtbot, window)

    names = sorted(s.filename for s in window.doc.brief.sources)
    assert names == ["a-report.md", "b-report.txt"]  # not the sub-folder's, not hidden ones
    # One box for the whole drop: the refused import, each left-out file with its reason,
    # and the sub-folder (newcomer7 F11: two boxes, and the .msg advice was lost).
    assert prompt_log.infos == [] and len(prompt_log.errors) == 1
    box = prompt_log.errors[0]
    assert box.startswith("Could not add 3 of 5 files")
    assert "• empty.txt: " in box
    assert "• mail.msg: is an Outlook .msg: in Outlook use File > Save As > .eml" in box
    assert "• photo.png: is a PNG image (run OCR on it first)" in box
    assert "Skipped 1 folder inside" in box and "older" in box


def test_too_many_files_are_capped_with_a_clear_message(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dropped, "MAX_DROPPED_FILES", 3)
    for n in range(5):
        _article(tmp_path, f"r{n}.txt", n)
    _drop(window, tmp_path)
    wait_idle(qtbot, window)
    assert sorted(s.filename for s in window.doc.brief.sources) == ["r0.txt", "r1.txt", "r2.txt"]
    assert prompt_log.errors == [
        "Some files were not imported | Only the first 3 files are imported at a time; "
        "2 more were left out — drop them in smaller batches."
    ]


def test_a_folder_with_no_articles_says_so(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    _drop(window, tmp_path)
    wait_idle(qtbot, window)
    assert window.doc.brief.sources == []
    assert len(prompt_log.infos) == 1
    assert prompt_log.infos[0].startswith("Nothing to import")
    assert "holds no articles" in prompt_log.infos[0]


def test_plan_keeps_files_dropped_by_name_and_opens_a_lone_brief(tmp_path: Path) -> None:
    brief = tmp_path / "desk.brief"
    brief.write_text("{}", "utf-8")
    odd = tmp_path / "notes.rtf"
    odd.write_text("x", "utf-8")
    plan = plan_drop([brief], SUPPORTED_SUFFIXES)
    assert (plan.briefs, plan.sources, plan.summary()) == ([brief], [], "")
    # A file named by the user goes to the importer, which says why it cannot read it.
    assert plan_drop([odd], SUPPORTED_SUFFIXES).sources == [odd]
