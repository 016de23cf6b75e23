"""Open and save ``.brief`` files safely: atomic saves, a backup, and changed-on-disk refusal."""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from briefdesk.boundedread import FileRefused, read_regular
from briefdesk.model.brief import Brief
from briefdesk.model.errors import BriefError
from briefdesk.model.fileformat import MAX_BRIEF_BYTES, dumps, loads
from briefdesk.store.atomic import BackupFailed, atomic_write, remove_stale_temps, write_target
from briefdesk.store.broken import GoodCopy, backup_hint
from briefdesk.store.guard import GuardBusy, folder_guard

BRIEF_SUFFIX = ".brief"


class StoreError(Exception):
    """A brief could not be opened or saved; ``str()`` is a one-line reason naming the file."""


class NoSpace(StoreError):
    """The disk, the user's quota or the file-size limit had no room for the brief."""


# Errors that mean "no room here": another folder or disk may take the file.
_NO_ROOM = frozenset((errno.ENOSPC, errno.EFBIG, errno.EDQUOT))


def no_room(exc: OSError) -> bool:
    """True when ``exc`` says the disk, quota or file-size limit has no room."""
    return exc.errno in _NO_ROOM


class ChangedOnDisk(StoreError):
    """The file on disk is not the one that was opened: someone else saved it since."""


class Busy(StoreError):
    """Another BriefDesk or command is writing the brief; nothing was saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: busy (open in another BriefDesk or command), nothing saved")


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
    """The previous version is kept as ``name.brief.bak`` beside the file (or a link's target)."""
    path = write_target(Path(path))
    return path.with_name(path.name + ".bak")


class Unreadable(StoreError):
    """The file is there but is no brief BriefDesk can read; ``backup`` is its good ``.bak``,
    when one reads (``str()`` names it), for the window to offer and ``undo`` to put back."""

    def __init__(self, message: str, reason: str, backup: GoodCopy | None) -> None:
        super().__init__(message)
        self.reason = reason
        self.backup = backup


def open_brief(path: Path, *, hint: bool = True) -> OpenedBrief:
    """Read and validate a brief; never modifies the file, raises ``StoreError`` on any problem
    (``Unreadable``, naming a good backup when ``hint`` and there is one, for a damaged file)."""
    path = Path(path)
    data = _read(path)
    try:
        brief = loads(data)
    except BriefError as exc:
        reason = f"{path}: {exc}"
        said, copy = backup_hint(path, str(exc)) if hint else ("", None)
        raise Unreadable(reason + said, reason, copy) from None
    return OpenedBrief(path, brief, _stamp_of(path, data))


def read_stamp(path: Path) -> DiskStamp | None:
    """The file's current stamp, or None when it does not exist."""
    if not os.path.lexists(path) or (Path(path).is_symlink() and not Path(path).exists()):
        return None
    try:
        data = read_regular(Path(path), MAX_BRIEF_BYTES)
    except FileRefused as exc:
        if "no such file" in str(exc):
            return None
        raise StoreError(str(exc)) from None
    return _stamp_of(Path(path), data)


def changed_on_disk(path: Path, stamp: DiskStamp | None) -> bool:
    """True when the file's content differs from ``stamp``.

    Content, never the timestamp: two saves within the file system's clock tick (a few ms) can
    leave equal sizes and times, and trusting those lost a write."""
    current = read_stamp(path)
    if current is None or stamp is None:
        return current != stamp
    return current.size != stamp.size or current.sha256 != stamp.sha256


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
    The check and the replace happen under one folder guard, so no other writer can slip in
    between them; a writer that cannot get the guard within a few seconds gets ``Busy``.
    """
    path = Path(path)
    try:
        data = dumps(brief).encode("utf-8")
    except ValueError:  # text that is not Unicode (a lone surrogate) cannot be written
        raise StoreError(
            f"{path}: the brief holds text that is not valid Unicode; nothing saved"
        ) from None
    try:
        with folder_guard(write_target(path)):
            remove_stale_temps(path)  # left by a save that was killed
            remove_stale_temps(backup_path(path))
            if not force and changed_on_disk(path, expected):
                if expected is None:
                    raise ChangedOnDisk(f"{path}: a file with this name already exists")
                raise ChangedOnDisk(f"{path}: the file was changed on disk since it was opened")
            atomic_write(path, data, backup=backup_path(path) if keep_backup else None)
    except GuardBusy:
        raise Busy(path) from None
    except BackupFailed as exc:
        raise StoreError(f"{exc}; nothing saved (move or rename it)") from None
    except OSError as exc:
        if no_room(exc):
            raise NoSpace(f"{path}: cannot save: no room ({exc.strerror}); nothing saved") from None
        raise StoreError(f"{path}: cannot save: {exc.strerror or 'error'}") from None
    return _stamp_of(path, data)


def read_brief_bytes(path: Path) -> bytes:
    """The file's bytes, after checking it is a regular file no bigger than a brief can be."""
    try:
        return read_regular(path, MAX_BRIEF_BYTES)
    except FileRefused as exc:
        message = str(exc)
        if message.endswith("is a folder, not a file"):
            message = f"{path}: is a folder, not a brief"
        elif "can be read" in message:
            message = message.replace("can be read", "is a brief")
        raise StoreError(message) from None


_read = read_brief_bytes


def _stamp_of(path: Path, data: bytes) -> DiskStamp:
    try:
        mtime_ns = os.stat(path).st_mtime_ns
    except OSError:
        mtime_ns = 0
    return DiskStamp(len(data), mtime_ns, hashlib.sha256(data).hexdigest())
