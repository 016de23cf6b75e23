"""CPU time of a fresh extraction process, this tree against a baseline, alternating (round 23).

Run by hand:  python benchmarks/bench_first_call_cpu.py [--baseline round23-start] [--runs 5]

Process time moves far less than wall time under other load. Each sample is a fresh interpreter
(bytecode compiled, its tree's own home with the table caches built beforehand) on one tuning
article cut to 3 KB, a different one each run:
- "cold first call": importing ``briefdesk.extract`` and the first ``extract_text`` (what
  ``briefdesk extract`` pays);
- "warm job": ``extractrun._warm_job`` with ``briefdesk.model`` already imported (the window's
  worker has it from the forkserver), then "first after" (the article) and "again" (the same
  article once more): their gap is what the warm-up left to the first paste.
Medians of the runs, range in brackets.
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
text = open(sys.argv[1], encoding="utf-8").read()[: int(sys.argv[3])]
if sys.argv[2] == "cold":
    start = time.process_time()
    from briefdesk.extract import extract_text
    extract_text(text)
    print(json.dumps({"cold first call": (time.process_time() - start) * 1000}))
else:
    import briefdesk.model  # noqa: F401
    start = time.process_time()
    from briefdesk.extractrun import _warm_job
    _warm_job()
    warm = time.process_time()
    from briefdesk.extract import extract_text
    extract_text(text)
    first = time.process_time()
    extract_text(text)
    again = time.process_time()
    print(json.dumps({"warm job": (warm - start) * 1000, "first after": (first - warm) * 1000,
                      "again": (again - first) * 1000}))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="round23-start", help="git ref to compare with")
    parser.add_argument("--runs", type=int, default=5, help="fresh interpreters per tree and mode")
    args = parser.parse_args()
    paths = articles_of(True)
    with tempfile.TemporaryDirectory(prefix="bench-first-cpu-") as tmp:
        trees = compiled_trees(args.baseline, Path(tmp))
        names = list(trees)
        envs = {
            name: env_for(src, Path(tmp) / f"home-{index}")
            for index, (name, src) in enumerate(trees.items())
        }
        for name in names:
            warm = "from briefdesk.extractrun import _warm_job; _warm_job()"  # the caches
            subprocess.run([sys.executable, "-c", warm], env=envs[name], check=True)
        found: dict[str, dict[str, list[float]]] = {name: {} for name in names}
        for run in range(args.runs):
            article = paths[(11 * run) % len(paths)]
            for mode in ("cold", "warm"):
                for name in names if run % 2 == 0 else reversed(names):
                    out = subprocess.run(
                        [sys.executable, "-c", SAMPLE, article, mode, str(ARTICLE_CHARS)],
                        capture_output=True,
                        text=True,
                        env=envs[name],
                        check=True,
                    ).stdout
                    for label, ms in json.loads(out).items():
                        found[name].setdefault(label, []).append(ms)
    print(f"{args.runs} runs per tree and mode, tuning articles at {ARTICLE_CHARS} chars, CPU ms")
    for name in names:
        cells = [
            f"{label} {statistics.median(v):.0f} ({spread(v)})" for label, v in found[name].items()
        ]
        print(f"{name:<16} " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
