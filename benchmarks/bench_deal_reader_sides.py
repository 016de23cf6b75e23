"""How often a learned deal's sides are wrong, and by which side reader (round 17, issue 10).

Left one set out, as ``bench_deal_reader_use``: each training set (never the checks or the blind
sets) is extracted with the reader's weights trained on the other sets, at ``THRESHOLD``. In
each article the rule deals' sides are matched to the gold's sides first (as the scorer does);
each side of a learned deal (rule ``deal.learned-reader``) is then

- right: it takes a gold side (role and name) the rule deals left;
- swapped: its name is a gold side left, in the other role;
- again: it names a gold side the rule deals already took (a restatement);
- other: it names no gold side.

Printed per reader of the side (the why's rule and its words before any quote: "subject of",
"after", "a guess from 'A and B'" ...), so a reader with poor precision on learned deals shows.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_reader_sides.py [threshold] [--names ...]
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_deal_reader as trainer  # noqa: E402
from bench_deal_reader_use import fold_weights  # noqa: E402
from bench_extract import briefdesk_extract, load_corpus  # noqa: E402

from briefdesk.extract import deal_learned, deal_reader  # noqa: E402
from briefdesk.extract.deal_learned import RULE  # noqa: E402
from briefdesk.extract.scoring import norm, party_forms  # noqa: E402


def reader_of(deal: dict[str, Any], role: str) -> str:
    """The side's reader: its why's rule and the words of its text before any quote."""
    for why in deal["why"]:
        if why["rule"].startswith(role + "."):
            words = why["text"].partition(": ")[2].split("'")[0].strip()
            return f"{why['rule']} {words[:40]}"
    return f"{role}.(none)"


def judge(pred: dict[str, Any], gold: dict[str, Any], tally: Counter[tuple[str, str]]) -> None:
    gold_sides = [
        (role, {norm(f) for f in party_forms(d[role], gold["actors"])})
        for d in gold["deals"]
        for role in ("buyer", "seller")
        if d.get(role)
    ]
    left = list(range(len(gold_sides)))
    learned = []
    for deal in pred["deals"]:
        if any(w["rule"] == RULE for w in deal["why"]):
            learned.append(deal)
            continue
        for role in ("buyer", "seller"):
            if deal.get(role):
                hit = next(
                    (
                        i
                        for i in left
                        if gold_sides[i][0] == role and norm(deal[role]) in gold_sides[i][1]
                    ),
                    None,
                )
                if hit is not None:
                    left.remove(hit)
    for deal in learned:
        for role in ("buyer", "seller"):
            if not deal.get(role):
                continue
            name = norm(deal[role])
            hit = next(
                (i for i in left if gold_sides[i][0] == role and name in gold_sides[i][1]), None
            )
            if hit is not None:
                left.remove(hit)
                verdict = "right"
            elif any(name in forms for i, (_, forms) in enumerate(gold_sides) if i in left):
                verdict = "swapped"
            elif any(name in forms for _, forms in gold_sides):
                verdict = "again"
            else:
                verdict = "other"
            tally[(reader_of(deal, role), verdict)] += 1
            tally[("ALL", verdict)] += 1


def main(argv: list[str]) -> int:
    cut = next((i for i, a in enumerate(argv) if a.startswith("--")), len(argv))
    options = argv[cut:]
    deal_learned.THRESHOLD = float(argv[0]) if cut else deal_learned.THRESHOLD
    trainer._options(options)
    tally: Counter[tuple[str, str]] = Counter()
    for name, table in fold_weights(options).items():
        deal_reader.use_weights(table)
        for _stem, text, gold in load_corpus(name):
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            judge(briefdesk_extract(text, published), gold, tally)
    deal_reader.use_weights(None)
    readers = sorted({r for r, _ in tally}, key=lambda r: -sum(tally[(r, v)] for v in VERDICTS))
    print(f"threshold {deal_learned.THRESHOLD}  {' '.join(f'{v:>7}' for v in VERDICTS)}")
    for reader in readers:
        print(f"  {reader:55} " + " ".join(f"{tally[(reader, v)]:7}" for v in VERDICTS))
    return 0


VERDICTS = ("right", "swapped", "again", "other")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
