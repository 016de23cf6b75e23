"""Longest event-loop stall of the window while the Library panel indexes 2,000 briefs.

Run by hand: ``PYTHONPATH=.:src python benchmarks/bench_library_stall.py [--count N]
[--rounds R] [--modes thread,child]`` (offscreen by default). Both ways of indexing, side by side
in one run, alternating, each from an empty library:

- ``thread``: the old run, ``jobs.index_job`` on a thread of the window's process;
- ``child``: the window's run now, ``jobs.index_child_job`` (a child process, progress over a
  pipe, ≤ 10 messages a second);
- ``timer`` / ``notifier``: the same child, its pipe read on the GUI thread by a ``QTimer``
  polling every 50 ms or by a ``QSocketNotifier`` (``stall_readers.py``), instead of the
  runner's thread that waits on it;
- ``idle``: no index at all, the same window for 4 s: the machine's own noise floor (2 shared
  cores: a stall there is the scheduler's, not ours).

Each mode gets fresh windows (``--rounds``, order alternating), started in a subprocess, whose
start-up work (the spelling dictionary) is waited out first; then a "cold" run (the first index in
that window) and a "warm" one (again from an empty library). ``MODE@start`` starts at once after
the window is shown instead, as the benchmark did before: its cold run overlaps the window's own
start-up (``idle@start`` shows what that costs with no index at all).

Same 2 ms heartbeat as bench_stall.py; a search and a dossier run while the index job does, and
the second after the run (gazetteer reload, status) is measured too. Target: ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BRIEFDESK_HOME"] = tempfile.mkdtemp(prefix="bench-library-stall-")

from bench_stall import Heartbeat  # noqa: E402

SETTLE_SECONDS = 1.0
IDLE_SECONDS = 4.0
MODES = (
    "thread",
    "child",
    "timer",
    "notifier",
    "idle",
    "thread@start",
    "child@start",
    "idle@start",
)


def _empty_library() -> None:
    """A new, empty library for the next run: a fresh data folder (deleting the file under a
    process that had it open trips SQLite's own locks)."""
    os.environ["BRIEFDESK_HOME"] = tempfile.mkdtemp(prefix="bench-library-stall-run-")


def one_run(app: object, window: object, mode: str) -> tuple[float, float, float, str]:
    from PySide6.QtCore import QCoreApplication

    from briefdesk.library import jobs

    panel = window.library_panel  # type: ignore[attr-defined]
    runner = window.runner  # type: ignore[attr-defined]
    mode = mode.partition("@")[0]
    panel.index_function = jobs.index_job if mode == "thread" else jobs.index_child_job
    _empty_library()
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    if mode == "idle":
        while time.perf_counter() < start + IDLE_SECONDS:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        worst, p99 = beat.stop()
        return worst, p99, 0.0, "nothing indexed"
    gui_side = None
    if mode in ("timer", "notifier"):
        from stall_readers import GuiSideIndex

        gui_side = GuiSideIndex(panel, mode)
    else:
        panel.index_now()
    panel.query.setText("squadron delivery")
    panel.search()
    panel.show_dossier("Pakistan")
    while runner.busy or (gui_side is not None and not gui_side.done):
        QCoreApplication.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    settle = time.perf_counter() + SETTLE_SECONDS
    while time.perf_counter() < settle or runner.busy:
        QCoreApplication.processEvents()
        time.sleep(0.001)
    worst, p99 = beat.stop()
    return worst, p99, took, panel.status.text()


def settle_start(app: object, settings: object) -> None:
    """Wait out the window's own start-up work: its spelling dictionary loads on a thread and
    holds the GIL in slices (100-230 ms stalls, indexing or not), which is not the index's."""
    import threading

    from PySide6.QtCore import QCoreApplication

    from briefdesk.spelling.checker import is_loaded

    language = getattr(settings, "spelling_language", "")
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
        loading = any(t.name == "spelling-load" for t in threading.enumerate())
        if is_loaded(language) and not loading:
            break
    settle = time.perf_counter() + 1.0
    while time.perf_counter() < settle:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def child_main(mode: str, count: int, desk: Path) -> int:
    """One fresh window: a first (cold) index run, then a second one from an empty library."""
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import load_settings

    app = QApplication([])
    settings = load_settings()
    settings.library_folders = [str(desk)]
    window = MainWindow(settings)
    window.show()
    if not mode.endswith("@start"):
        settle_start(app, settings)
    for phase in ("cold", "warm"):
        worst, p99, took, status = one_run(app, window, mode)
        print(f"RESULT {mode} {phase} {worst:.2f} {p99:.2f} {took:.2f} {status}", flush=True)
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: mode for one fresh window
    parser.add_argument("--desk", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return child_main(args.one, args.count, Path(args.desk))
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]

    import subprocess

    from tests.library.factory import write_many

    desk = Path(os.environ["BRIEFDESK_HOME"]) / "desk"
    write_many(desk, args.count)
    results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    for round_no in range(args.rounds):
        for mode in modes if round_no % 2 == 0 else modes[::-1]:
            home = tempfile.mkdtemp(prefix=f"bench-library-stall-{mode}-")
            env = dict(os.environ, BRIEFDESK_HOME=home)
            command = [sys.executable, __file__, "--one", mode, "--desk", str(desk)]
            command += ["--count", str(args.count)]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            for line in out.stdout.splitlines():
                if not line.startswith("RESULT "):
                    continue
                _r, m, phase, worst, p99, took, status = line.split(" ", 6)
                results.setdefault((m, phase), []).append((float(worst), float(p99), float(took)))
                print(
                    f"{m:6} {phase} (round {round_no + 1}): longest stall {float(worst):6.1f} ms,"
                    f" p99 {float(p99):5.1f} ms, {args.count} briefs in {float(took):4.1f} s"
                    f" — {status}",
                    flush=True,
                )
    print(
        f"\n{args.count} briefs, {args.rounds} fresh windows per mode, load now"
        f" {os.getloadavg()[0]:.1f}; cold = the first index after the window has settled"
    )
    print("| mode | run | longest stall (ms) | p99 (ms) | index time (s, median) |")
    print("| --- | --- | --- | --- | --- |")
    for (mode, phase), rows in results.items():
        worst = [r[0] for r in rows]
        p99 = [r[1] for r in rows]
        took = [r[2] for r in rows]
        print(
            f"| {mode} | {phase} | {min(worst):.0f}–{max(worst):.0f} |"
            f" {min(p99):.1f}–{max(p99):.1f} | {statistics.median(took):.1f} |"
        )
    print("target: longest stall ≤ 50 ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
