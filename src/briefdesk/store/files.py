"""Open and save ``.brief`` files safely: atomic saves, a backup, and changed-on-disk refusal."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from briefdesk.model.brief import Brief
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import MAX_BRIEF_BYTES, dumps, loads
from briefdesk.store.atomic import atomic_write

BRIEF_SUFFIX = ".brief"


class StoreError(Exception):
    """A brief could not be opened or saved; ``str()`` is a one-line reason naming the file."""


class ChangedOnDisk(StoreError):
    """The file on disk is not the one that was opened: someone else saved it since."""


@dataclass(frozen=True)
class DiskStamp:
    """What the file looked like when we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str


@dataclass(frozen=True)
class OpenedBrief:
    path: Path
    brief: Brief
    stamp: DiskStamp


def backup_path(path: Path) -> Path:
    """The previous version is kept beside the file as ``name.brief.bak``."""
    return path.with_name(path.name + ".bak")


def open_brief(path: Path) -> OpenedBrief:
    """Read and validate a brief; never modifies the file, raises ``StoreError`` on any problem."""
    path = Path(path)
    data = _read(path)
    try:
        brief = loads(data)
    except BriefError as exc:
        raise StoreError(f"{path}: {exc}") from None
    return OpenedBrief(path, brief, _stamp_of(path, data))


def read_stamp(path: Path) -> DiskStamp | None:
    """The file's current stamp, or None when it does not exist."""
    try:
        data = Path(path).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return _stamp_of(Path(path), data)


def changed_on_disk(path: Path, stamp: DiskStamp | None) -> bool:
    """True when the file differs from ``stamp`` (content, not just its timestamp, is compared)."""
    current = read_stamp(path)
    if current is None or stamp is None:
        return current != stamp
    if current.size == stamp.size and current.mtime_ns == stamp.mtime_ns:
        return False
    return current.sha256 != stamp.sha256


def save_brief(
    path: Path,
    brief: Brief,
    *,
    expected: DiskStamp | None = None,
    force: bool = False,
    keep_backup: bool = True,
) -> DiskStamp:
    """Save atomically, keeping the previous version as ``.bak``.

    ``expected`` is the stamp from when the file was opened (None for a new file): if the file on
    disk no longer matches it, the save is refused with ``ChangedOnDisk`` unless ``force``.
    """
    path = Path(path)
    if not force and changed_on_disk(path, expected):
        if expected is None:
            raise ChangedOnDisk(f"{path}: a file with this name already exists")
        raise ChangedOnDisk(f"{path}: the file was changed on disk since it was opened")
    data = dumps(brief).encode("utf-8")
    try:
        atomic_write(path, data, backup=backup_path(path) if keep_backup else None)
    except OSError as exc:
        raise StoreError(f"{path}: cannot save: {exc.strerror or exc}") from None
    return _stamp_of(path, data)


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BRIEF_BYTES:
            raise StoreError(
                f"{path}: the file is {size / 1e6:.0f} MB; a brief is at most "
                f"{MAX_BRIEF_BYTES // (1024 * 1024)} MB"
            )
        return path.read_bytes()
    except IsADirectoryError:
        raise StoreError(f"{path}: is a folder, not a brief") from None
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _stamp_of(path: Path, data: bytes) -> DiskStamp:
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    return DiskStamp(len(data), mtime_ns, hashlib.sha256(data).hexdigest())
