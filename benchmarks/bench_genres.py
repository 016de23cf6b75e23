"""Score the made-up genre practice documents (tests/data/extract/genres/, tuning material).

Run by hand:  PYTHONPATH=src python benchmarks/bench_genres.py [--verbose] [PREFIX ...]
PREFIX keeps only files whose name starts with it (e.g. ``radio`` or ``minutes``).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bench_extract import briefdesk_extract, report  # noqa: E402

from briefdesk.extract.scoring import new_scores, score_article  # noqa: E402

GENRES = ROOT / "tests" / "data" / "extract" / "genres"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefix", nargs="*")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    scores = new_scores()
    paths = [
        p
        for p in sorted(GENRES.glob("*.txt"))
        if not args.prefix or any(p.name.startswith(x) for x in args.prefix)
    ]
    for path in paths:
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        text = path.read_text(encoding="utf-8")
        score_article(briefdesk_extract(text, published), gold, scores, path.stem)
    if args.verbose:
        for score in scores.values():
            for miss in score.misses:
                print("   ", miss)
    report(f"genres ({len(paths)} documents)", scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
