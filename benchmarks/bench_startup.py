"""Start-up: first shown BriefDesk window vs a bare PySide6 window, interleaved in one run.

Run by hand: ``PYTHONPATH=src python benchmarks/bench_startup.py [--runs 7]``. Each sample is a
fresh process (imports included) that exits as soon as its window is shown. Target: ≤ 1.2×.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1440, 900)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

# Through the ``briefdesk`` command (CLI parsing and its imports included) and the GUI entry alone.
VIA_CLI = "import sys; from briefdesk.cli.main import main; sys.exit(main(sys.argv[1:]))"
VIA_APP = "import sys; from briefdesk.gui.app import main; sys.exit(main(sys.argv[1:]))"


def _time(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--brief", type=Path, help="open this brief (default: a new one)")
    args = parser.parse_args()
    src = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        # An installed package ships compiled bytecode (PySide6 does); compile ours the same way
        # (into the git-ignored __pycache__) so source compilation is not counted, even when
        # PYTHONDONTWRITEBYTECODE is set.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(src)],
            check=True,
            env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        )
        env = {
            **os.environ,
            "BRIEFDESK_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
        }
        brief = [str(args.brief)] if args.brief else []
        cases = {
            "bare PySide6 window": (BARE, []),
            "BriefDesk first frame (briefdesk command)": (VIA_CLI, ["--exit-after-show", *brief]),
            "BriefDesk first frame (gui.app.main)": (VIA_APP, ["--exit-after-show", *brief]),
            "BriefDesk fully built (gui.app.main)": (VIA_APP, ["--exit-when-ready", *brief]),
        }
        for code, extra in cases.values():
            _time(code, extra, env)  # warm the file cache
        samples: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, (code, extra) in cases.items():
                samples[name].append(_time(code, extra, env))
    bare = statistics.median(samples["bare PySide6 window"])
    for name, values in samples.items():
        median = statistics.median(values)
        print(
            f"{name:44s} median {median * 1000:7.1f} ms  min {min(values) * 1000:7.1f} ms"
            f"  ratio {median / bare:.2f}x"
        )
    print("target: first frame <= 1.20x the bare window")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
