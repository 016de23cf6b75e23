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


def config_dir() -> Path:
    """Settings (``settings.json``)."""
    home = _home()
    return _ensure(home / "config" if home else _dirs().user_config_path)


def data_dir() -> Path:
    """User-owned data: templates they add."""
    home = _home()
    return _ensure(home / "data" if home else _dirs().user_data_path)


def templates_dir() -> Path:
    """Where users keep their own Word templates."""
    return _ensure(data_dir() / "templates")


def state_dir() -> Path:
    """Window state, recent files, recovery snapshots."""
    home = _home()
    return _ensure(home / "state" if home else _dirs().user_state_path)


def recovery_dir() -> Path:
    """Autosave snapshots that survive a crash until restored or discarded."""
    return _ensure(state_dir() / "recovery")


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
    home = _home()
    return _ensure(home / "cache" if home else _dirs().user_cache_path)


def log_dir() -> Path:
    home = _home()
    return _ensure(home / "log" if home else _dirs().user_log_path)


def all_dirs() -> dict[str, Path]:
    """Every folder by name, for ``briefdesk paths`` and diagnostics."""
    return {
        "config": config_dir(),
        "data": data_dir(),
        "templates": templates_dir(),
        "state": state_dir(),
        "recovery": recovery_dir(),
        "cache": cache_dir(),
        "log": log_dir(),
    }
