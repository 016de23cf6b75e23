"""The waits a desk officer feels in the window, this tree against a baseline, side by side.

Run by hand:  python benchmarks/bench_waits.py [--baseline round26-start] [--runs 3]

Each sample is a fresh window process (offscreen Qt, through ``briefdesk.cli.main`` as the
``briefdesk`` command starts it, its tree's own home with the table cache built beforehand) that
times, in wall-clock seconds from the first turn of its event loop:
- "paste": an invented wire story added as pasted text 3 s after start (the newcomer's timing):
  until the source is in ("added") and until its suggestions are listed ("suggested");
- "reopen": a saved one-source brief opened from the command line: until its suggestions are
  listed (the Suggestions panel is empty until then);
- "docx": a .docx article opened from the command line: until the source is in and until its
  suggestions are listed;
- "export": the same brief opened, its first Word export started from the Export dialog 4 s after
  start: until the file is written;
- "reopen again": the brief opened a second time in a new window after the first window read it
  (what a desk officer meets the next morning).
Also "started" (the window built) and the longest event-loop stall after it (a 10 ms
heartbeat) during each sample: the window must never freeze. The trees alternate run by run so
other helpers' load falls on both alike; medians and ranges are printed, no assertion is made.
The machine's load average is printed with them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract_speed import compiled_trees, export_tree

ARTICLE = """Norvia buys patrol boats from Kestrel Marine

OSLEN, 2 December 2026 (Harbour Wire) - Norvia's Ministry of Defence said on Tuesday it had
signed a 410 million euro contract with Kestrel Marine Systems of Denmark for six coastal patrol
vessels, the largest naval order in the country's history.

Deliveries are due to start in 2028, Defence Minister Arlo Pesk told reporters in Oslen. The
contract includes training for crews and a ten-year maintenance package, the ministry said.

Separately, the Norvian coast guard said it had cancelled a 35 million euro order for radar
systems placed with Velto Electronics in 2024, citing delays.
"""

STORY = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
scenario, data, out_dir = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication(["briefdesk"])
found = {}
start = [0.0]
beat = {"last": 0.0, "stall": 0.0}

def window():
    for w in QApplication.instance().topLevelWidgets():
        if isinstance(w, QMainWindow) and w.isVisible():
            return w

def tick():
    now = time.perf_counter()
    if beat["last"]:
        beat["stall"] = max(beat["stall"], now - beat["last"] - 0.010)
    beat["last"] = now

def at(label):
    found.setdefault(label, round(time.perf_counter() - start[0], 2))

def finish():
    found["stall ms"] = round(beat["stall"] * 1000)
    print("RESULT " + json.dumps(found), flush=True)
    os._exit(0)

def poll():
    w = window()
    if w is None or not getattr(w, "started", False):  # shown, not yet built
        QTimer.singleShot(20, poll)
        return
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.windowTitle().startswith("Welcome"):
        modal.reject()
    if not found.get("started"):  # stalls count from the built window, not during its build
        found["started"] = round(time.perf_counter() - start[0], 2)
        beat["stall"] = 0.0
    source_id = w.sources_pane.current_id()
    if source_id and w.doc.brief.sources:
        at("added")
    if source_id and source_id in w.suggestions:
        at("suggested")
    if scenario == "export" and found.get("exported"):
        finish()
    elif scenario != "export" and "suggested" in found:
        finish()
    if time.perf_counter() - start[0] > 120:
        found["timeout"] = True
        finish()
    QTimer.singleShot(20, poll)

def paste():
    window().add_source_text(open(data, encoding="utf-8").read())

def export():
    from PySide6.QtWidgets import QApplication
    w = window()
    w.export_dialog()
    dialog = QApplication.activeModalWidget()
    target = os.path.join(out_dir, f"first-{os.getpid()}.docx")  # never an existing file
    dialog.out.setText(target)
    dialog.exported.connect(lambda _p: at("exported"))
    dialog.start_export()

def go():
    start[0] = time.perf_counter()
    heartbeat = QTimer(app)
    heartbeat.timeout.connect(tick)
    heartbeat.start(10)
    if scenario == "paste":
        QTimer.singleShot(3000, paste)
    if scenario == "export":
        QTimer.singleShot(4000, export)
    poll()

QTimer.singleShot(0, go)
argv = [data] if scenario in ("reopen", "docx", "export") else []
sys.argv = ["briefdesk", *argv]
from briefdesk.cli.main import main
main()
"""

