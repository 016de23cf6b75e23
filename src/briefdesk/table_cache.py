"""Small tables read out of installed data packages, kept as JSON files in the user cache folder.

Why: a fresh process (the extraction worker, each ``briefdesk`` command) otherwise re-reads the
packages' own files to rebuild the same few tables (round 23: the world registry's 256
countryinfo files, ~60 ms). A file holds ``{"key": ..., "data": ...}``; the key names the
format and each package's installed copy (:func:`installed`), so an upgrade rebuilds it. The
file is written atomically and a missing, stale, unreadable or unwritable one costs only time.
``briefdesk.extract.data_cache`` keeps the extractor's bigger tables the same way.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def installed(packages: Iterable[str]) -> dict[str, list[int]]:
    """Each package's installed copy, by the size and time of its ``__init__.py`` (which an
    upgrade rewrites), found without importing it; [] for a package that is not there."""
    from importlib.util import find_spec

    found: dict[str, list[int]] = {}
    for package in packages:
        spec = find_spec(package)
        try:
            stat = os.stat(spec.origin) if spec and spec.origin else None
        except OSError:
            stat = None
        found[package] = [stat.st_size, stat.st_mtime_ns] if stat else []
    return found


def cache_file(name: str) -> Path | None:
    """``name`` in the user cache folder; None when there is no writable one."""
    from briefdesk import paths

    try:
        return paths.cache_dir() / name
    except OSError:
        return None


def write_atomically(path: Path, text: str) -> None:
    """``text`` into ``path`` whole or not at all; a reader sees the old file or the new."""
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def cached(
    name: str,
    key: dict[str, Any],
    build: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> T:
    """The table from file ``name`` when its key is ``key`` (``decode`` of its data), else
    ``build()``, saved as ``encode`` of it. ``decode`` may raise ValueError, KeyError or
    TypeError on data it cannot read: the table is then rebuilt."""
    path = cache_file(name)
    if path is not None:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            if stored["key"] == key:
                return decode(stored["data"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing, half-written or edited: rebuild
    table = build()
    if path is not None:
        data = {"key": key, "data": encode(table)}
        write_atomically(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return table
