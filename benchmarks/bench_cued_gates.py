"""Round 18's gates by derived cues (``pattern_cues.cued``) against their plain patterns.

Run by hand:  python benchmarks/bench_cued_gates.py [--passes 5]

In one interpreter, over the tuning-corpus articles cut or repeated to 3 KB (no held-out,
blind or check text): each gate's calls are recorded in one pass and replayed through the
plain pattern and through the gate (least of 3, per gate); then the whole extractor runs with
every gate swapped for its plain pattern and back, per article in alternating order, least CPU
of ``--passes`` passes. Prints figures only.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import load_corpus  # noqa: E402

import briefdesk.extract as extract_package  # noqa: E402
from briefdesk.extract import extract_text  # noqa: E402
from briefdesk.extract.pattern_cues import Cued  # noqa: E402


def gates() -> tuple[dict[str, Cued], list[tuple[ModuleType, str, Cued]]]:
    """Every gate by name, and every module name that holds one (to swap them)."""
    named: dict[str, Cued] = {}
    sites = []
    for info in pkgutil.walk_packages(extract_package.__path__, "briefdesk.extract."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Cued):
                if all(value is not seen for seen in named.values()):  # (one name each)
                    named[f"{info.name.rsplit('.', 1)[-1]}.{name}"] = value
                sites.append((module, name, value))
    return named, sites


def replay(calls: list[str], search: Callable[[str], Any]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in calls:
            search(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    texts = [text for _name, text, _gold in load_corpus("tuning-corpus")]
    articles = [(t * (3072 // max(1, len(t)) + 1))[:3072] for t in texts]
    named, sites = gates()
    calls: dict[str, list[str]] = {name: [] for name in named}
    for name, gate in named.items():  # record (finditer calls replayed as searches)
        plain_search, plain_iter = gate.search, gate.finditer
        gate.search = lambda t, n=name, s=plain_search: calls[n].append(t) or s(t)  # type: ignore[method-assign]
        gate.finditer = lambda t, n=name, f=plain_iter: calls[n].append(t) or f(t)  # type: ignore[method-assign]
    for article in articles:
        extract_text(article)
    count = len(articles)
    total = [0.0, 0.0]
    for name, gate in named.items():
        del gate.search, gate.finditer
        plain, cued = replay(calls[name], gate.pattern.search), replay(calls[name], gate.search)
        total = [total[0] + plain, total[1] + cued]
        passed = sum(map(gate.holds, calls[name])) / max(1, len(calls[name]))
        print(
            f"{name:30} {len(calls[name]) / count:5.1f} calls  pass {passed:4.2f}  "
            f"plain {plain * 1e6 / count:6.1f} us  gated {cued * 1e6 / count:6.1f} us"
        )
    print(
        f"replayed: plain {total[0] * 1e6 / count:.0f} us -> gated {total[1] * 1e6 / count:.0f} us"
    )

    def use(gated: bool) -> None:
        for module, name, gate in sites:
            setattr(module, name, gate if gated else gate.pattern)

    best = {True: [float("inf")] * count, False: [float("inf")] * count}
    for gated in (True, False):
        use(gated)
        for article in articles:
            extract_text(article)
    for turn in range(args.passes):
        for index, article in enumerate(articles):
            for gated in (True, False) if (index + turn) % 2 else (False, True):
                use(gated)
                start = time.process_time()
                extract_text(article)
                best[gated][index] = min(best[gated][index], time.process_time() - start)
    use(True)
    plain_ms, gated_ms = (sum(best[g]) * 1000 / count for g in (False, True))
    print(
        f"whole extractor, least CPU of {args.passes} passes: plain {plain_ms:.2f} ms -> "
        f"gated {gated_ms:.2f} ms per article ({gated_ms - plain_ms:+.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
