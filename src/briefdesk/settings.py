"""User settings as one JSON file in ``paths.config_dir()``; no Qt, so tests and CLI can use it.

A broken or foreign settings file never stops the app: unreadable values fall back to defaults.
Writes are atomic so a crash mid-save leaves the previous settings intact.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from briefdesk import paths

SETTINGS_FILE = "settings.json"
MAX_RECENT = 10
# A settings file far beyond this is not ours; refuse to parse it rather than eat memory.
MAX_SETTINGS_BYTES = 2 * 1024 * 1024
MAX_NEVER_SUGGEST = 1000


@dataclass
class AuthorDefaults:
    """Who a new brief is from, pre-filled into ``header.from``."""

    name: str = ""
    title: str = ""
    unit: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Settings:
    author: AuthorDefaults = field(default_factory=AuthorDefaults)
    marking_scheme: str = "none"
    marking_level: str = ""
    marking_caveats: str = ""
    templates_folder: str = ""
    last_template: str = ""
    last_export_format: str = "docx"
    open_after_export: bool = True
    # Language of exported documents (spelling and hyphenation in Word), a BCP 47 tag.
    document_language: str = "en-GB"
    spelling_language: str = "en-GB"  # or "en-US"
    spelling_team_dictionary: str = ""  # a shared word list, one word a line
    recent_files: list[str] = field(default_factory=list)
    # The library: folders of .brief files it indexes, an optional PostgreSQL connection string
    # for a team database, and the highest marking that database may receive (blank: the
    # default, TLP:AMBER; "ANY": every marking — library.markings).
    library_folders: list[str] = field(default_factory=list)
    library_dsn: str = ""
    library_ceiling: str = ""
    # Never suggest these: "NAME-OR-PATTERN" or "PATTERN:KIND" (briefdesk.editing.memory).
    never_suggest: list[str] = field(default_factory=list)
    # The first-run page was shown (filled in or skipped): it never comes back (newcomer18 N18-13).
    first_run_done: bool = False
    # Opaque Qt blobs (geometry, dock/splitter state) stored base64 so the file stays text.
    window_state: dict[str, str] = field(default_factory=dict)

    def user_templates_dir(self) -> Path:
        """The folder the user chose, or the default under the user data directory."""
        return (
            Path(self.templates_folder).expanduser()
            if self.templates_folder
            else paths.templates_dir()
        )

    def add_recent(self, path: Path | str) -> None:
        """Most recent first, no duplicates, at most ``MAX_RECENT``."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]

    def remove_recent(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]

    def set_blob(self, key: str, data: bytes) -> None:
        self.window_state[key] = base64.b64encode(data).decode("ascii")

    def blob(self, key: str) -> bytes | None:
        value = self.window_state.get(key)
        if not value:
            return None
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            return None


def wants_first_run(settings: Settings) -> bool:
    """Whether the window's first start should ask for the marking and the author: never once
    asked (filled in or skipped), and nothing of them set already (a user who set them in
    Settings or the Export dialog before round 19 is not asked again)."""
    if settings.first_run_done:
        return False
    return not settings.author.name.strip() and settings.marking_scheme in ("", "none")


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> Settings:
    """Settings from disk; missing file, bad JSON or wrong types give defaults for those values."""
    target = path or settings_path()
    from briefdesk.boundedread import FileRefused, read_regular

    _keep_private(target)
    try:
        # Stat'ed before it is read: a FIFO or device in its place must not hang the start.
        raw = json.loads(read_regular(target, MAX_SETTINGS_BYTES).decode("utf-8"))
    except (FileRefused, OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    return _from_dict(raw)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    target = path or settings_path()
    data = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
    _atomic_write(target, data.encode("utf-8"))


def _from_dict(raw: dict[str, Any]) -> Settings:
    result = Settings()
    author = raw.get("author")
    if isinstance(author, dict):
        for f in fields(AuthorDefaults):
            value = author.get(f.name)
            if isinstance(value, str):
                setattr(result.author, f.name, value)
    for f in fields(Settings):
        if f.name == "author" or f.name not in raw:
            continue
        value = raw[f.name]
        default = getattr(result, f.name)
        if isinstance(default, bool):
            if isinstance(value, bool):
                setattr(result, f.name, value)
        elif isinstance(default, str):
            if isinstance(value, str):
                setattr(result, f.name, value)
        elif isinstance(default, list):
            if isinstance(value, list):
                limit = MAX_NEVER_SUGGEST if f.name == "never_suggest" else MAX_RECENT
                setattr(result, f.name, [v for v in value if isinstance(v, str)][:limit])
        elif isinstance(default, dict) and isinstance(value, dict):
            setattr(
                result,
                f.name,
                {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)},
            )
    return result


def _keep_private(path: Path) -> None:
    """Settings (a team-database connection string among them) are the user's alone: 0600 in a
    0700 folder whatever the umask; a file an older version wrote 0644 is tightened on start."""
    from briefdesk.private import make_private

    make_private(path.parent)
    make_private(path)


def _atomic_write(path: Path, data: bytes) -> None:
    """Temp file in the same folder, fsync, replace: the old file survives any crash."""
    # Imported on first save: the store pulls in the model, which the first frame must not wait for.
    from briefdesk.private import PRIVATE_FILE, make_private
    from briefdesk.store.atomic import atomic_write

    path.parent.mkdir(parents=True, exist_ok=True)
    make_private(path.parent)
    atomic_write(path, data, mode=PRIVATE_FILE)
