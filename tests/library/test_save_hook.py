"""Every save from the command line updates the brief's library entry (one core hook).

The window goes through the same hook (``jobs.saved_job``; tests/gui/test_library_panel.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.library.on_save import update_entry
from briefdesk.library.sqlbase import SqlBase
from briefdesk.settings import load_settings, save_settings
from tests.library.conftest import open_backend

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _settings(backend: str, desk: Path) -> str:
    """Library folders (and the team DSN) in Settings, as a user would choose them; the
    library the commands will write to, for open_backend."""
    settings = load_settings()
    settings.library_folders = [str(desk)]
    kind, _, target = backend.partition(":")
    if kind == "postgresql":
        settings.library_dsn = target
        where = backend
    else:
        from briefdesk.library.sqlite import default_path

        where = f"sqlite:{default_path()}"
    save_settings(settings)
    return where


def _hits(where: str, text: str) -> int:
    lib: SqlBase = open_backend(where)
    try:
        return len(lib.search(text))
    finally:
        lib.close()


def test_every_cli_save_updates_the_entry(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    where = _settings(backend, desk)
    path = desk / "jets.brief"

    assert main(["new", str(path)]) == 0
    lib = open_backend(where)
    try:
        assert lib.count() == 1
    finally:
        lib.close()
    assert main(["add-source", str(path), str(ARTICLE), "--title", "Jets"]) == 0
    assert _hits(where, "burgeoning") == 1  # the source's text is searchable at once
    assert main(["set", str(path), "bluf=Kamra squadron handed over."]) == 0
    assert _hits(where, "Kamra") == 1
    assert main(["draft", str(path)]) == 0
    lib = open_backend(where)
    try:
        dossier = lib.dossier("Hikmet Hajiyev")
        assert dossier is not None and len(dossier.briefs) == 1
    finally:
        lib.close()
    from briefdesk.model.fileformat import loads

    source_id = loads(path.read_bytes()).sources[0].id
    assert main(["remove-source", str(path), source_id]) == 0
    assert _hits(where, "burgeoning") == 0
    assert "warning" not in capsys.readouterr().err


def test_a_brief_outside_the_library_folders_has_no_entry(backend: str, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    where = _settings(backend, desk)
    assert main(["new", str(tmp_path / "elsewhere.brief")]) == 0
    lib = open_backend(where)
    try:
        assert lib.count() == 0
    finally:
        lib.close()


def test_a_library_away_never_fails_the_save(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    settings = load_settings()
    settings.library_folders = [str(desk)]
    settings.library_dsn = "host=127.0.0.1 port=1 dbname=none connect_timeout=2"
    save_settings(settings)
    path = desk / "jets.brief"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["set", str(path), "bluf=Saved while the team library is away."]) == 0
    assert "Saved while the team library is away." in path.read_text(encoding="utf-8")
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("warning: library not updated: cannot reach the team library")


def test_the_hook_answers_one_line_and_never_raises(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    brief = desk / "gone.brief"
    assert update_entry(brief, [str(desk)], "port=1 host=127.0.0.1 connect_timeout=2").startswith(
        "cannot reach the team library"
    )
    assert update_entry(brief, [str(tmp_path / "other")]) == ""  # not in a library folder
