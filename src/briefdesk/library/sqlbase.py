"""Writing briefs into the index: the part of a back end that is the same SQL on both.

A back end supplies ``_tx()`` (one transaction), ``_run``/``_rows``/``_many`` (statements written
with ``?`` placeholders) and its own search; everything else is here, so both behave alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from briefdesk.library.api import IndexReport, LibraryError, Progress
from briefdesk.library.digest import Digest, statement_key
from briefdesk.library.schema import CHILD_TABLES

Row = tuple[Any, ...]
# Index runs changing at least this many briefs refresh the planner's statistics.
BULK = 500
FileRow = tuple[str, int, int, str, str | None, str]  # path, size, mtime_ns, sha256, brief, problem


class SqlBase:
    name = "sql"
    # Set by the PostgreSQL back end; SQLite keeps every marking (it never leaves the machine).
    ceiling = ""
    # A team database records which login (re)indexed each file (``whose.py``); SQLite is one desk.
    _desk_on_update = ""

    def __init__(self) -> None:
        self._lock = threading.RLock()

    # --- what a back end provides ---------------------------------------------------------------
    def _tx(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        raise NotImplementedError

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _phrase_match(self, phrase: str) -> tuple[str, list[Any]]:
        """A condition on ``texts t`` true when its body holds ``phrase`` (a quoted run of words,
        side by side), with its parameters: each back end's own full-text syntax."""
        raise NotImplementedError

    def _insert_texts(self, brief_id: str, texts: list[tuple[str, str]]) -> None:
        from briefdesk.library.search_text import fold

        self._many(
            "INSERT INTO texts (brief_id, field, body, folded) VALUES (?, ?, ?, ?)",
            [(brief_id, f, t, fold(t)) for f, t in texts],
        )

    # --- indexing -------------------------------------------------------------------------------
    def index(self, folders: Iterable[Path], progress: Progress | None = None) -> IndexReport:
        from briefdesk.library.scan import scan_folders

        report = scan_folders(self, folders, progress)
        if report.added + report.updated + report.removed >= BULK:
            with self._lock:
                self._refresh_statistics()
        return report

    def _refresh_statistics(self) -> None:
        """After a bulk load: fresh planner statistics, or the first dossiers get bad plans."""

    def index_file(self, path: Path) -> IndexReport:
        from briefdesk.library.scan import scan_file

        return scan_file(self, Path(path))

    def store(self, digest: Digest, file_row: FileRow) -> str:
        """Write one brief and its file row in one transaction: ``added``/``updated``/``same``.

        Keyed by brief id and content hash, so running it twice (or on two desks at once) changes
        nothing the second time: the upsert's row lock makes a concurrent writer wait, then see
        the same hash and leave the children alone.
        """
        d = digest
        with self._lock, self._tx():
            existed = bool(self._rows("SELECT 1 FROM briefs WHERE brief_id = ?", (d.brief_id,)))
            changed = self._rows(
                "INSERT INTO briefs (brief_id, sha256, path, title, date, kind, marking,"
                " marking_rank) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (brief_id) DO UPDATE SET sha256 = excluded.sha256,"
                " path = excluded.path, title = excluded.title, date = excluded.date,"
                " kind = excluded.kind, marking = excluded.marking,"
                " marking_rank = excluded.marking_rank"
                " WHERE briefs.sha256 <> excluded.sha256 RETURNING brief_id",
                (d.brief_id, d.sha256, d.path, d.title, d.date, d.kind, d.marking, d.marking_rank),
            )
            old = self._rows("SELECT brief_id FROM files WHERE path = ?", (file_row[0],))
            self._put_file(file_row)
            if old and old[0][0] and old[0][0] != d.brief_id:
                self._drop_if_orphan(old[0][0])
            if not changed:
                self._run("UPDATE briefs SET path = ? WHERE brief_id = ?", (d.path, d.brief_id))
                return "same"
            if existed:
                self._clear_children(d.brief_id)
            self._write_children(d)
        return "updated" if existed else "added"

    def _write_children(self, d: Digest) -> None:
        b = d.brief_id
        self._many(
            "INSERT INTO actors (brief_id, actor_id, name, norm, aliases, type, role,"
            " affiliation, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(b, a[0], a[1], a[2], a[3], a[5], a[6], a[7], a[8]) for a in d.actors],
        )
        names = []
        for a in d.actors:
            names.append((b, a[0], a[2]))
            names.extend((b, a[0], n) for n in a[4].split("\n") if n)
        self._many("INSERT INTO actor_names (brief_id, actor_id, norm) VALUES (?, ?, ?)", names)
        self._many(
            "INSERT INTO deals (brief_id, deal_id, title, kind, status, items, value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(b, *row) for row in d.deals],
        )
        self._many(
            "INSERT INTO parties (brief_id, deal_id, actor_norm, role) VALUES (?, ?, ?, ?)",
            [(b, *row) for row in d.parties],
        )
        self._many(
            "INSERT INTO items (brief_id, deal_id, norm) VALUES (?, ?, ?)",
            [(b, *row) for row in d.items],
        )
        self._many(
            "INSERT INTO places (brief_id, name, norm, country) VALUES (?, ?, ?, ?)",
            [(b, *row) for row in d.places],
        )
        self._many(
            "INSERT INTO judgments (brief_id, judgment_id, statement, likelihood, confidence,"
            " rationale) VALUES (?, ?, ?, ?, ?, ?)",
            [(b, *row) for row in d.judgments],
        )
        self._many(
            "INSERT INTO subjects (brief_id, judgment_id, subject) VALUES (?, ?, ?)",
            [(b, *row) for row in d.subjects],
        )
        self._insert_statement_keys([(b, *row) for row in d.statement_keys])
        self._many(
            "INSERT INTO outlets (brief_id, outlet, norm, grade, published) VALUES (?, ?, ?, ?, ?)",
            [(b, *row) for row in d.outlets],
        )
        self._insert_texts(b, d.texts)

    def _clear_children(self, brief_id: str) -> None:
        for table in CHILD_TABLES:
            self._run(f"DELETE FROM {table} WHERE brief_id = ?", (brief_id,))

    def _put_file(self, row: FileRow) -> None:
        self._run(
            "INSERT INTO files (path, size, mtime_ns, sha256, brief_id, problem)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
            " mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256,"
            " brief_id = excluded.brief_id, problem = excluded.problem" + self._desk_on_update,
            row,
        )

    def put_file(self, row: FileRow) -> None:
        """Remember a file that holds no indexable brief (or whose stamp alone changed)."""
        with self._lock, self._tx():
            old = self._rows("SELECT brief_id FROM files WHERE path = ?", (row[0],))
            self._put_file(row)
            if old and old[0][0] and old[0][0] != row[4]:
                self._drop_if_orphan(old[0][0])

    def forget_file(self, path: str) -> bool:
        """The file is gone: drop its row, and its brief when no other file holds it."""
        with self._lock, self._tx():
            old = self._rows("SELECT brief_id FROM files WHERE path = ?", (path,))
            self._run("DELETE FROM files WHERE path = ?", (path,))
            return bool(old and old[0][0] and self._drop_if_orphan(old[0][0]))

    def briefs_above(self, rank: int) -> set[str]:
        """Keys of the briefs stored with a marking ranked above ``rank`` (a ceiling lowered
        since they were sent)."""
        rows = self._rows("SELECT brief_id FROM briefs WHERE marking_rank > ?", (rank,))
        return {str(r[0]) for r in rows}

    def forget_brief(self, brief_id: str, path: str) -> None:
        """Take a brief out (e.g. now marked above the ceiling), with its file row."""
        with self._lock, self._tx():
            self._run("DELETE FROM files WHERE path = ? OR brief_id = ?", (path, brief_id))
            self._clear_children(brief_id)
            self._run("DELETE FROM briefs WHERE brief_id = ?", (brief_id,))

    def _drop_if_orphan(self, brief_id: str) -> bool:
        others = self._rows(
            "SELECT f.path FROM files f LEFT JOIN briefs b ON b.brief_id = f.brief_id"
            " WHERE f.brief_id = ? ORDER BY f.path = b.path DESC, f.sha256 = b.sha256 DESC,"
            " f.mtime_ns, f.path LIMIT 1",
            (brief_id,),
        )
        if others:
            # The entry keeps opening its original while it is there, never whichever other
            # file the database returned first (C9-14: a copy took the original's place).
            self._run("UPDATE briefs SET path = ? WHERE brief_id = ?", (others[0][0], brief_id))
            return False
        self._clear_children(brief_id)
        self._run("DELETE FROM briefs WHERE brief_id = ?", (brief_id,))
        return True

    def _apply_migrations(
        self, migrations: dict[int, tuple[str, ...]], latest: int, newer: Callable[[int], str]
    ) -> int:
        """Bring the schema to ``latest`` inside the caller's transaction; ``newer(version)`` is
        the one-line refusal for a library made by a newer BriefDesk. Returns the version the
        library had before (0: new)."""
        self._run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        current = int(self._rows("SELECT coalesce(max(version), 0) FROM schema_version")[0][0])
        if current > latest:
            raise LibraryError(newer(current))
        for version in range(current + 1, latest + 1):
            for sql in migrations[version]:
                self._run(sql)
            self._run("INSERT INTO schema_version (version) VALUES (?)", (version,))
        return current

    def _key_old_judgments(self) -> None:
        """Judgments indexed before version 4 get their statement key (once, in the migration
        to 4, inside its transaction), so they relate briefs like those indexed after."""
        rows = self._rows("SELECT brief_id, judgment_id, statement FROM judgments")
        self._insert_statement_keys(
            [(b, j, key) for b, j, text in rows if (key := statement_key(text))]
        )

    def _insert_statement_keys(self, rows: list[tuple[str, str, str]]) -> None:
        """(brief_id, judgment_id, key) rows: at indexing and in the migration to version 4."""
        self._many("INSERT INTO statement_keys (brief_id, judgment_id, key) VALUES (?, ?, ?)", rows)

    def other_files_of(self, brief_id: str, path: str) -> list[tuple[str, str]]:
        """Other files indexed as the same brief: (path, sha256) — copies of one ``.brief``."""
        with self._lock:
            rows = self._rows(
                "SELECT path, sha256 FROM files WHERE brief_id = ? AND path <> ?", (brief_id, path)
            )
        return [(r[0], r[1]) for r in rows]

    def files_under(self, folder: str) -> dict[str, tuple[int, int, str, str | None, str]]:
        """Known files below a folder: path → (size, mtime_ns, sha256, brief_id, problem)."""
        low, high = folder.rstrip("/") + "/", folder.rstrip("/") + "0"
        with self._lock:
            rows = self._rows(
                "SELECT path, size, mtime_ns, sha256, brief_id, problem FROM files"
                " WHERE path >= ? AND path < ?",
                (low, high),
            )
        return {r[0]: (int(r[1]), int(r[2]), r[3], r[4], r[5]) for r in rows}

    def file_row(self, path: str) -> tuple[int, int, str, str | None, str] | None:
        with self._lock:
            rows = self._rows(
                "SELECT size, mtime_ns, sha256, brief_id, problem FROM files WHERE path = ?",
                (path,),
            )
        return (
            (int(rows[0][0]), int(rows[0][1]), rows[0][2], rows[0][3], rows[0][4]) if rows else None
        )

    def problems(self) -> list[tuple[str, str]]:
        """Files the index could not read, with the one-line reason."""
        with self._lock:
            rows = self._rows("SELECT path, problem FROM files WHERE problem <> '' ORDER BY path")
        return [(r[0], r[1]) for r in rows]

    def count(self) -> int:
        with self._lock:
            return int(self._rows("SELECT count(*) FROM briefs")[0][0])

    def change_stamp(self) -> tuple[object, ...]:
        """What changes whenever an index run, a save or a merge writes (a server library's
        :mod:`briefdesk.library.stamp`); one small query."""
        with self._lock:
            row = self._rows(
                "SELECT (SELECT count(*) FROM files), (SELECT max(mtime_ns) FROM files),"
                " (SELECT count(*) FROM briefs), (SELECT max(sha256) FROM briefs),"
                " (SELECT count(*) FROM merges), (SELECT count(*) FROM splits)"
            )[0]
        return tuple(str(v) for v in row)

    def all_brief_ids(self) -> Iterator[str]:
        with self._lock:
            rows = self._rows("SELECT brief_id FROM briefs ORDER BY brief_id")
        return (r[0] for r in rows)

    def close(self) -> None:
        raise NotImplementedError
