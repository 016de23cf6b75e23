"""Score the hand-written genre practice documents (tests/data/extract/genres/).

They are tuning material written by helpers (gold first, before the extractor read them), one
prefix per genre family ("doc_" formal documents, "deal_" deals; speech: "radio_", "tv_",
"earnings_", "minutes_", "readout_"). Usage:
    PYTHONPATH=src python benchmarks/bench_genres.py [--prefix doc_] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import briefdesk_extract, report  # noqa: E402

from briefdesk.extract.scoring import new_scores, score_article  # noqa: E402

GENRES = ROOT / "tests" / "data" / "extract" / "genres"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--prefix", default="", help="only files whose name starts so")
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    scores = new_scores()
    paths = sorted(GENRES.glob(f"{args.prefix}*.txt"))
    for path in paths:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text("utf-8"))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        text = path.read_text(encoding="utf-8")
        score_article(briefdesk_extract(text, published), gold, scores, path.stem)
    if args.verbose:
        for score in scores.values():
            for miss in score.misses:
                print("   ", miss)
    report(f"genres {args.prefix or 'all'} ({len(paths)} documents)", scores)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
