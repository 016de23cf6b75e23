"""The library's change stamp: moves with every write (index, merge), stays put on reads."""

from __future__ import annotations

from pathlib import Path

from briefdesk.library import stamp
from briefdesk.library.sqlbase import SqlBase
from tests.library.conftest import open_backend
from tests.library.factory import write_many


def test_the_stamp_moves_with_writes_only(lib: SqlBase, backend: str, tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    write_many(desk, 3)
    empty = lib.change_stamp()
    lib.index([desk])
    indexed = lib.change_stamp()
    assert indexed != empty
    lib.search("squadron")
    lib.related(["Pakistan"])  # reads change nothing
    assert lib.change_stamp() == indexed
    write_many(desk, 1, start=3)
    lib.index([desk])
    assert lib.change_stamp() != indexed
    other = open_backend(backend)  # another connection (another process) sees the same
    try:
        assert other.change_stamp() == lib.change_stamp()
    finally:
        other.close()


def test_the_sqlite_file_stamp_ignores_readers(tmp_path: Path) -> None:
    from briefdesk.library.sqlite import SqliteLibrary

    path = tmp_path / "library.sqlite3"
    write_many(tmp_path / "desk", 3)
    writer = SqliteLibrary(path)
    writer.index([tmp_path / "desk"])
    writer.close()
    before = stamp.local_stamp(path)
    reader = SqliteLibrary(path)  # opening and reading: a WAL file may come and go
    reader.search("squadron")
    reader.close()
    assert stamp.local_stamp(path) == before
    writer = SqliteLibrary(path)
    write_many(tmp_path / "desk", 1, start=3)
    writer.index([tmp_path / "desk"])
    writer.close()
    assert stamp.local_stamp(path) != before
