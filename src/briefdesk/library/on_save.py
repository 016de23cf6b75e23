"""The one hook every save goes through (window and command line): update the brief's entry.

Only a brief inside a library folder chosen in Settings has an entry. The save has already
succeeded when this runs, so a library that is away, locked or refuses the brief never turns it
into an error: the hook answers a one-line warning instead ("" when all went well). The window
runs it on its task runner; the command line runs it after writing the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefdesk.settings import Settings


def in_library_folder(path: Path, folders: Sequence[str]) -> bool:
    target = path.expanduser().resolve()
    for folder in folders:
        if folder.strip() and target.is_relative_to(Path(folder).expanduser().resolve()):
            return True
    return False


def update_entry(path: Path, folders: Sequence[str], dsn: str = "", ceiling: str = "") -> str:
    """After ``path`` was saved: index it when it sits in one of ``folders``.

    Returns "" or why the library was not updated (one line); never raises."""
    try:
        if not in_library_folder(path, folders):
            return ""
        from briefdesk.library.open import open_library

        lib = open_library(dsn, ceiling)
        try:
            report = lib.index_file(path.expanduser().resolve())
        finally:
            lib.close()
        if report.problems:
            return report.problems[0][1]
        return ""
    except Exception as exc:  # the save succeeded: say why the entry lags, in one line
        lines = str(exc).strip().splitlines()
        return lines[0] if lines else type(exc).__name__


def update_entry_from_settings(path: Path, settings: Settings | None = None) -> str:
    """:func:`update_entry` with the folders and library chosen in Settings (the CLI's way)."""
    try:
        if settings is None:
            from briefdesk.settings import load_settings

            settings = load_settings()
        folders = list(settings.library_folders)
        dsn, ceiling = settings.library_dsn, settings.library_ceiling
    except Exception as exc:  # unreadable settings must not fail a save either
        lines = str(exc).strip().splitlines()
        return lines[0] if lines else type(exc).__name__
    return update_entry(path, folders, dsn, ceiling)
