"""Killing the app (kill -9) ends its worker children, the forkserver and the resource tracker
(newcomer9 N9-16: they stayed alive, orphaned, and the tracker even ignored SIGTERM)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# The "app": the window's way of starting children (forkserver, never a plain fork), a worker
# busy in a long job when the app is killed — the case where the worker never reads EOF.
APP = """
import multiprocessing.forkserver as fs, multiprocessing.resource_tracker as rt, sys, threading
import time
from briefdesk import isolation
worker = isolation.Worker(isolation.Limits(600))
threading.Thread(target=worker.run, args=(time.sleep, (600,)), daemon=True).start()
while worker._process is None or worker._process.pid is None:
    time.sleep(0.05)
time.sleep(1)  # the job sent (or the child still importing the main module)
print(worker._process.pid, fs._forkserver._forkserver_pid, rt._resource_tracker._pid, flush=True)
time.sleep(600)
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # ended (a zombie waits only for init to reap it)


def test_a_killed_app_leaves_no_worker_forkserver_or_tracker(tmp_path: Path) -> None:
    _kill_and_wait(tmp_path, [sys.executable, "-c", APP])


def test_a_child_still_starting_up_ends_with_the_app_too(tmp_path: Path) -> None:
    """newcomer9's own script had no ``__main__`` guard: the child, importing it as
    ``__mp_main__``, ran the script's window and never reached the job loop."""
    script = tmp_path / "unguarded.py"
    stuck = 'import time\nif __name__ == "__mp_main__":\n    time.sleep(600)\n'
    script.write_text(stuck + APP, encoding="utf-8")
    _kill_and_wait(tmp_path, [sys.executable, str(script)])


def _kill_and_wait(tmp_path: Path, command: list[str]) -> None:
    env = {**os.environ, "BRIEFDESK_NO_FORK": "1", "BRIEFDESK_HOME": str(tmp_path)}
    app = subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True)
    assert app.stdout is not None
    pids = [int(p) for p in app.stdout.readline().split()]
    assert len(pids) == 3 and all(p > 0 for p in pids), pids
    try:
        assert not any(_gone(p) for p in pids)
        app.send_signal(signal.SIGKILL)
        app.wait()
        deadline = time.monotonic() + 30  # a wait for an event, not a speed target
        while time.monotonic() < deadline and not all(_gone(p) for p in pids):
            time.sleep(0.1)
        left = [p for p in pids if not _gone(p)]
        assert left == [], f"still running after the app was killed: {left}"
    finally:
        for pid in pids:
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)
