"""A brief in a read-only folder: a command says the folder is read-only and that nothing was
saved, not "cannot create the lock file" (newcomer12 N12-25). Tests run as any user (root
writes everywhere), so the disk's refusal is given where the lock file is written."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from briefdesk.cli.main import main
from briefdesk.store import lock


def _read_only(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_mkstemp = lock.tempfile.mkstemp

    def refuse(*args: Any, **kwargs: Any) -> Any:
        if Path(kwargs.get("dir", "")) == folder:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(lock.tempfile, "mkstemp", refuse)


def test_set_in_a_read_only_folder_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "b3.brief"
    assert main(["new", str(path)]) == 0
    before = path.read_bytes()
    capsys.readouterr()
    _read_only(monkeypatch, tmp_path)
    assert main(["set", str(path), "title=x"]) != 0
    err = capsys.readouterr().err.strip()
    assert err == (
        f"briefdesk set: {tmp_path} is read-only: nothing saved "
        "(copy the brief to a writable folder)"
    )
    assert path.read_bytes() == before


def test_new_in_a_read_only_folder_names_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _read_only(monkeypatch, tmp_path)
    assert main(["new", str(tmp_path / "new.brief")]) != 0
    err = capsys.readouterr().err.strip()
    assert err == (
        f"briefdesk new: {tmp_path} is read-only: nothing written "
        "(choose a writable folder)"
    )
    assert not (tmp_path / "new.brief").exists()
