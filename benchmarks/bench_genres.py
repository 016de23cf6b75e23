"""Score the made-up genre practice documents (tests/data/extract/genres/, tuning material).

Usage: PYTHONPATH=src python benchmarks/bench_genres.py [--prefix deal_] [--verbose]
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from briefdesk.extract import extract_text
from briefdesk.extract.scoring import new_scores, score_article

GENRES = Path(__file__).resolve().parent.parent / "tests" / "data" / "extract" / "genres"


def main() -> int:
    """Print per-field P/R/F1 over the genre documents whose names start with ``--prefix``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--prefix", default="")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    scores = new_scores()
    for path in sorted(GENRES.glob(f"{args.prefix}*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        pred = extract_text(path.read_text(encoding="utf-8"), published=published).to_json()
        score_article(pred, gold, scores, path.stem)
    for label, score in scores.items():
        print(
            f"  {label:<16} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f}"
            f"   {score.tp}/{score.fp}/{score.fn}"
        )
        if args.verbose:
            for miss in score.misses:
                print("     ", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
