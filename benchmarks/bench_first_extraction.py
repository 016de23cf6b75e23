"""The first extraction as the window's user meets it, this tree against a baseline, alternating.

Run by hand:  python benchmarks/bench_first_extraction.py [--baseline round23-start] [--runs 5]

The window extracts in a warm child process (``briefdesk.extractrun``) and starts that child
1.5 s after it shows (``MainWindow.warm_up``). Each sample is a fresh interpreter with Qt loaded
(so children come from the forkserver, as in the window) and its tree's own home (its table
cache built beforehand), that times through ``extract_isolated``:
- "at once": a tuning article pasted before any warm-up (the child starts cold);
- "warm-up": ``extractrun.warm_up()`` itself (what a paste during it waits for at most);
- "first after": the first tuning article after the warm-up, then a second article, then the
  first again ("steady"): the gap between "first after" and "steady" is what the warm-up left.
Wall-clock ms, medians of the runs with their range; the trees alternate run by run so other
load falls on both alike. Articles: tuning split only, cut to 3 KB, a different one each run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract_speed import ARTICLE_CHARS, articles_of, compiled_trees, env_for, spread

SAMPLE = r"""
import json, sys, time
import PySide6.QtCore  # noqa: F401  (the window's process: children come from the forkserver)
from briefdesk import extractrun
from briefdesk.model import Source
first, second = (open(p, encoding="utf-8").read()[:int(sys.argv[3])] for p in sys.argv[1:3])
found = {}
def timed(label, call):
    start = time.perf_counter()
    call()
    found[label] = (time.perf_counter() - start) * 1000
if sys.argv[4] == "warm":
    timed("warm-up", extractrun.warm_up)
    timed("first after", lambda: extractrun.extract_isolated(Source(text=first)))
    timed("second", lambda: extractrun.extract_isolated(Source(text=second)))
    timed("steady", lambda: extractrun.extract_isolated(Source(text=first)))
else:
    timed("at once", lambda: extractrun.extract_isolated(Source(text=first)))
extractrun.shutdown()
print(json.dumps(found))
"""

FIGURES = ("at once", "warm-up", "first after", "second", "steady")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="round23-start", help="git ref to compare with")
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per tree and mode")
    args = parser.parse_args()
    paths = articles_of(True)
    with tempfile.TemporaryDirectory(prefix="bench-first-") as tmp:
        trees = compiled_trees(args.baseline, Path(tmp))
        names = list(trees)
        homes = {name: Path(tmp) / f"home-{index}" for index, name in enumerate(names)}
        for name in names:  # each home's table cache, built once before the samples
            subprocess.run(
                [sys.executable, "-c", "from briefdesk.extract import extract_text as e; e('A.')"],
                env=env_for(trees[name], homes[name]),
                check=True,
            )
        found: dict[str, dict[str, list[float]]] = {n: {f: [] for f in FIGURES} for n in names}
        for run in range(args.runs):
            first, second = paths[(7 * run) % len(paths)], paths[(7 * run + 3) % len(paths)]
            for mode in ("cold", "warm"):
                for name in names if run % 2 == 0 else reversed(names):
                    env = env_for(trees[name], homes[name])
                    out = subprocess.run(
                        [sys.executable, "-c", SAMPLE, first, second, str(ARTICLE_CHARS), mode],
                        capture_output=True,
                        text=True,
                        env=env,
                        check=True,
                    ).stdout
                    for label, ms in json.loads(out.strip().splitlines()[-1]).items():
                        found[name][label].append(ms)
        print(f"{args.runs} runs per tree and mode, tuning articles at {ARTICLE_CHARS} chars")
        print(f"{'':<16}" + "".join(f" {label:>22}" for label in FIGURES))
        for name in names:
            cells = [
                f"{statistics.median(v):7.0f} ({spread(v):>12})" if v else f"{'-':>22}"
                for v in (found[name][label] for label in FIGURES)
            ]
            print(f"{name:<16}" + "".join(f" {cell:>22}" for cell in cells))
        print("(wall-clock ms through extract_isolated: median of the runs, range in brackets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
