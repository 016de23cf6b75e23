"""Temporary folders in BriefDesk's own cache folder, named by process, cleaned at next start.

Why: a ``kill -9`` during PDF export left full copies of the brief in ``/tmp`` for ever. Work
folders now live in ``<cache>/tmp/briefdesk-<pid>-…``; at the next start any folder whose process
is gone is removed, so nothing outlives a crash for long and nothing lands outside our folders.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_NAME = re.compile(r"^briefdesk-(\d+)-")


def temp_root() -> Path:
    """``<cache>/tmp``, created when missing."""
    from briefdesk import paths

    root = paths.cache_dir() / "tmp"
    root.mkdir(parents=True, exist_ok=True)
    return root


@contextlib.contextmanager
def work_dir(purpose: str) -> Iterator[Path]:
    """A private folder for one job, removed afterwards (and at next start if we are killed)."""
    folder = Path(tempfile.mkdtemp(prefix=f"briefdesk-{os.getpid()}-{purpose}-", dir=temp_root()))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def make_dir(purpose: str) -> Path:
    """A folder that outlives the call (a preview shown later); removed at the next start."""
    return Path(tempfile.mkdtemp(prefix=f"briefdesk-{os.getpid()}-{purpose}-", dir=temp_root()))


def clean_stale() -> int:
    """Remove work folders of processes that no longer run; the number removed."""
    from briefdesk.store.atomic import pid_alive

    try:
        entries = list(temp_root().iterdir())
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or pid_alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed += 1
    return removed
