"""A save killed at any step leaves the old file or the new one, never a torn one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefdesk.model import Brief, Header
from briefdesk.store import open_brief, save_brief

# The child counts every call the save makes into ``os`` and ``tempfile`` and dies (os._exit,
# as abrupt as SIGKILL for the file system) on call number N.
CHILD = textwrap.dedent(
    """
    import os, sys, tempfile
    from briefdesk.model import Brief, Header
    from briefdesk.store import atomic as atomic_module
    from briefdesk.store import save_brief, open_brief

    die_at = int(sys.argv[2])
    calls = [0]

    class Dying:
        def __init__(self, real):
            self._real = real
        def __getattr__(self, name):
            value = getattr(self._real, name)
            if not callable(value):
                return value
            def wrapper(*args, **kwargs):
                calls[0] += 1
                if calls[0] == die_at:
                    os._exit(77)
                return value(*args, **kwargs)
            return wrapper

    atomic_module.os = Dying(os)
    atomic_module.tempfile = Dying(tempfile)
    target = sys.argv[1]
    stamp = open_brief(target).stamp
    save_brief(target, Brief(header=Header(title="new " * 5000)), expected=stamp)
    print(calls[0])
    """
)


def _run_child(target: Path, die_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(target), str(die_at)],
        capture_output=True,
        text=True,
        check=False,
    )


def _title_on_disk(target: Path) -> str:
    return open_brief(target).brief.header.title


def test_save_killed_at_every_step_leaves_old_or_new(tmp_path: Path) -> None:
    target = tmp_path / "note.brief"
    save_brief(target, Brief(header=Header(title="old")))
    outcomes = []
    for step in range(1, 200):
        save_brief(target, Brief(header=Header(title="old")), force=True)
        result = _run_child(target, die_at=step)
        title = _title_on_disk(target)
        assert title in ("old", "new " * 5000)
        if result.returncode == 0:
            break
        assert result.returncode == 77, result.stderr
        outcomes.append("old" if title == "old" else "new")
    # Each call into os/tempfile (mkstemp, write, fsync, replace…) was a place to die.
    assert len(outcomes) >= 6
    assert set(outcomes) == {"old", "new"}


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3])
def test_sigkill_during_a_large_save_never_tears_the_file(tmp_path: Path, delay: float) -> None:
    target = tmp_path / "big.brief"
    save_brief(target, Brief(header=Header(title="old")))
    code = textwrap.dedent(
        f"""
        from briefdesk.model import Brief, Header
        from briefdesk.store import save_brief
        big = "x" * 20_000_000
        n = 0
        while True:
            n += 1
            save_brief({str(target)!r}, Brief(header=Header(title=str(n)), notes=big), force=True)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", code])
    time.sleep(delay + 0.5)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    title = _title_on_disk(target)
    assert title == "old" or title.isdigit()
