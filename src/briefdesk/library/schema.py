"""Tables both back ends share, written in the SQL common to SQLite and PostgreSQL.

Every row belongs to one brief (``brief_id``) so replacing a brief is delete-then-insert inside
one transaction; ``files`` remembers what each file looked like so a rescan can skip it.
"""

from __future__ import annotations

COMMON_TABLES: tuple[str, ...] = (
    """CREATE TABLE files (
        path TEXT PRIMARY KEY, size BIGINT NOT NULL, mtime_ns BIGINT NOT NULL,
        sha256 TEXT NOT NULL, brief_id TEXT, problem TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX files_brief ON files (brief_id)",
    """CREATE TABLE briefs (
        brief_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, path TEXT NOT NULL,
        title TEXT NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,
        marking TEXT NOT NULL, marking_rank INTEGER NOT NULL)""",
    "CREATE INDEX briefs_date ON briefs (date)",
    """CREATE TABLE actors (
        brief_id TEXT NOT NULL, actor_id TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL,
        aliases TEXT NOT NULL, type TEXT NOT NULL, role TEXT NOT NULL,
        affiliation TEXT NOT NULL, country TEXT NOT NULL)""",
    "CREATE INDEX actors_brief ON actors (brief_id)",
    "CREATE INDEX actors_norm ON actors (norm)",
    "CREATE TABLE actor_names (brief_id TEXT NOT NULL, actor_id TEXT NOT NULL, norm TEXT NOT NULL)",
    "CREATE INDEX actor_names_brief ON actor_names (brief_id)",
    "CREATE INDEX actor_names_norm ON actor_names (norm)",
    """CREATE TABLE deals (
        brief_id TEXT NOT NULL, deal_id TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,
        status TEXT NOT NULL, items TEXT NOT NULL, value TEXT NOT NULL)""",
    "CREATE INDEX deals_brief ON deals (brief_id)",
    """CREATE TABLE parties (
        brief_id TEXT NOT NULL, deal_id TEXT NOT NULL, actor_norm TEXT NOT NULL,
        role TEXT NOT NULL)""",
    "CREATE INDEX parties_brief ON parties (brief_id)",
    "CREATE INDEX parties_norm ON parties (actor_norm)",
    "CREATE TABLE items (brief_id TEXT NOT NULL, deal_id TEXT NOT NULL, norm TEXT NOT NULL)",
    "CREATE INDEX items_brief ON items (brief_id)",
    "CREATE INDEX items_norm ON items (norm)",
    """CREATE TABLE places (
        brief_id TEXT NOT NULL, name TEXT NOT NULL, norm TEXT NOT NULL, country TEXT NOT NULL)""",
    "CREATE INDEX places_brief ON places (brief_id)",
    "CREATE INDEX places_norm ON places (norm)",
    """CREATE TABLE judgments (
        brief_id TEXT NOT NULL, judgment_id TEXT NOT NULL, statement TEXT NOT NULL,
        likelihood TEXT NOT NULL, confidence TEXT NOT NULL, rationale TEXT NOT NULL)""",
    "CREATE INDEX judgments_brief ON judgments (brief_id)",
    """CREATE TABLE subjects (
        brief_id TEXT NOT NULL, judgment_id TEXT NOT NULL, subject TEXT NOT NULL)""",
    "CREATE INDEX subjects_brief ON subjects (brief_id)",
    "CREATE INDEX subjects_subject ON subjects (subject)",
    """CREATE TABLE outlets (
        brief_id TEXT NOT NULL, outlet TEXT NOT NULL, norm TEXT NOT NULL, grade TEXT NOT NULL,
        published TEXT NOT NULL)""",
    "CREATE INDEX outlets_brief ON outlets (brief_id)",
    "CREATE INDEX outlets_norm ON outlets (norm)",
    "CREATE TABLE merges (key TEXT PRIMARY KEY, into_key TEXT NOT NULL)",
)

# Version 2: names the user keeps apart although the dossier would join them.
# The (brief, name) index lets a dossier's deals find the party's actor row directly.
SPLITS: tuple[str, ...] = (
    "CREATE TABLE splits (key TEXT NOT NULL, other TEXT NOT NULL, PRIMARY KEY (key, other))",
    "CREATE INDEX actors_brief_norm ON actors (brief_id, norm)",
)

# Version 4: each key judgment's wording as a key (digest.statement_key), so a brief that makes
# the same judgment as another is related to it even when they share no actor, item or place.
# Judgments indexed before are keyed by ``SqlBase._key_old_judgments`` after the migrations.
STATEMENT_KEYS: tuple[str, ...] = (
    "CREATE TABLE statement_keys (brief_id TEXT NOT NULL, judgment_id TEXT NOT NULL,"
    " key TEXT NOT NULL)",
    "CREATE INDEX statement_keys_brief ON statement_keys (brief_id)",
    "CREATE INDEX statement_keys_key ON statement_keys (key)",
)

# SQLite version 5, PostgreSQL version 6: a deal's value is stored in the one money format the
# brief shows ("PHP 12.5 billion", newcomer25 N25-19), not the source's words; every file is read
# again at the next index (no size or hash matches), so old rows get it too.
READ_AGAIN: tuple[str, ...] = (
    "UPDATE files SET size = -1, sha256 = ''",
    "UPDATE briefs SET sha256 = ''",
)

# Child tables of a brief, emptied before its rows are written again.
CHILD_TABLES: tuple[str, ...] = (
    "actors",
    "actor_names",
    "deals",
    "parties",
    "items",
    "places",
    "judgments",
    "subjects",
    "statement_keys",
    "outlets",
    "texts",
)
