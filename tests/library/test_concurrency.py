"""Real processes writing at once, and a server that goes away mid-index."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from briefdesk.library.api import LibraryError
from briefdesk.library.sqlbase import SqlBase
from tests.library.conftest import open_backend
from tests.library.factory import write_many
from tests.library.pgcluster import Cluster

ROOT = Path(__file__).resolve().parents[2]


def _complete(lib: SqlBase) -> tuple[int, int, int, int]:
    """(briefs, actors, texts, files): every generated brief has 3 actors and 4+ texts."""
    rows = lib._rows(
        "SELECT (SELECT count(*) FROM briefs), (SELECT count(*) FROM actors),"
        " (SELECT count(DISTINCT brief_id) FROM texts), (SELECT count(*) FROM files)"
    )[0]
    return (int(rows[0]), int(rows[1]), int(rows[2]), int(rows[3]))


def test_two_processes_index_the_same_library(backend: str, tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    write_many(folder, 60)
    open_backend(backend).close()  # schema in place before the race
    # The children run this checkout's code (src first), not whatever the venv installed: a
    # worktree's briefs can be of a newer format than the installed BriefDesk reads.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT / "src"), str(ROOT)))}
    cmd = [sys.executable, "-m", "tests.library.indexer_child", backend, str(folder)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE) for _ in range(2)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
    lib = open_backend(backend)
    try:
        assert _complete(lib) == (60, 180, 60, 60)
        if lib.name == "sqlite":
            assert lib._rows("PRAGMA integrity_check")[0][0] == "ok"
    finally:
        lib.close()


def test_server_gone_mid_index_leaves_no_partial_entry(
    pg_cluster: Cluster | str, pg_dsn: str, tmp_path: Path
) -> None:
    assert isinstance(pg_cluster, Cluster)
    folder = tmp_path / "desk"
    write_many(folder, 150)
    lib = open_backend(f"postgresql:{pg_dsn}")
    stopped = threading.Event()

    def progress(done: int, _path: str) -> None:
        if done == 20 and not stopped.is_set():
            stopped.set()
            pg_cluster.pull_plug()

    try:
        with pytest.raises(LibraryError, match="team library stopped answering"):
            lib.index([folder], progress)
    finally:
        lib.close()
        stopped.wait(10)
        pg_cluster.wait_gone()
        pg_cluster.start()
    lib = open_backend(f"postgresql:{pg_dsn}")
    try:
        briefs, actors, texts, files = _complete(lib)
        assert 20 <= briefs < 150
        assert (actors, texts, files) == (3 * briefs, briefs, briefs)
        assert lib.index([folder]).added == 150 - briefs
    finally:
        lib.close()
