"""A full disk or a file-size limit: the failed save offers another folder, as a read-only one
does, and a failed autosave names the recovery folder and says the work is not protected
(newcomer12 N12-24). The disk's refusal is given by patching the one place it is asked."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from briefdesk import paths, store
from briefdesk.model import Brief
from briefdesk.store import NoSpace, save_brief

from .conftest import wait_idle


def test_a_save_with_no_room_offers_somewhere_else(
    make_window: Any, qtbot: Any, prompt_log: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    path = folder / "loan.brief"
    save_brief(path, Brief())
    real_save = store.save_brief

    def refuse(target: Path, *args: Any, **kwargs: Any) -> Any:
        if Path(target).parent == folder:
            raise NoSpace(f"{target}: cannot save: no room (File too large); nothing saved")
        return real_save(target, *args, **kwargs)

    monkeypatch.setattr(store, "save_brief", refuse)
    window = make_window()
    assert window.open_path(path)
    window.doc.brief.bluf = "Changed words."
    window.doc.mark_unsaved()
    elsewhere = tmp_path / "roomy" / "loan.brief"
    elsewhere.parent.mkdir()
    prompt_log.save_path = elsewhere
    assert window.save()
    assert any(f"{folder} has no room for it. Save the brief" in q for q in prompt_log.questions)
    assert prompt_log.errors == []
    assert "Changed words." in elsewhere.read_text(encoding="utf-8")


def test_the_disk_refusing_a_save_names_no_room(tmp_path: Path) -> None:
    from briefdesk.store import files

    def too_large(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.EFBIG, "File too large")

    path = tmp_path / "loan.brief"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files, "atomic_write", too_large)
        with pytest.raises(NoSpace, match=r"loan\.brief: cannot save: no room"):
            save_brief(path, Brief())


def test_a_failed_autosave_names_the_folder_and_the_risk(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def too_large(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.EFBIG, "File too large")

    monkeypatch.setattr(store, "write_snapshot", too_large)
    window = make_window()
    window.doc.brief.bluf = "Unsaved words."
    window.doc.mark_unsaved()
    window.autosave()
    wait_idle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert said == (
        f"Autosave failed: recovery folder {paths.recovery_dir()}: no room (file too large)"
        " — your work is only in this window"
    )
