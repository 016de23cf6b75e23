"""Settings and the local library index are the user's alone; no password is kept in a DSN.

Why (newcomer8 F25): under the default umask settings.json (holding a team-database password)
and library.sqlite3 (the full text of every indexed brief, SECRET ones too) were 0644 in 0755
folders, readable by every account on a shared workstation.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk import paths
from briefdesk.cli.main import main
from briefdesk.library.api import LibraryError
from briefdesk.library.dsn_password import password_problem
from briefdesk.library.open import DSN_ENV, open_library
from briefdesk.library.sqlite import SqliteLibrary, default_path
from briefdesk.settings import load_settings, save_settings, settings_path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The most open umask a desk may have: nothing is taken away by it."""
    monkeypatch.delenv(DSN_ENV, raising=False)
    old = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(old)


def test_settings_are_written_private_whatever_the_umask() -> None:
    settings = load_settings()
    settings.library_dsn = "host=db.example dbname=briefdesk user=desk"
    save_settings(settings)
    assert _mode(settings_path()) == 0o600
    assert _mode(paths.config_dir()) == 0o700


def test_settings_left_open_by_an_older_version_are_tightened_on_start() -> None:
    target = settings_path()
    target.write_text('{"library_dsn": "host=db.example"}', encoding="utf-8")
    os.chmod(target, 0o644)
    os.chmod(target.parent, 0o755)
    assert load_settings().library_dsn == "host=db.example"
    assert _mode(target) == 0o600 and _mode(target.parent) == 0o700


def test_the_local_index_is_private_and_an_old_one_is_tightened() -> None:
    SqliteLibrary()
    db = default_path()
    assert _mode(db) == 0o600 and _mode(db.parent) == 0o700
    for suffix in ("-wal", "-shm"):
        side = db.with_name(db.name + suffix)
        if side.exists():
            assert _mode(side) == 0o600, side
    os.chmod(db, 0o644)
    os.chmod(db.parent, 0o755)
    wal = db.with_name(db.name + "-wal")
    wal.touch()
    os.chmod(wal, 0o644)
    SqliteLibrary()
    assert _mode(db) == 0o600 and _mode(db.parent) == 0o700 and _mode(wal) == 0o600


@pytest.mark.parametrize(
    "dsn",
    [
        "host=db.example dbname=briefdesk user=desk password=Sup3rSecret",
        "postgresql://desk:Sup3rSecret@db.example/briefdesk",
        "postgresql://desk@db.example/briefdesk?password=Sup3rSecret",
    ],
)
def test_a_password_in_the_dsn_is_refused_pointing_to_pgpass(
    dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    problem = password_problem(dsn, "Team database")
    assert problem.startswith("Team database holds a password")
    assert "~/.pgpass" in problem and "PGPASSFILE" in problem and "\n" not in problem
    assert "Sup3rSecret" not in problem
    with pytest.raises(LibraryError, match="team database in Settings holds a password"):
        open_library(dsn)  # refused before any connection is tried
    monkeypatch.setenv(DSN_ENV, dsn)
    with pytest.raises(LibraryError, match=f"{DSN_ENV} holds a password.*~/.pgpass"):
        open_library("")


def test_a_dsn_without_password_is_accepted() -> None:
    assert password_problem("host=db.example dbname=briefdesk user=desk") == ""
    assert password_problem("host=db.example passfile=/home/desk/.pgpass") == ""
    assert password_problem("") == ""
    assert "cannot be read" in password_problem("db.example")


def test_the_cli_says_where_the_password_goes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DSN_ENV, "host=127.0.0.1 port=9 dbname=b user=desk password=Sup3rSecret")
    assert main(["library", "search", "Kenya"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert f"{DSN_ENV} holds a password" in err and "~/.pgpass" in err
    assert "Sup3rSecret" not in err
