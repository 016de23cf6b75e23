"""The window's index run in a child process: same result and messages, progress, cancel."""

from __future__ import annotations

import json
import multiprocessing
import threading
from pathlib import Path

import pytest

from briefdesk import isolation
from briefdesk.library.api import LibraryError
from briefdesk.library.child_index import Target, index_in_child, resolve
from briefdesk.library.sqlite import SqliteLibrary
from tests.library.conftest import open_backend
from tests.library.factory import make_brief, write_many
from tests.library.pgcluster import Cluster
from tests.library.test_concurrency import _complete


def _target(backend: str, folder: Path) -> Target:
    kind, _, where = backend.partition(":")
    if kind == "sqlite":
        return Target("", "", where, (str(folder),))
    return Target(where, "", "", (str(folder),))


def _index_children() -> list[str]:
    return [p.name for p in multiprocessing.active_children() if "library-index" in p.name]


def test_the_child_indexes_like_the_window_did(backend: str, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 5)
    (desk / "broken.brief").write_text('{"format": "briefdesk.brief", "version": 1,', "utf-8")
    newer = make_brief(7).model_dump(mode="json", by_alias=True)
    newer["version"] = 9
    (desk / "newer.brief").write_text(json.dumps(newer), encoding="utf-8")
    steps: list[tuple[int, str]] = []

    report = index_in_child(_target(backend, desk), lambda d, p: steps.append((d, p)), bool)

    assert (report.added, report.unchanged) == (5, 0)
    reasons = dict(report.problems)
    assert "ends early, at line 1" in reasons[str((desk / "broken.brief").resolve())]
    assert "newer BriefDesk" in reasons[str((desk / "newer.brief").resolve())]
    # Progress came back from the child: (briefs checked, path), the first after one brief.
    assert steps and steps[0][0] == 1 and steps[0][1].endswith(".brief")
    assert all(done <= 7 for done, _ in steps)
    assert _index_children() == []
    lib = open_backend(backend)
    try:
        assert lib.count() == 5
        assert lib.index([desk]).added == 0
    finally:
        lib.close()
    here = SqliteLibrary(tmp_path / "in-process.sqlite3")
    try:  # the same run in-process: the same problems, word for word
        assert here.index([desk]).problems == report.problems
    finally:
        here.close()


def test_cancel_kills_the_child_and_leaves_no_partial_entry(backend: str, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 200)
    stop = {"now": False}

    def progress(_done: int, _path: str) -> None:
        stop["now"] = True  # cancel as soon as the child has written its first brief

    with pytest.raises(isolation.Cancelled):
        index_in_child(_target(backend, desk), progress, lambda: stop["now"])
    assert _index_children() == []
    lib = open_backend(backend)
    try:
        briefs, actors, texts, files = _complete(lib)
        assert 1 <= briefs <= 200
        assert (actors, texts, files) == (3 * briefs, briefs, briefs)
        assert lib.index([desk]).added == 200 - briefs  # the next run resumes
        if lib.name == "sqlite":
            assert lib._rows("PRAGMA integrity_check")[0][0] == "ok"
    finally:
        lib.close()


def test_an_unreachable_team_library_says_the_same_line(tmp_path: Path) -> None:
    from briefdesk.library.open import open_library

    dsn = "host=127.0.0.1 port=1 dbname=none connect_timeout=2"
    with pytest.raises(LibraryError) as here:
        open_library(dsn).close()
    with pytest.raises(LibraryError) as there:
        index_in_child(Target(dsn, "", "", (str(tmp_path),)), lambda d, p: None, bool)
    assert str(there.value) == str(here.value)
    assert "cannot reach the team library" in str(there.value)


def test_an_unusable_sqlite_file_says_the_same_line(tmp_path: Path) -> None:
    bad = tmp_path / "library.sqlite3"
    bad.write_bytes(b"this is not a database, it is a text file" * 100)
    with pytest.raises(LibraryError) as here:
        SqliteLibrary(bad).close()
    with pytest.raises(LibraryError) as there:
        index_in_child(Target("", "", str(bad), (str(tmp_path),)), lambda d, p: None, bool)
    assert str(there.value) == str(here.value)
    assert "cannot open the library" in str(there.value)


def test_the_target_is_resolved_in_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A forkserver child keeps the environment it started with: the parent decides."""
    monkeypatch.setenv("BRIEFDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    target = resolve("", "TLP:AMBER", ("a",))
    assert target.dsn == "" and target.sqlite_path.startswith(str(tmp_path / "home"))
    monkeypatch.setenv("BRIEFDESK_LIBRARY_DSN", "dbname=team")
    assert resolve("dbname=settings", "", ()).dsn == "dbname=team"
    assert resolve("dbname=settings", "", ()).sqlite_path == ""


def test_a_vanished_share_is_one_problem_line(backend: str, tmp_path: Path) -> None:
    report = index_in_child(_target(backend, tmp_path / "share"), lambda d, p: None, bool)
    assert [reason for _p, reason in report.problems] == [
        f"{(tmp_path / 'share').resolve()}: library folder not found (moved, deleted, or a share"
        " not connected?)"
    ]


def test_a_server_gone_mid_index_is_one_line_and_no_partial_entry(
    pg_cluster: Cluster | str, pg_dsn: str, tmp_path: Path
) -> None:
    assert isinstance(pg_cluster, Cluster)
    desk = tmp_path / "desk"
    write_many(desk, 300)
    stopping: list[threading.Thread] = []

    def progress(_done: int, _path: str) -> None:
        if not stopping:  # the first brief is in: take the server away under the child
            stopping.append(pg_cluster.pull_plug())

    try:
        with pytest.raises(LibraryError, match=r"^the team library stopped answering: "):
            index_in_child(Target(pg_dsn, "", "", (str(desk),)), progress, bool)
    finally:
        stopping[0].join(30)
        pg_cluster.wait_gone()
        pg_cluster.start()
    assert _index_children() == []
    lib = open_backend(f"postgresql:{pg_dsn}")
    try:
        briefs, actors, texts, files = _complete(lib)
        assert 1 <= briefs < 300
        assert (actors, texts, files) == (3 * briefs, briefs, briefs)
    finally:
        lib.close()
