"""The team back end: PostgreSQL through psycopg 3, with full-text search and trigram names.

Several desks may index the same briefs at once: every brief is one transaction keyed by brief id
and content hash (``INSERT … ON CONFLICT``), so a second writer waits on the row lock and then
finds nothing to do. A server that goes away mid-index rolls back the brief it was writing. Briefs
marked above the database's ceiling are never sent (``markings.above_ceiling``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from briefdesk.library.api import HL_END, HL_START, LibraryError, SearchFilters, SearchHit
from briefdesk.library.digest import Digest, norm
from briefdesk.library.markings import ceiling_rank, team_ceiling
from briefdesk.library.queries import Queries, filter_sql
from briefdesk.library.schema import (
    CHILD_TABLES,
    COMMON_TABLES,
    READ_AGAIN,
    SPLITS,
    STATEMENT_KEYS,
)
from briefdesk.library.search_text import (
    best_per_brief,
    first_per_brief,
    fold,
    folded_snippet,
    framed,
    tsquery_excluded_sql,
    tsquery_sql,
)
from briefdesk.library.sqlbase import Row
from briefdesk.library.title_hits import title_rows

SCHEMA_VERSION = 6
# Migrations run under this advisory lock so two desks starting at once do not race.
_MIGRATION_LOCK = 7315_0015
MIGRATIONS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        *COMMON_TABLES,
        "CREATE TABLE texts (id BIGSERIAL PRIMARY KEY, brief_id TEXT NOT NULL,"
        " field TEXT NOT NULL, body TEXT NOT NULL,"
        " tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED)",
        "CREATE INDEX texts_brief ON texts (brief_id)",
        "CREATE INDEX texts_tsv ON texts USING gin (tsv)",
        "CREATE INDEX actor_names_trgm ON actor_names USING gin (norm gin_trgm_ops)",
    ),
    2: SPLITS,
    # Each text also folded (search_text.fold: "Jære" → "Jaere") and searched with the body;
    # rows written before are folded by ``_fold_old_rows`` (Python, after the migrations).
    3: (
        "ALTER TABLE texts ADD COLUMN folded TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE texts DROP COLUMN tsv",
        "ALTER TABLE texts ADD COLUMN tsv tsvector GENERATED ALWAYS AS"
        " (to_tsvector('simple', body || ' ' || folded)) STORED",
        "CREATE INDEX texts_tsv ON texts USING gin (tsv)",
    ),
    4: STATEMENT_KEYS,
    # Which database login indexed each file (newcomer13 N13-26): a second desk's hit names
    # the desk whose folder the path is in. Rows written before say nothing ('').
    5: (
        "ALTER TABLE files ADD COLUMN desk TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE files ALTER COLUMN desk SET DEFAULT current_user",
    ),
    6: READ_AGAIN,
}
_HEADLINE = f"StartSel={HL_START}, StopSel={HL_END}, MaxWords=24, MinWords=10, MaxFragments=1"


def _snippet(head: str, body: str, text: str) -> str:
    """ts_headline's snippet, or one marked by folded forms when it marked nothing (a hit found
    through the folded copy: "Klaipeda" for "Klaipėda")."""
    if HL_START in head:
        return framed(head, body)
    return folded_snippet(body, text) or framed(head, body)


def _refused(exc: Exception, user: str = "") -> str:
    """A database user without the rights BriefDesk needs, in one line that says which user
    and which rights (a second desk's own login was refused tables the first one made)."""
    who = f"its database user, {user}," if user else "its database user"
    return (
        f"the team library refused: {_one_line(exc)} ({who} must be able to create"
        " BriefDesk's tables and the pg_trgm extension on first use, then read and write them;"
        " for one login per desk see 'A team of desks' in docs/library.md)"
    )


def _pg(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresLibrary(Queries):
    name = "postgresql"
    _desk_on_update = ", desk = current_user"

    def __init__(
        self, dsn: str, ceiling: str = "", where: str = "the team database connection string"
    ) -> None:
        super().__init__()
        from briefdesk.library.dsn_password import holds_password_problem

        if problem := holds_password_problem(dsn, where):
            raise LibraryError(problem)
        ceiling = team_ceiling(ceiling)
        try:
            ceiling_rank(ceiling)
        except ValueError as exc:
            raise LibraryError(str(exc)) from None
        self.ceiling = ceiling
        self._dsn = dsn
        self._conn: psycopg.Connection[Any] | None = None
        self._connect()
        self._migrate()

    def _connect(self) -> psycopg.Connection[Any]:
        if self._conn is None or self._conn.closed:
            try:
                self._conn = psycopg.connect(self._dsn, autocommit=True, connect_timeout=5)
            except psycopg.Error as exc:
                raise LibraryError(f"cannot reach the team library: {_one_line(exc)}") from None
        return self._conn

    def _user(self) -> str:
        """The database user this library connected as ("" when not known)."""
        try:
            return str(self._conn.info.user) if self._conn is not None else ""
        except psycopg.Error:
            return ""

    def _migrate(self) -> None:
        with self._tx():
            self._run("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            before = self._apply_migrations(
                MIGRATIONS,
                SCHEMA_VERSION,
                lambda version: (
                    f"the team library was made by a newer BriefDesk (version {version})"
                ),
            )
            if 0 < before < 3:
                self._fold_old_rows()
            if 0 < before < 4:
                self._key_old_judgments()

    def _fold_old_rows(self) -> None:
        """Texts indexed before version 3 get their folded copy, so "Jaere" finds them too
        (the fold is Python's: PostgreSQL has no anyascii). Once, in the migration to 3."""
        rows = self._rows("SELECT id, body FROM texts WHERE folded = '' AND body <> ''")
        self._many(
            "UPDATE texts SET folded = ? WHERE id = ?",
            [(fold(body), row_id) for row_id, body in rows if fold(body)],
        )

    @contextmanager
    def _tx(self) -> Iterator[None]:
        with self._lock:
            conn = self._connect()
            try:
                with conn.transaction():
                    yield
            except psycopg.OperationalError as exc:
                raise LibraryError(
                    f"the team library stopped answering: {_one_line(exc)}"
                ) from None

    def _cursor_do(self, sql: str, params: Sequence[Any], fetch: bool) -> list[Row]:
        try:
            cur = self._connect().execute(_pg(sql), params)
            return list(cur.fetchall()) if fetch else []
        except psycopg.errors.InsufficientPrivilege as exc:
            raise LibraryError(_refused(exc, self._user())) from None
        except psycopg.OperationalError as exc:
            raise LibraryError(f"the team library stopped answering: {_one_line(exc)}") from None

    def _run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor_do(sql, params, fetch=False)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._cursor_do(sql, params, fetch=True)

    def _many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = list(rows)
        if not batch:
            return
        try:
            with self._connect().cursor() as cur:
                cur.executemany(_pg(sql), batch)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise LibraryError(_refused(exc, self._user())) from None
        except psycopg.OperationalError as exc:
            raise LibraryError(f"the team library stopped answering: {_one_line(exc)}") from None

    def _refresh_statistics(self) -> None:
        self._run("ANALYZE")

    def _phrase_match(self, phrase: str) -> tuple[str, list[Any]]:
        expr, params = tsquery_sql(phrase)
        return f"t.tsv @@ {expr}", list(params)

    def _write_children(self, d: Digest) -> None:
        # Pipelined: the nine inserts go to the server without waiting for each other.
        with self._connect().pipeline():
            super()._write_children(d)

    def _clear_children(self, brief_id: str) -> None:
        # One round trip: a data-modifying CTE per child table.
        ctes = ", ".join(
            f"c{i} AS (DELETE FROM {t} WHERE brief_id = ?)" for i, t in enumerate(CHILD_TABLES)
        )
        self._run(f"WITH {ctes} SELECT 1", [brief_id] * len(CHILD_TABLES))

    def search(
        self, text: str, filters: SearchFilters | None = None, limit: int = 20
    ) -> list[SearchHit]:
        """Ranked by ``ts_rank`` (title matches first); headlines only for the rows that make
        the cut."""
        query, terms = tsquery_sql(text)
        if not query:
            return []
        where, params = filter_sql(filters)
        excluded, excluded_terms = tsquery_excluded_sql(text)
        if excluded:  # a brief holding an excluded word anywhere is left out
            where += (
                f" AND t.brief_id NOT IN (SELECT x.brief_id FROM texts x WHERE x.tsv @@ {excluded})"
            )
            params.extend(excluded_terms)
        # Rank narrow rows (id and rank only) so the top-N sort stays in memory; headlines,
        # which parse the whole text, only for the best row of each brief kept.
        join = " JOIN briefs b ON b.brief_id = t.brief_id" if where else ""
        ranked_sql = (
            "SELECT r.id, t.brief_id, b.path, b.title, b.date, t.field, r.rank FROM ("
            f" SELECT t.id, ts_rank(t.tsv, {query}) AS rank FROM texts t"
            f"{join} WHERE t.tsv @@ {query}{where}"
            " ORDER BY rank DESC, t.id LIMIT ?) r JOIN texts t ON t.id = r.id"
            " JOIN briefs b ON b.brief_id = t.brief_id ORDER BY r.rank DESC, r.id"
        )
        with self._lock:
            titles = title_rows(self._rows, text, where, list(params), limit, "id")
            ranked = self._rows(ranked_sql, [*terms, *terms, *params, limit * 5])
            kept = first_per_brief(titles + ranked, limit)
            heads: dict[int, str] = {}
            if kept:
                ids = [r[0] for r in kept]
                heads = {
                    int(r[0]): _snippet(str(r[1]), str(r[2]), text)
                    for r in self._rows(
                        f"SELECT id, ts_headline('simple', body, {query}, ?), body"
                        f" FROM texts WHERE id IN ({', '.join('?' for _ in ids)})",
                        [*terms, _HEADLINE, *ids],
                    )
                }
        rows = [(*r[1:6], heads.get(int(r[0]), ""), r[6]) for r in kept]
        return best_per_brief(rows, limit, lambda r: float(r[6]))

    def find_actors(self, text: str, limit: int = 10) -> list[tuple[str, str, int]]:
        """Names containing the words, then names that look alike (trigram similarity)."""
        key = norm(text)
        if not key:
            return []
        with self._lock:
            rows = self._rows(
                "SELECT a.norm, min(a.name), count(DISTINCT a.brief_id),"
                " max(similarity(n.norm, ?)) AS sim FROM actor_names n"
                " JOIN actors a ON a.brief_id = n.brief_id AND a.actor_id = n.actor_id"
                " WHERE n.norm LIKE ? OR n.norm % ? GROUP BY a.norm"
                " ORDER BY (a.norm = ?) DESC, sim DESC, count(DISTINCT a.brief_id) DESC, a.norm"
                " LIMIT ?",
                (key, f"%{key}%", key, key, limit),
            )
        return [(r[0], r[1], int(r[2])) for r in rows]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
