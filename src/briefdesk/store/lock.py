"""A lock file beside an open brief, so two BriefDesk processes never edit one file silently."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from briefdesk.store.files import StoreError


class LockedByOther(Exception):
    """Another live BriefDesk process holds the brief; ``str()`` says who and since when."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        super().__init__(
            f"{path}: already open in BriefDesk by {owner.user}@{owner.host} "
            f"(process {owner.pid}, since {owner.since})"
        )
        self.owner = owner


class LockUnavailable(StoreError):
    """No lock file can be written beside the brief (read-only share, missing folder)."""


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
    """``report.brief`` is locked by ``.~lock.report.brief#`` (the LibreOffice convention)."""
    return path.with_name(f".~lock.{path.name}#")


class BriefLock:
    """Held while a brief is open for editing; ``release()`` (or ``with``) removes it."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner

    @classmethod
    def acquire(cls, path: Path, *, force: bool = False) -> BriefLock:
        """Take the lock; a stale lock from a dead process on this host is taken over."""
        path = Path(path)
        target = lock_path(path)
        me = LockOwner.me()
        payload = json.dumps(me.__dict__).encode("utf-8")
        for _ in range(2):
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except OSError as exc:
                if not isinstance(exc, FileExistsError):
                    raise LockUnavailable(
                        f"{path}: cannot create the lock file: {exc.strerror or exc}"
                    ) from None
                holder = read_owner(path)
                if holder is not None and not force and not _is_stale(holder, me):
                    raise LockedByOther(path, holder) from None
                with contextlib.suppress(FileNotFoundError):
                    target.unlink()
                continue
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
            return cls(path, me)
        raise LockedByOther(path, read_owner(path) or me)

    def release(self) -> None:
        holder = read_owner(self.path)
        if holder is not None and holder.pid == self.owner.pid and holder.host == self.owner.host:
            with contextlib.suppress(FileNotFoundError):
                lock_path(self.path).unlink()

    def __enter__(self) -> BriefLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


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


def pid_alive(pid: int) -> bool:
    """True if a process with this id exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
