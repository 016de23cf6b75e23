"""Extraction speed of this tree against a baseline tree, side by side in one run.

Run by hand:  python benchmarks/bench_extract_speed.py [--baseline round3-freeze]
              [--rounds 6] [--fresh 5] [--tuning]

The baseline's ``src`` is exported with ``git archive`` into a temporary folder. Each tree gets
one long-lived worker interpreter; the workers take turns (the order flips every round) running
every corpus article, cut or repeated to 3 KB, so load from other processes on a shared machine
falls on both alike. Reported per tree: mean and median ms per 3 KB article over all rounds,
with the spread of the round means; per-component times (timers on, the median of alternating
passes); import time and first-call time (fresh interpreters, alternating). Output equality is
the job of the snapshot test (tests/extract/test_corpus.py) and of benchmarks/same_output.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "extract" / "corpus"
ARTICLE_CHARS = 3072

# The worker: reads commands on stdin, answers one JSON line each. Kept as text so that each
# tree's interpreter imports only its own ``briefdesk``.
WORKER = r"""
import json, sys, time
from pathlib import Path
texts = [Path(p).read_text(encoding="utf-8") for p in json.loads(sys.argv[1])]
size = int(sys.argv[2])
articles = [(t * (size // max(1, len(t)) + 1))[:size] for t in texts]
from briefdesk.extract import extract_text, timing
extract_text(articles[0])
for article in articles:
    extract_text(article)
print(json.dumps({"ready": len(articles)}), flush=True)
for line in sys.stdin:
    command = line.strip()
    if command == "pass":
        times, cpu = [], []
        for article in articles:
            start, start_cpu = time.perf_counter(), time.process_time()
            extract_text(article)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        print(json.dumps([times, cpu]), flush=True)
    elif command == "components":
        timing.TIMES = {}
        start = time.perf_counter()
        for article in articles:
            extract_text(article)
        total = (time.perf_counter() - start) * 1000 / len(articles)
        times, timing.TIMES = timing.TIMES, None
        per = {name: s * 1000 / len(articles) for name, s in times.items()}
        print(json.dumps({"total": total, "per": per}), flush=True)
"""

IMPORT = (
    "import time; t = time.perf_counter(); import briefdesk.extract; print(time.perf_counter() - t)"
)
FIRST_CALL = (
    "import sys; from pathlib import Path; from briefdesk.extract import extract_text; "
    "import time; text = sorted(Path(sys.argv[1]).glob('*.txt'))[0].read_text(encoding='utf-8'); "
    "t = time.perf_counter(); extract_text(text[:{size}]); print(time.perf_counter() - t)"
)


def export_tree(ref: str, into: Path) -> Path:
    """The ``src`` folder of ``ref``, unpacked into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "src"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def compiled_trees(baseline: str, into: Path) -> dict[str, Path]:
    """``baseline``'s ``src`` (exported into ``into``) and this tree's, each compiled to
    bytecode as an install ships it (so a fresh interpreter times imports, not compiling)."""
    trees = {baseline: export_tree(baseline, into / "baseline"), "this tree": ROOT / "src"}
    for src in trees.values():
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(src)],
            check=True,
            env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            stdout=subprocess.DEVNULL,
        )
    return trees


def env_for(src: Path, home: Path) -> dict[str, str]:
    """One tree's interpreter; BRIEFDESK_HOME keeps its table cache (extract/data_cache.py)
    out of the real user folders."""
    return {"PYTHONPATH": str(src), "PYTHONHASHSEED": "0", "BRIEFDESK_HOME": str(home)}


def python_in(env: dict[str, str], code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.strip()


class Worker:
    """One long-lived interpreter running one tree's extractor."""

    def __init__(self, env: dict[str, str], paths: list[str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, json.dumps(paths), str(ARTICLE_CHARS)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.articles = self.ask("")["ready"]

    def ask(self, command: str) -> Any:  # the JSON of either answer
        assert self.proc.stdin and self.proc.stdout
        if command:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin
        self.proc.stdin.close()
        self.proc.wait()


def _median_pass(passes: list[Any]) -> dict[str, Any]:
    """One components answer made of the median of each figure over the passes."""
    keys = {key for one in passes for key in one["per"]}
    return {
        "total": statistics.median(one["total"] for one in passes),
        "per": {key: statistics.median(one["per"].get(key, 0.0) for one in passes) for key in keys},
    }


def articles_of(tuning_only: bool) -> list[str]:
    """The corpus articles to time: all, or the tuning split's only (bench_extract.split_of)."""
    found = sorted(CORPUS.glob("*.txt"))
    if tuning_only:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_extract import split_of

        found = [p for p in found if split_of(int(p.name.split("_", 1)[0])) == "tuning"]
    return [str(p) for p in found]


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}-{max(values):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="round3-freeze", help="git ref to compare with")
    parser.add_argument(
        "--other", default="", help="git ref to time instead of this working tree (optional)"
    )
    parser.add_argument("--rounds", type=int, default=6, help="timed passes per tree")
    parser.add_argument("--fresh", type=int, default=5, help="fresh interpreters per tree")
    parser.add_argument(
        "--tuning", action="store_true", help="only the corpus's tuning articles (blind rules)"
    )
    args = parser.parse_args()
    paths = articles_of(args.tuning)
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        trees = {args.baseline: export_tree(args.baseline, Path(tmp) / "baseline")}
        if args.other:
            trees[args.other] = export_tree(args.other, Path(tmp) / "other")
        else:
            trees["this tree"] = ROOT / "src"
        names = list(trees)
        envs = {
            name: env_for(src, Path(tmp) / f"home-{index}")
            for index, (name, src) in enumerate(trees.items())
        }
        first_call = FIRST_CALL.replace("{size}", str(ARTICLE_CHARS))
        # The first call in a fresh home, before any table cache exists (round 3 keeps none).
        no_cache = {name: float(python_in(envs[name], first_call, str(CORPUS))) for name in names}
        workers = {name: Worker(envs[name], paths) for name in names}
        times: dict[str, list[float]] = {name: [] for name in names}
        round_means: dict[str, list[float]] = {name: [] for name in names}
        cpu: dict[str, list[float]] = {name: [] for name in names}
        for index in range(args.rounds):
            for name in names if index % 2 == 0 else reversed(names):
                one, one_cpu = workers[name].ask("pass")
                times[name].extend(one)
                cpu[name].extend(one_cpu)
                round_means[name].append(statistics.mean(one))
        # Per-component passes alternate too, and each figure is the median of the passes: a
        # single pass each was moved more by other load than by the code.
        passes: dict[str, list[Any]] = {name: [] for name in names}
        for index in range(max(1, args.rounds // 2)):
            for name in names if index % 2 == 0 else reversed(names):
                passes[name].append(workers[name].ask("components"))
        components = {name: _median_pass(passes[name]) for name in names}
        for worker in workers.values():
            worker.close()
        imports: dict[str, list[float]] = {name: [] for name in names}
        first: dict[str, list[float]] = {name: [] for name in names}
        for _ in range(args.fresh):
            for name in names:
                imports[name].append(float(python_in(envs[name], IMPORT)) * 1000)
                first[name].append(float(python_in(envs[name], first_call, str(CORPUS))) * 1000)
    articles = len(times[names[0]]) // max(1, args.rounds)
    print(f"{articles} corpus articles at {ARTICLE_CHARS} chars, {args.rounds} alternating rounds")
    print(
        f"{'':<16} {'mean ms':>8} {'median':>8} {'round means':>13} {'cpu ms':>7} "
        f"{'import ms':>14} {'first call ms':>16}"
    )
    for name in names:
        print(
            f"{name:<16} {statistics.mean(times[name]):8.2f} {statistics.median(times[name]):8.2f}"
            f" {spread(round_means[name]):>13} {statistics.mean(cpu[name]):7.2f}"
            f" {statistics.median(imports[name]):6.0f} ({spread(imports[name])})"
            f" {statistics.median(first[name]):6.0f} ({spread(first[name])})"
        )
    print(
        "(wall-clock ms per article; cpu ms: process time, less moved by other load; import and "
        "first call: median of fresh interpreters, range in brackets)"
    )
    # Each article's least CPU time over the rounds: on a shared machine load only ever adds
    # time, so the least of several passes is the figure it moves least (round 8).
    least = {n: statistics.mean(min(cpu[n][i::articles]) for i in range(articles)) for n in names}
    print(
        "cpu ms, least of the rounds per article: "
        + ", ".join(f"{name} {least[name]:.2f}" for name in names)
    )
    print(
        "first call in a fresh home (no table cache yet): "
        + ", ".join(f"{name} {no_cache[name] * 1000:.0f} ms" for name in names)
    )
    print("\nper component, ms per 3 KB article (timers on, median of alternating passes)")
    every = sorted(
        {key for name in names for key in components[name]["per"]},
        key=lambda key: -components[names[-1]]["per"].get(key, 0.0),
    )
    print(f"  {'component':<40}" + "".join(f" {name[:14]:>14}" for name in names))
    for key in every:
        row = "".join(f" {components[name]['per'].get(key, 0.0):14.3f}" for name in names)
        print(f"  {key:<40}{row}")
    rest = {n: components[n]["total"] - sum(components[n]["per"].values()) for n in names}
    print(f"  {'other (untimed rest)':<40}" + "".join(f" {rest[name]:14.3f}" for name in names))
    print(
        f"  {'total with timers on':<40}"
        + "".join(f" {components[name]['total']:14.3f}" for name in names)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
