"""Pick the back end: a PostgreSQL connection string when one is set, else the SQLite file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from briefdesk.library.api import Library

if TYPE_CHECKING:
    from briefdesk.settings import Settings

DSN_ENV = "BRIEFDESK_LIBRARY_DSN"
CEILING_ENV = "BRIEFDESK_LIBRARY_CEILING"


def open_library(dsn: str = "", ceiling: str = "", sqlite_path: Path | None = None) -> Library:
    """``BRIEFDESK_LIBRARY_DSN`` wins over ``dsn`` (from Settings); neither means SQLite.

    ``BRIEFDESK_LIBRARY_CEILING`` likewise wins over ``ceiling``; a team database with neither
    uses ``markings.DEFAULT_TEAM_CEILING`` (TLP:AMBER)."""
    where = "the team database in Settings"
    if os.environ.get(DSN_ENV, "").strip():
        where = DSN_ENV
    dsn = os.environ.get(DSN_ENV, "").strip() or dsn.strip()
    ceiling = os.environ.get(CEILING_ENV, "").strip() or ceiling
    if dsn:
        from briefdesk.library.postgres import PostgresLibrary

        return PostgresLibrary(dsn, ceiling=ceiling, where=where)
    from briefdesk.library.sqlite import SqliteLibrary

    return SqliteLibrary(sqlite_path)


def open_from_settings(settings: Settings) -> Library:
    """The library the user chose in Settings (the environment variable still wins)."""
    return open_library(settings.library_dsn, settings.library_ceiling)


def library_folders(settings: Settings) -> list[Path]:
    return [Path(f).expanduser() for f in settings.library_folders if f.strip()]
