"""Every library test runs against both back ends: SQLite, and a throw-away PostgreSQL.

One cluster per pytest worker, started on first use (about a second) and stopped at the end;
each test gets its own database. Without PostgreSQL the PostgreSQL half skips, saying why.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.library.sqlbase import SqlBase
from tests.library.pgcluster import Cluster, Unavailable, start_cluster

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster | str]:
    """The worker's cluster, or the reason there is none."""
    try:
        cluster = start_cluster()
    except Unavailable as exc:
        yield str(exc)
        return
    try:
        yield cluster
    finally:
        with contextlib.suppress(Unavailable):
            cluster.stop("immediate")
        cluster.remove()


@pytest.fixture
def pg_dsn(pg_cluster: Cluster | str) -> str:
    if isinstance(pg_cluster, str):
        pytest.skip(f"PostgreSQL unavailable: {pg_cluster}")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    return pg_cluster.create_database(f"lib_{worker}_{next(_names)}")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a library lives: a SQLite file path or a PostgreSQL connection string."""
    if request.param == "sqlite":
        return f"sqlite:{tmp_path / 'library.sqlite3'}"
    return f"postgresql:{request.getfixturevalue('pg_dsn')}"


def open_backend(where: str, ceiling: str = "") -> SqlBase:
    kind, _, target = where.partition(":")
    if kind == "sqlite":
        from briefdesk.library.sqlite import SqliteLibrary

        return SqliteLibrary(Path(target))
    from briefdesk.library.postgres import PostgresLibrary

    return PostgresLibrary(target, ceiling=ceiling)


@pytest.fixture
def lib(backend: str) -> Iterator[SqlBase]:
    library = open_backend(backend)
    yield library
    library.close()
