"""The embedded back end: one SQLite file in the user data folder, FTS5 for full text.

WAL mode lets readers go on while one process writes; ``BEGIN IMMEDIATE`` takes the write lock up
front, so two processes indexing the same file queue up (``busy_timeout``) instead of one failing
half-way. The standard library's ``sqlite3`` is all it needs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from briefdesk.library.api import HL_END, HL_START, LibraryError, SearchFilters, SearchHit
from briefdesk.library.queries import Queries, filter_sql
from briefdesk.library.schema import COMMON_TABLES, READ_AGAIN, SPLITS, STATEMENT_KEYS
from briefdesk.library.search_text import (
    best_per_brief,
    first_per_brief,
    fold,
    folded_snippet,
    fts5_excluded,
    fts5_query,
)
from briefdesk.library.sqlbase import Row
from briefdesk.library.title_hits import title_rows

SCHEMA_VERSION = 5
_TEXTS = (
    "CREATE TABLE texts (rowid INTEGER PRIMARY KEY, brief_id TEXT NOT NULL,"
    " field TEXT NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX texts_brief ON texts (brief_id)",
    "CREATE VIRTUAL TABLE texts_fts USING fts5(body, content='texts', content_rowid='rowid',"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN"
    " INSERT INTO texts_fts (rowid, body) VALUES (new.rowid, new.body); END",
    "CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN"
    " INSERT INTO texts_fts (texts_fts, rowid, body) VALUES ('delete', old.rowid, old.body); END",
)
# Version 3: each text also folded (search_text.fold: "Jære" → "Jaere"), indexed as a second
# FTS column; existing rows are folded here and the full-text index rebuilt.
_FOLDED = (
    "ALTER TABLE texts ADD COLUMN folded TEXT NOT NULL DEFAULT ''",
    "UPDATE texts SET folded = briefdesk_fold(body)",
    "DROP TRIGGER texts_ai",
    "DROP TRIGGER texts_ad",
    "DROP TABLE texts_fts",
    "CREATE VIRTUAL TABLE texts_fts USING fts5(body, folded, content='texts',"
    " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER texts_ai AFTER INSERT ON texts BEGIN INSERT INTO texts_fts"
    " (rowid, body, folded) VALUES (new.rowid, new.body, new.folded); END",
    "CREATE TRIGGER texts_ad AFTER DELETE ON texts BEGIN INSERT INTO texts_fts"
    " (texts_fts, rowid, body, folded) VALUES ('delete', old.rowid, old.body, old.folded); END",
    "INSERT INTO texts_fts (texts_fts) VALUES ('rebuild')",
)
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: COMMON_TABLES + _TEXTS,
    2: SPLITS,
    3: _FOLDED,
    4: STATEMENT_KEYS,
    5: READ_AGAIN,
}


def default_path() -> Path:
    from briefdesk import paths

    return paths.data_dir() / "library.sqlite3"


def _keep_private(path: Path) -> None:
    """The index holds the full text of every brief, SECRET ones too: 0600 in a 0700 folder
    (newcomer8 F25); files an older version made 0644 are tightened here."""
    from briefdesk.private import create_private, make_private

    if path == default_path():
        make_private(path.parent)  # BriefDesk's own data folder, never a folder the user named
    create_private(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        make_private(path.with_name(path.name + suffix))


class SqliteLibrary(Queries):
    name = "sqlite"

    def __init__(self, path: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path) if path else default_path()
        _keep_private(self.path)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=30, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA busy_timeout=30000")
            self._db.create_function("briefdesk_fold", 1, fold, deterministic=True)
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"{self.path}: cannot open the library: {exc}") from None

    def _migrate(self) -> None:
        with self._tx():
            before = self._apply_migrations(
                MIGRATIONS,
                SCHEMA_VERSION,
                lambda version: (
                    f"{self.path}: made by a newer BriefDesk (library version {version})"
                ),
            )
            if 0 < before < 4:
                self._key_old_judgments()

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._db.execute(sql, params)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._db.execute(sql, params).fetchall()

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    def _phrase_match(self, phrase: str) -> tuple[str, list[Any]]:
        return (
            "t.rowid IN (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?)",
            [fts5_query(phrase)],
        )

    def search(
        self, text: str, filters: SearchFilters | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Best field per brief, ranked by BM25 (title matches first), with the matching words
        highlighted."""
        query = fts5_query(text)
        if not query:
            return []
        where, params = filter_sql(filters)
        if excluded := fts5_excluded(text):
            where += (
                " AND t.brief_id NOT IN (SELECT x.brief_id FROM texts x WHERE x.rowid IN"
                " (SELECT rowid FROM texts_fts WHERE texts_fts MATCH ?))"
            )
            params.append(excluded)
        # Rank first, then snippets for the few rows kept: snippet() on every match is the
        # slow part when a common word matches thousands of fields.
        if where:
            sql = (
                "SELECT t.rowid, t.brief_id, b.path, b.title, b.date, t.field, texts_fts.rank"
                " FROM texts_fts JOIN texts t ON t.rowid = texts_fts.rowid"
                " JOIN briefs b ON b.brief_id = t.brief_id"
                f" WHERE texts_fts MATCH ?{where} ORDER BY texts_fts.rank LIMIT ?"
            )
        else:  # no filter: let FTS5 rank and cut alone, join only the rows kept
            sql = (
                "SELECT t.rowid, t.brief_id, b.path, b.title, b.date, t.field, f.rank FROM"
                " (SELECT rowid, rank FROM texts_fts WHERE texts_fts MATCH ? ORDER BY rank"
                " LIMIT ?) f JOIN texts t ON t.rowid = f.rowid"
                " JOIN briefs b ON b.brief_id = t.brief_id ORDER BY f.rank"
            )
        with self._lock:
            try:
                titles = title_rows(self._rows, text, where, params, limit, "rowid")
                ranked = self._rows(sql, [query, *params, limit * 5])
                kept = first_per_brief(titles + ranked, limit)
                snippets = self._snippets(query, [r[0] for r in kept], text)
            except sqlite3.OperationalError as exc:
                raise LibraryError(f"cannot search for {text!r}: {exc}") from None
        rows = [(*r[1:6], snippets.get(r[0], ""), r[6]) for r in kept]
        return best_per_brief(rows, limit, lambda r: -float(r[6]))

    def _refresh_statistics(self) -> None:
        self._run("PRAGMA optimize")

    def _snippets(self, query: str, rowids: list[int], text: str) -> dict[int, str]:
        if not rowids:
            return {}
        rows = self._rows(
            "SELECT rowid, snippet(texts_fts, 0, ?, ?, '…', 16), body FROM texts_fts"
            f" WHERE texts_fts MATCH ? AND rowid IN ({', '.join('?' for _ in rowids)})",
            [HL_START, HL_END, query, *rowids],
        )
        # A hit through the folded column (ł, æ, ø: letters FTS5 does not unaccent) leaves the
        # body's snippet unmarked; mark it by folded forms, as the PostgreSQL back end does.
        return {
            int(r[0]): str(r[1])
            if HL_START in str(r[1])
            else folded_snippet(str(r[2]), text) or str(r[1])
            for r in rows
        }

    def close(self) -> None:
        with self._lock:
            self._db.close()
