"""A brief in a read-only folder says so when it opens, and a failed save offers Save As at
once (N11-20). The tests run as any user (root writes everywhere), so the folder's answer and
the disk's refusal are given by patching the one place each is asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk import store
from briefdesk.gui import writable
from briefdesk.model import Brief
from briefdesk.store import StoreError, save_brief

from .conftest import wait_idle


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_save = store.save_brief

    def refuse(path: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(path).parent == folder:
            raise StoreError(f"{path}: cannot save: Read-only file system")
        return real_save(path, *args, **kwargs)

    monkeypatch.setattr(writable, "can_write", lambda path: Path(path).parent != folder)
    monkeypatch.setattr(store, "save_brief", refuse)


def test_read_only_is_said_and_save_as_is_offered(
    make_window: Any, qtbot: Any, prompt_log: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "loan.brief"
    brief = Brief()
    brief.header.title = "Road loan"
    save_brief(path, brief)
    _read_only(monkeypatch, folder)
    window = make_window()
    assert window.open_path(path)
    wait_idle(qtbot, window)
    assert "(read-only)" in window.title_text()
    assert "read-only folder" in window.statusBar().currentMessage()
    window.doc.brief.bluf = "Changed words."
    window.doc.mark_unsaved()
    elsewhere = tmp_path / "mine" / "loan.brief"
    elsewhere.parent.mkdir()
    prompt_log.save_path = elsewhere
    assert window.save()
    assert any("is read-only. Save the brief somewhere else?" in q for q in prompt_log.questions)
    assert prompt_log.errors == []
    assert "Changed words." in elsewhere.read_text(encoding="utf-8")
    assert "(read-only)" not in window.title_text()


def test_a_writable_folder_opens_as_before(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "loan.brief"
    save_brief(path, Brief())
    window = make_window()
    assert window.open_path(path)
    assert "(read-only)" not in window.title_text()
