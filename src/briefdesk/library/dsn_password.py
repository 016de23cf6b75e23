"""No password in a team-database connection string: libpq reads it from ~/.pgpass itself.

Why (newcomer8 F25): a password typed into Settings → Team database was kept in clear in
settings.json. BriefDesk refuses to keep one rather than hide it: PostgreSQL's own client library
reads ``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or the file ``PGPASSFILE``
names) and ignores it unless it is private, as psql, pg_dump and most desktop database tools
expect; an OS keyring would be one more dependency that is missing on many Linux desks and in
every headless run. The same refusal holds for ``BRIEFDESK_LIBRARY_DSN``: a password there ends up
in shell histories and scripts; ``PGPASSWORD`` or the pgpass file serve scripts too.
"""

from __future__ import annotations

WHERE_IT_GOES = (
    "put the password in ~/.pgpass (or the file PGPASSFILE names), which PostgreSQL reads "
    "itself; see docs/library.md"
)


def password_problem(dsn: str, where: str = "the team database connection string") -> str:
    """One line saying why ``dsn`` cannot be used or kept ("" when it can).

    Both forms are read by libpq's own parser (``host=… password=…`` and
    ``postgresql://user:secret@host/db`` or ``?password=…``)."""
    from psycopg import ProgrammingError

    dsn = dsn.strip()
    if not dsn:
        return ""
    try:
        return _refusal(where) if _has_password(dsn) else ""
    except ProgrammingError as exc:
        reason = " ".join(str(exc).split())
        return f"{where} cannot be read ({reason}); e.g. host=db.example dbname=briefdesk user=desk"


def holds_password_problem(dsn: str, where: str) -> str:
    """The refusal for a readable ``dsn`` with a password ("" otherwise): at connection time an
    unreadable string is left to libpq, which says what is wrong with it."""
    from psycopg import ProgrammingError

    try:
        return _refusal(where) if _has_password(dsn) else ""
    except ProgrammingError:
        return ""


def _has_password(dsn: str) -> bool:
    """Whether libpq's parser finds a password in ``dsn``; ProgrammingError when unreadable."""
    from psycopg.conninfo import conninfo_to_dict

    return bool(conninfo_to_dict(dsn).get("password"))


def _refusal(where: str) -> str:
    return f"{where} holds a password, which BriefDesk does not keep: remove it and {WHERE_IT_GOES}"
