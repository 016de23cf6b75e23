"""Pick the back end: a PostgreSQL connection string when one is set, else the SQLite file."""

from __future__ import annotations

import os
from pathlib import Path

from briefdesk.library.api import Library

DSN_ENV = "BRIEFDESK_LIBRARY_DSN"


def open_library(dsn: str = "", ceiling: str = "", sqlite_path: Path | None = None) -> Library:
    """``BRIEFDESK_LIBRARY_DSN`` wins over ``dsn`` (from Settings); neither means SQLite."""
    dsn = os.environ.get(DSN_ENV, "").strip() or dsn.strip()
    if dsn:
        from briefdesk.library.postgres import PostgresLibrary

        return PostgresLibrary(dsn, ceiling=ceiling)
    from briefdesk.library.sqlite import SqliteLibrary

    return SqliteLibrary(sqlite_path)