SCENARIOS = ("paste", "reopen", "docx", "export")
FIGURES = {
    "paste": ("added", "suggested"),
    "reopen": ("suggested",),
    "docx": ("added", "suggested"),
    "export": ("exported",),
}


def env_for(src: Path, home: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(src), BRIEFDESK_HOME=str(home))
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def make_inputs(folder: Path, src: Path, home: Path) -> dict[str, Path]:
    """The invented article as text, as a .docx and inside a saved one-source brief."""
    text = folder / "article.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    script = r"""
import sys
from pathlib import Path
from docx import Document
from briefdesk.model.brief import Brief
from briefdesk.sources import import_file
from briefdesk.store import save_brief
text, docx, brief = (Path(p) for p in sys.argv[1:4])
doc = Document()
for para in text.read_text(encoding="utf-8").split("\n\n"):
    doc.add_paragraph(" ".join(para.split()))
doc.save(docx)
source = import_file(text)
save_brief(brief, Brief(sources=[source]))
"""
    paths = {"docx": folder / "article.docx", "brief": folder / "saved.brief"}
    subprocess.run(
        [sys.executable, "-c", script, str(text), str(paths["docx"]), str(paths["brief"])],
        env=env_for(src, home),
        check=True,
    )
    return {"paste": text, "reopen": paths["brief"], "docx": paths["docx"],
            "export": paths["brief"]}


def sample(src: Path, home: Path, scenario: str, data: Path, out: Path) -> dict[str, float]:
    run = subprocess.run(
        [sys.executable, "-c", STORY, scenario, str(data), str(out)],
        env=env_for(src, home),
        capture_output=True,
        text=True,
        timeout=300,
    )
    for line in run.stdout.splitlines():
        if line.startswith("RESULT "):
            return dict(json.loads(line[7:]))
    raise RuntimeError(f"{scenario}: no result\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="round26-start", help="git ref to compare with")
    parser.add_argument("--other", default="", help="a ref for this side (default: this tree)")
    parser.add_argument("--runs", type=int, default=3, help="fresh windows per tree and scenario")
    parser.add_argument("--only", default="", help="comma-separated scenarios (default: all)")
    args = parser.parse_args()
    scenarios = [s for s in SCENARIOS if not args.only or s in args.only.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-waits-") as tmp:
        trees = compiled_trees(args.baseline, Path(tmp))
        if args.other:  # a committed ref instead of the working tree
            trees.pop("this tree")
            trees[args.other] = export_tree(args.other, Path(tmp) / "other")
            subprocess.run([sys.executable, "-m", "compileall", "-q", str(trees[args.other])])
        names = list(trees)
        homes = {name: Path(tmp) / f"home-{index}" for index, name in enumerate(names)}
        inputs = {}
        for index, name in enumerate(names):
            folder = Path(tmp) / f"inputs-{index}"
            folder.mkdir()
            subprocess.run(  # the table cache, built once before the samples
                [sys.executable, "-c", "from briefdesk.extract import extract_text as e; e('A.')"],
                env=env_for(trees[name], homes[name]),
                check=True,
            )
            inputs[name] = make_inputs(folder, trees[name], homes[name])
        found: dict[str, dict[str, list[float]]] = {n: {} for n in names}
        for run in range(args.runs):
            for scenario in scenarios:
                for name in names if run % 2 == 0 else list(reversed(names)):
                    rows = [(scenario, inputs[name][scenario])]
                    if scenario == "reopen":
                        rows.append(("reopen again", inputs[name]["reopen"]))
                    for label, data in rows:
                        kind = "reopen" if label == "reopen again" else scenario
                        got = sample(trees[name], homes[name], kind, data, Path(tmp))
                        for figure, value in got.items():
                            if isinstance(value, (int, float)) and not isinstance(value, bool):
                                found[name].setdefault(f"{label}: {figure}", []).append(value)
                        print(f"run {run + 1} {name:>14} {label:>13}: {got}", flush=True)
        print(f"\nload average {os.getloadavg()[0]:.1f} (2 cores); medians (min-max), seconds")
        keys = [k for k in found[names[0]] if k in found[names[-1]]]
        for key in keys:
            cells = []
            for name in names:
                values = found[name][key]
                cells.append(
                    f"{statistics.median(values):7.2f} ({min(values):.2f}-{max(values):.2f})"
                )
            pairs = zip(names, cells, strict=True)
            print(f"{key:>28}: " + "   ".join(f"{n}: {c}" for n, c in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
