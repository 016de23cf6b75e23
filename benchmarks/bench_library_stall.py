"""Longest event-loop stall of the window while the Library panel indexes 2,000 briefs.

Run by hand: ``PYTHONPATH=.:src python benchmarks/bench_library_stall.py`` (offscreen by default).
Same 2 ms heartbeat as bench_stall.py; a search and a dossier run while the index job does.
Target: < 50 ms.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["BRIEFDESK_HOME"] = tempfile.mkdtemp(prefix="bench-library-stall-")

from bench_stall import Heartbeat  # noqa: E402


def main(count: int = 2000) -> int:
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import load_settings
    from tests.library.factory import write_many

    app = QApplication([])
    desk = Path(os.environ["BRIEFDESK_HOME"]) / "desk"
    write_many(desk, count)
    settings = load_settings()
    settings.library_folders = [str(desk)]
    window = MainWindow(settings)
    window.show()
    panel = window.library_panel
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    panel.index_now()
    panel.query.setText("squadron delivery")
    panel.search()
    panel.show_dossier("Pakistan")
    while window.runner.busy:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    worst, p99 = beat.stop()
    print(f"indexed {count} briefs in {took:.1f} s with the window up: {panel.status.text()}")
    print(f"longest stall {worst:.1f} ms, p99 {p99:.1f} ms (target < 50 ms)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
