"""Index library folders in a child process, so the window's process only reads progress.

Indexing in a thread of the window's process held the GIL, allocated and collected garbage
beside the event loop (longest stall 110-190 ms for 2,000 briefs). Here the work runs in a
child from :mod:`briefdesk.isolation`; the calling thread only waits on a pipe and forwards at
most ``RATE`` progress messages a second. Cancelling kills the child: each brief is written in
one transaction (SQLite rolls back, PostgreSQL drops the open transaction with the connection),
so no entry is ever half-written, and the next run resumes from what was kept.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefdesk import isolation
from briefdesk.library.api import IndexReport, Library, LibraryError

RATE = 10  # progress messages per second, at most
# The index of a big share may take long; the time limit only stops a child that hangs for good.
INDEX_SECONDS = 6 * 3600.0
INDEX_MEMORY = 2 * 1024**3  # address space above the child's start: generous, never a folder


@dataclass(frozen=True)
class Target:
    """Which library, resolved in the parent: a forkserver child keeps the environment it was
    started with, so it must never read ``BRIEFDESK_LIBRARY_DSN``/``BRIEFDESK_HOME`` itself."""

    dsn: str
    ceiling: str
    sqlite_path: str
    folders: tuple[str, ...]


def resolve(dsn: str, ceiling: str, folders: tuple[str, ...]) -> Target:
    """The library :func:`briefdesk.library.open.open_library` would open, spelled out."""
    import os

    from briefdesk.library.open import DSN_ENV

    chosen = os.environ.get(DSN_ENV, "").strip() or dsn.strip()
    sqlite_path = ""
    if not chosen:
        from briefdesk.library.sqlite import default_path

        sqlite_path = str(default_path())
    return Target(chosen, ceiling, sqlite_path, folders)


def open_target(target: Target) -> Library:
    if target.dsn:
        from briefdesk.library.postgres import PostgresLibrary

        return PostgresLibrary(target.dsn, ceiling=target.ceiling)
    from briefdesk.library.sqlite import SqliteLibrary

    return SqliteLibrary(Path(target.sqlite_path))


def index_in_child(
    target: Target,
    progress: Callable[[int, str], None],
    cancelled: Callable[[], bool],
) -> IndexReport:
    """Run the index in a fresh child; ``progress(done, path)`` ≤ ``RATE`` times a second.

    Raises :class:`LibraryError` (one line, as the in-process run says it) or
    :class:`isolation.Cancelled`.
    """
    worker = isolation.Worker(
        isolation.Limits(INDEX_SECONDS, INDEX_MEMORY, network=bool(target.dsn)),
        name="briefdesk-library-index",
    )
    try:
        report: IndexReport = worker.run(
            _index_here,
            (target,),
            cancel=cancelled,
            on_message=lambda m: progress(m[0], m[1]),
        )
        return report
    except isolation.JobFailed as exc:
        raise LibraryError(exc.reason) from None
    except (isolation.WorkerDied, isolation.CannotStart, isolation.TimedOut) as exc:
        raise LibraryError(f"indexing stopped: {exc}") from None
    finally:
        worker.stop()


def _index_here(target: Target) -> IndexReport:
    """In the child: the same index as in-process, progress sent back at most RATE times/s."""
    last = 0.0

    def step(done: int, path: str) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= 1 / RATE:
            last = now
            isolation.report((done, path))

    lib = open_target(target)
    try:
        report = lib.index([Path(f).expanduser() for f in target.folders], step)
    finally:
        lib.close()
    return report
