"""A short kernel lock on a brief's folder around check-and-replace.

Why: the ``.~lock`` file tells people a brief is open, but deciding "the file is unchanged, now
replace it" (or "that lock is stale, now take it") must be one step for every process, or two
writers can both pass the check and one write is lost. ``flock`` on the folder makes it one step;
it is released by the kernel when a process dies, so it can never go stale.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

try:  # POSIX only; elsewhere the guard is a no-op and the lock file alone protects.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# How long a writer waits for another one to finish before giving up as "busy".
WAIT_SECONDS = 5.0


_held = 0  # guards this process holds now (a forked child would inherit them)


def guards_held() -> int:
    return _held


class GuardBusy(Exception):
    """Another process held the folder guard for longer than the wait."""


@contextlib.contextmanager
def folder_guard(path: Path, *, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path``'s folder; raise ``GuardBusy`` after ``wait`` s."""
    global _held
    folder = Path(path).parent if str(Path(path).parent) else Path(".")
    fd = _open_folder(folder)
    if fd is None or fcntl is None:
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise GuardBusy(str(folder)) from None
                time.sleep(0.02)
            except OSError:
                # No locking on this file system (some network shares): the lock file remains.
                break
        _held += 1
        try:
            yield
        finally:
            _held -= 1
    finally:
        os.close(fd)


def _open_folder(folder: Path) -> int | None:
    try:
        return os.open(folder, os.O_RDONLY)
    except OSError:
        return None
