"""The whole-text scans under ``re`` and under the ``regex`` module, side by side in one run.

Run by hand:  python benchmarks/bench_scan_engines.py [--passes 15]

The tuning articles (bench_extract's "tuning" split: no held-out or fresh text), cut or
repeated to 3 KB like bench_extract_speed.py, are scanned by the extractor's costliest
whole-text patterns (money, dates, the Doc's lower-case words, sentence ends), compiled by each
engine from the same pattern text and flags. Each figure is the least of ``--passes`` passes,
the engines alternating, in CPU microseconds per article; "same" says whether both engines found
the same spans. Round 12 measured ``regex`` about twice as slow as ``re`` here, so the extractor
stays on ``re`` (docs/extraction.md, "Round 12: speed").
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

from bench_extract import load_corpus  # noqa: E402

from briefdesk.extract import doc, text  # noqa: E402
from briefdesk.extract.dates import DATE_RE  # noqa: E402
from briefdesk.extract.money import MONEY_RE  # noqa: E402

SIZE = 3072


def articles() -> list[str]:
    texts = [body for _name, body, _gold in load_corpus("tuning")]
    return [(body * (SIZE // max(1, len(body)) + 1))[:SIZE] for body in texts]


def least(scan: Callable[[], object], passes: int, count: int) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        scan()
        best = min(best, time.process_time() - start)
    return best / count * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=15)
    args = parser.parse_args()
    try:
        import regex  # type: ignore[import-untyped]  # (not a BriefDesk dependency)
    except ImportError:
        print("the regex module is not installed: nothing to compare")
        return 0
    texts = articles()
    patterns: dict[str, re.Pattern[str]] = {
        "money": MONEY_RE,
        "dates": DATE_RE,
        "lower words": doc.LOWER_WORD,
        "sentence ends": text._SENTENCE_END,
    }
    print(f"{len(texts)} tuning articles at {SIZE} chars; CPU us per article, least of passes")
    print(f"  {'scan':<16} {'re':>9} {'regex':>9}  same")
    for name, plain in patterns.items():
        other: Any = regex.compile(plain.pattern, plain.flags & ~re.UNICODE)
        same = all(
            [m.span() for m in plain.finditer(t)] == [m.span() for m in other.finditer(t)]
            for t in texts
        )
        timed = {"re": float("inf"), "regex": float("inf")}
        for index in range(args.passes):
            order = (("re", plain), ("regex", other))
            for engine, compiled in order if index % 2 == 0 else reversed(order):
                figure = least(
                    lambda c=compiled: [list(c.finditer(t)) for t in texts], 1, len(texts)
                )
                timed[engine] = min(timed[engine], figure)
        print(f"  {name:<16} {timed['re']:9.1f} {timed['regex']:9.1f}  {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
