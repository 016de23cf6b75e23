"""A lock file beside an open brief, so two BriefDesk processes never edit one file silently."""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefdesk.store.atomic import pid_alive as pid_alive  # re-exported
from briefdesk.store.atomic import write_target
from briefdesk.store.files import Busy, StoreError
from briefdesk.store.guard import GuardBusy, folder_guard


class LockedByOther(Exception):
    """Another live BriefDesk process holds the brief; ``str()`` says who and since when."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(
            f"{path}: already open in BriefDesk by {owner.user}@{owner.host} "
            f"(process {owner.pid}, since {owner.since})"
        )
        self.owner = owner


class LockUnavailable(StoreError):
    """No lock file can be written beside the brief (read-only share, missing folder).

    ``read_only`` names the folder when the reason is that it takes no writes: the user-level
    reason a command says first, the lock file being BriefDesk's own detail (N12-25)."""

    def __init__(self, message: str, read_only: Path | None = None) -> None:
        super().__init__(message)
        self.read_only = read_only


# Errors that mean the folder takes no writes (a read-only mount or share, no permission).
_READ_ONLY = frozenset((errno.EROFS, errno.EACCES, errno.EPERM))


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str

    @classmethod
    def me(cls) -> LockOwner:
        return cls(
            pid=os.getpid(),
            host=socket.gethostname(),
            user=_user(),
            since=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        )


def lock_path(path: Path) -> Path:
    """``report.brief`` is locked by ``.~lock.report.brief#`` (the LibreOffice convention).

    A symlinked brief is locked beside its target, so every name for one file shares one lock."""
    path = write_target(Path(path))
    return path.with_name(f".~lock.{path.name}#")


class BriefLock:
    """Held while a brief is open for editing; ``release()`` (or ``with``) removes it."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner

    @classmethod
    def acquire(cls, path: Path, *, force: bool = False, wait: float = 0.0) -> BriefLock:
        """Take the lock; a stale lock from a dead process on this host is taken over.

        Deciding "free or stale" and writing our lock happen under the folder guard, so two
        processes can never both take it. A live holder is waited for up to ``wait`` seconds.
        """
        path = Path(path)
        target = lock_path(path)
        me = LockOwner.me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        deadline = time.monotonic() + wait
        while True:
            holder: LockOwner | None = None
            try:
                with folder_guard(target, wait=max(0.5, wait)):
                    holder = read_owner(path)
                    if holder is None or force or _is_stale(holder, me):
                        _write_lock_file(path, target, payload)
                        return cls(path, me)
            except GuardBusy:
                holder = None
            if time.monotonic() >= deadline:
                if holder is None:
                    raise Busy(path)
                raise LockedByOther(path, holder)
            time.sleep(0.05)

    def release(self) -> None:
        try:
            with folder_guard(lock_path(self.path)):
                if self.is_held():
                    with contextlib.suppress(FileNotFoundError):
                        lock_path(self.path).unlink()
        except GuardBusy:
            pass

    def is_held(self) -> bool:
        """True while the lock file on disk is still ours (nobody took it over)."""
        holder = read_owner(self.path)
        return (
            holder is not None and holder.pid == self.owner.pid and holder.host == self.owner.host
        )

    def __enter__(self) -> BriefLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_lock_file(path: Path, target: Path, payload: bytes) -> None:
    """Write the whole lock file, then put it in place: nobody ever reads a half-written lock."""
    try:
        fd, temp = tempfile.mkstemp(prefix=".~lock.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            os.chmod(temp, 0o644)
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise LockUnavailable(
            f"{path}: cannot create the lock file: {exc.strerror or 'error'}",
            read_only=target.parent if exc.errno in _READ_ONLY else None,
        ) from None


@contextlib.contextmanager
def held_for_writing(path: Path, *, wait: float = 5.0) -> Iterator[BriefLock]:
    """Hold ``path``'s lock for one read-modify-write (a command that changes a brief).

    A brief open in a window, or being changed by another command, is waited for up to ``wait``
    seconds and then refused with ``Busy`` ("busy …, nothing saved").
    """
    try:
        lock = BriefLock.acquire(path, wait=wait)
    except LockedByOther:
        raise Busy(Path(path)) from None
    try:
        yield lock
    finally:
        lock.release()


def read_owner(path: Path) -> LockOwner | None:
    """Who holds the lock on ``path``, or None; an unreadable lock counts as a dead one."""
    try:
        data = json.loads(lock_path(Path(path)).read_text("utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockOwner(pid=0, host="", user="unknown", since="unknown")


def check_not_locked(path: Path) -> None:
    """Raise ``LockedByOther`` if a live process other than this one holds ``path``."""
    holder = read_owner(Path(path))
    me = LockOwner.me()
    if holder is None or _is_stale(holder, me):
        return
    if holder.pid == me.pid and holder.host == me.host:
        return
    raise LockedByOther(Path(path), holder)


def _is_stale(holder: LockOwner, me: LockOwner) -> bool:
    if holder.pid <= 0:
        return True
    if holder.host != me.host:
        return False
    return not pid_alive(holder.pid)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
