"""Template check results kept on disk between runs, keyed by the template's content.

Why: a user template's check renders it twice in a sandboxed worker (about 3 s each), and
``templates list`` and the Export dialog check every user template each time they open; the
in-memory cache of ``checks`` dies with the process, so each ``templates list`` paid it again
(round 9's left item). A result is stored under the SHA-256 of the template's bytes and a
fingerprint of the checking code (BriefDesk's version and the export package's files), so an
edited template or a changed check is checked afresh. Only finished checks are stored (a
timeout or a crashed worker is not: a later attempt may pass). Files live in the user cache
folder (``paths.cache_dir()/template-checks``); an unreadable entry counts as missing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = "template-checks"
_MAX_BYTES = 256 * 1024  # a stored result is a few lines; anything bigger is not ours


@cache
def code_fingerprint() -> str:
    """BriefDesk's version and the name, size and modification time of every module of the
    export package: any change to the checking code gives new keys (16 hex digits)."""
    from briefdesk import __version__

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.glob("*.py")):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def _entry(content_key: str) -> Path:
    from briefdesk.paths import cache_dir

    return cache_dir() / FOLDER / f"{content_key}-{code_fingerprint()}.json"


def load(content_key: str) -> list[tuple[Any, ...]] | None:
    """The stored problems (``(message, where, warning)`` each) of the template whose bytes hash
    to ``content_key``, or None when nothing usable is stored."""
    try:
        path = _entry(content_key)
        if path.stat().st_size > _MAX_BYTES:
            return None
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(rows, list) or not all(_is_row(row) for row in rows):
        return None
    return [(str(row[0]), str(row[1]), bool(row[2])) for row in rows]


def store(content_key: str, problems: Sequence[tuple[str, str, bool]]) -> None:
    """Keep a finished check's problems; a cache folder that cannot be written is no error
    (the check simply runs again next time)."""
    from briefdesk.store.atomic import atomic_write

    data = json.dumps([list(p) for p in problems], ensure_ascii=False).encode("utf-8")
    try:
        path = _entry(content_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
    except OSError:
        return


def _is_row(row: object) -> bool:
    return (
        isinstance(row, list)
        and len(row) == 3
        and isinstance(row[0], str)
        and isinstance(row[1], str)
        and isinstance(row[2], bool)
    )
