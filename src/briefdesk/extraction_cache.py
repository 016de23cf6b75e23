"""Extraction results kept on disk, keyed by the source and the extracting code (round 26).

Why: suggestions are not saved in a brief, so reopening one read every source again: 8-12 s of
"Reading the source…" with an empty Suggestions panel on a loaded 2-core machine (newcomer25
N25-05), for a result that was already known. A finished extraction is stored under the SHA-256
of everything it depends on — the source as read (text, title, dates, ...), the never-suggest
list, the library's known actors, Python's version, the installed data packages and the name,
size and modification time of every file of the ``briefdesk`` package — so any change to the
source, the user's lists or the code reads it afresh. Only finished extractions are stored
("too long to analyse", a crashed worker or a cancel are not).

The files hold quotes of the user's articles: they live in the user cache folder
(``paths.cache_dir()/extractions``) made private like the library index (folder 0700, files
0600), and the oldest are removed past ``KEEP`` entries. The stored form is plain JSON (no
pickle): each dataclass, enum, date or Decimal is tagged with its type, and only dataclasses
and enums of ``briefdesk`` modules are built back. Anything unreadable counts as missing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import hashlib
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = "extractions"
FORMAT = 1
KEEP = 300  # entries; one is a few KB to a few hundred KB
_MAX_BYTES = 8 * 1024 * 1024


@cache
def code_fingerprint() -> str:
    """Every file of the ``briefdesk`` package by name, size and modification time, Python's
    version and the data packages the extractor's tables come from (16 hex digits)."""
    from briefdesk import __version__
    from briefdesk.extract.data_cache import _key as tables_key

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{sys.version}".encode())
    digest.update(json.dumps(tables_key(), sort_keys=True, default=str).encode())
    for root, folders, files in os.walk(package):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            if name.endswith((".pyc", ".pyo")):
                continue
            path = os.path.join(root, name)
            with contextlib.suppress(OSError):
                stat = os.stat(path)
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def key(source: Any, never: Sequence[Any] = (), known: Sequence[Any] = ()) -> str:
    """The entry's name: what the extraction of ``source`` depends on, hashed."""
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(source.model_dump_json().encode())
    digest.update(repr(tuple(never)).encode())
    digest.update(repr(tuple(known)).encode())
    return digest.hexdigest()


def _folder() -> Path:
    from briefdesk.paths import cache_dir
    from briefdesk.private import make_private

    folder = cache_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    return folder


def load(source: Any, never: Sequence[Any] = (), known: Sequence[Any] = ()) -> Any | None:
    """The stored extraction of ``source`` read with ``never`` and ``known``, or None."""
    try:
        path = _folder() / f"{key(source, never, known)}.json"
        if path.stat().st_size > _MAX_BYTES:
            return None
        found = decode(json.loads(path.read_text(encoding="utf-8")))
        os.utime(path)  # recently used: kept longest
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ImportError):
        return None
    return found


def store(
    source: Any, extraction: Any, never: Sequence[Any] = (), known: Sequence[Any] = ()
) -> None:
    """Keep a finished extraction; a value it cannot encode or a folder it cannot write is no
    error (the source is simply read again next time)."""
    try:
        text = json.dumps(encode(extraction), ensure_ascii=False, separators=(",", ":"))
        folder = _folder()
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".part-")  # 0600
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, folder / f"{key(source, never, known)}.json")
        _prune(folder)
    except (OSError, TypeError, ValueError):
        return


def _prune(folder: Path) -> None:
    entries = list(folder.glob("*.json"))
    if len(entries) <= KEEP:
        return
    with_times = []
    for path in entries:
        with contextlib.suppress(OSError):
            with_times.append((path.stat().st_mtime_ns, path))
    with_times.sort()
    for _, path in with_times[: len(with_times) - KEEP]:
        with contextlib.suppress(OSError):
            path.unlink()


def encode(value: Any) -> Any:
    """``value`` as JSON data with its types tagged; TypeError for a type not provided for."""
    if isinstance(value, enum.Enum):
        return {"E": _name(type(value)), "v": encode(value.value)}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"T": [encode(v) for v in value]}
    if isinstance(value, dict):
        return {"D": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, Decimal):
        return {"N": str(value)}
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return {"A": value.isoformat()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = (
            list(vars(value))
            if hasattr(value, "__dict__")
            else [f.name for f in dataclasses.fields(value)]
        )
        return {"C": _name(type(value)), "f": {n: encode(getattr(value, n)) for n in names}}
    raise TypeError(f"cannot keep a {type(value).__name__}")


def decode(data: Any) -> Any:
    """The value :func:`encode` gave ``data`` for."""
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v) for v in data]
    if "T" in data:
        return tuple(decode(v) for v in data["T"])
    if "D" in data:
        return {decode(k): decode(v) for k, v in data["D"]}
    if "N" in data:
        return Decimal(data["N"])
    if "A" in data:
        return dt.date.fromisoformat(data["A"])
    if "E" in data:
        kind = _type(data["E"])
        if not issubclass(kind, enum.Enum):
            raise TypeError(data["E"])
        return kind(decode(data["v"]))
    kind = _type(data["C"])
    if not dataclasses.is_dataclass(kind):
        raise TypeError(data["C"])
    made = object.__new__(kind)
    for name, value in data["f"].items():
        object.__setattr__(made, name, decode(value))  # frozen ones too, no __post_init__
    return made


def _name(kind: type) -> str:
    return f"{kind.__module__}:{kind.__qualname__}"


@cache
def _type(name: str) -> type:
    """A class of a ``briefdesk`` module by its ``module:qualname`` (nothing else is built)."""
    module, _, qualname = name.partition(":")
    if not module.startswith("briefdesk.") or not qualname or "<" in qualname:
        raise TypeError(name)
    found: Any = importlib.import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    if not isinstance(found, type):
        raise TypeError(name)
    return found
