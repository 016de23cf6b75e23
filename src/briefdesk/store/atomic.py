"""Atomic file replacement: readers see the old file or the new one, never a torn one."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path


class BackupFailed(Exception):
    """The previous version could not be kept at ``backup``; nothing was replaced."""

    def __init__(self, backup: Path, reason: str) -> None:
        super().__init__(f"{backup}: {reason}")
        self.backup = backup
        self.reason = reason


def write_target(path: Path) -> Path:
    """Where writing ``path`` really goes: through a symlink to its target, so the link is kept."""
    path = Path(path)
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def atomic_write(
    path: Path, data: bytes, *, backup: Path | None = None, mode: int | None = None
) -> None:
    """Write ``data`` to ``path`` via a same-folder temp file, flush, fsync and ``os.replace``.

    With ``backup``, the previous file is kept there (hard link or copy) before the swap, so a bad
    save can always be undone by hand. A symlink is written through: the temp file sits beside
    the target and the target is replaced, so the link keeps pointing at the new content.
    ``mode`` sets the file's permissions (private working copies); by default the previous
    file's are kept, or the umask's for a new file.
    """
    path = write_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    # The writer's process id in the name: a temp file left by a killed save is recognised
    # and removed by the next save (``remove_stale_temps``).
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is None:
            _copy_mode(path, temp)
        else:
            os.chmod(temp, mode)
        if backup is not None and path.exists():
            _keep_backup(path, backup)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_folder(folder)


def remove_stale_temps(path: Path) -> int:
    """Remove temp files beside ``path`` left by saves whose process was killed."""
    path = write_target(path)
    folder = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.(\d+)\.[^.]*\.tmp$")
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        match = pattern.match(name)
        if match is None:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or pid_alive(pid):
            continue
        with contextlib.suppress(OSError):
            os.unlink(folder / name)
            removed += 1
    return removed


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


def _copy_mode(original: Path, temp: Path) -> None:
    try:
        mode = original.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _keep_backup(path: Path, backup: Path) -> None:
    # The backup itself is written atomically too, so a crash mid-backup never loses the original.
    if backup.is_dir() and not backup.is_symlink():
        raise BackupFailed(backup, "is a folder, so the previous version cannot be kept there")
    try:
        atomic_write(backup, path.read_bytes())
    except OSError as exc:
        reason = f"cannot keep the previous version: {exc.strerror or 'error'}"
        raise BackupFailed(backup, reason) from None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
