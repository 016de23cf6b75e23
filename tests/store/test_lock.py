"""Two processes never edit one brief silently; stale locks of dead processes are taken over."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefdesk.store import BriefLock, LockedByOther, check_not_locked
from briefdesk.store.lock import lock_path, read_owner


def _lock_from_child(target: Path) -> subprocess.Popen[str]:
    code = (
        "import sys, time\n"
        "from briefdesk.store import BriefLock\n"
        f"BriefLock.acquire({str(target)!r})\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def test_lock_is_exclusive_across_processes(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    child = _lock_from_child(target)
    try:
        with pytest.raises(LockedByOther, match=r"already open in BriefDesk by .*process"):
            BriefLock.acquire(target)
        with pytest.raises(LockedByOther):
            check_not_locked(target)
    finally:
        child.kill()
        child.wait()
    # The child died without releasing: its lock is stale and is taken over.
    with BriefLock.acquire(target) as lock:
        owner = read_owner(target)
        assert owner is not None and owner.pid == lock.owner.pid
    assert not lock_path(target).exists()


def test_own_lock_does_not_block_own_checks(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    with BriefLock.acquire(target):
        check_not_locked(target)


def test_lock_of_a_process_on_another_host_is_respected(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    lock_path(target).write_text(
        json.dumps({"pid": 1, "host": "other-host", "user": "ana", "since": "today"})
    )
    with pytest.raises(LockedByOther, match="ana@other-host"):
        BriefLock.acquire(target)
    BriefLock.acquire(target, force=True).release()
    assert not lock_path(target).exists()


def test_corrupt_lock_file_is_treated_as_stale(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    lock_path(target).write_text("garbage")
    BriefLock.acquire(target).release()


def test_no_lock_where_none_can_be_written_is_a_store_error(tmp_path: Path) -> None:
    from briefdesk.store import LockUnavailable, StoreError

    afile = tmp_path / "afile"
    afile.write_text("x")
    with pytest.raises(LockUnavailable, match="cannot create the lock file") as caught:
        BriefLock.acquire(afile / "x.brief")
    assert isinstance(caught.value, StoreError)
