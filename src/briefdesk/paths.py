"""Every user folder BriefDesk touches, from platformdirs; ``BRIEFDESK_HOME`` relocates them all.

Tests and portable installs set ``BRIEFDESK_HOME`` so nothing lands in the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from platformdirs import PlatformDirs

APP_NAME = "BriefDesk"
HOME_ENV = "BRIEFDESK_HOME"


def _dirs() -> PlatformDirs:
    # Imported here: the window's first frame reads settings before anything else needs it.
    from platformdirs import PlatformDirs

    return PlatformDirs(appname=APP_NAME, appauthor=False)


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _where() -> dict[str, Path]:
    """Every folder by name, computed without creating any (``BRIEFDESK_HOME`` first)."""
    home = _home()
    if home:
        config, data, state = home / "config", home / "data", home / "state"
        cache, log = home / "cache", home / "log"
    else:
        dirs = _dirs()
        config, data, state = dirs.user_config_path, dirs.user_data_path, dirs.user_state_path
        cache, log = dirs.user_cache_path, dirs.user_log_path
    return {
        "config": config,
        "data": data,
        "templates": data / "templates",
        "state": state,
        "recovery": state / "recovery",
        "cache": cache,
        "log": log,
    }


def config_dir() -> Path:
    """Settings (``settings.json``)."""
    return _ensure(_where()["config"])


def data_dir() -> Path:
    """User-owned data: templates they add."""
    return _ensure(_where()["data"])


def templates_dir() -> Path:
    """Where users keep their own Word templates."""
    return _ensure(_where()["templates"])


def state_dir() -> Path:
    """Window state, recent files, recovery snapshots."""
    return _ensure(_where()["state"])


def recovery_dir() -> Path:
    """Autosave snapshots that survive a crash until restored or discarded."""
    return _ensure(_where()["recovery"])


def documents_dir() -> Path:
    """Where a first export or a new brief's Save dialog opens: the user's Documents folder
    (platformdirs: XDG_DOCUMENTS_DIR, ~/Documents, the Windows/macOS one) when it exists, else the
    home folder; under ``BRIEFDESK_HOME`` (tests) a folder inside it, never the real one."""
    home = _home()
    if home:
        return _ensure(home / "documents")
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return documents if documents.is_dir() else Path.home()


def cache_dir() -> Path:
    return _ensure(_where()["cache"])


def log_dir() -> Path:
    return _ensure(_where()["log"])


def all_dirs() -> dict[str, Path]:
    """Every folder by name, for ``briefdesk paths`` and diagnostics. Read-only: a folder not
    made yet is named, not created (newcomer22 N22-21: printing the folders made them)."""
    return _where()
