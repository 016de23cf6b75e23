"""The learned chooser of counterparts, measured left one set out, and its weights trained.

Round 17 (issue 10; docs/extraction.md "Round 17: a learned chooser of counterparts"). Rows come
from ``chooser_data.py`` (training sets only, never the checks or the blind sets). One example
per candidate of an empty side of a found deal; its label is 1 when the scorer would credit it
there: a gold side of that role (``party_forms``: aliases and affiliation) the extractor's own
sides leave uncredited. The model is a logistic regression over ``deal_chooser`` features,
fitted in pure Python (AdaGrad, L2) as ``bench_deal_reader`` does.

Left one set out: each set's empty sides are filled by a model trained on the other sets (the
best candidate, when at least the threshold sure) and buyer/seller is scored as
``bench_extract`` scores it.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_chooser.py          # leave-one-set-out
    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_chooser.py --write  # + weights file
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from chooser_data import ROLES, credited, gold_sides, load_rows  # noqa: E402
from logistic_fit import fit, probability  # noqa: E402

from briefdesk.extract.deal_chooser import BIAS, WEIGHTS  # noqa: E402
from briefdesk.extract.scoring import norm  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
MIN_COUNT = 3
L2 = 1e-3
EPOCHS = 15
RATE = 0.2

Example = tuple[list[str], int]
SHOW = "--show" in sys.argv
# Variants measured (``--skip type:state,loc:prev``): candidates with any of these features
# are never chosen.
SKIP = set(next((a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--skip=")), []))


def labelled(article: dict[str, Any]) -> list[tuple[int, str, list[tuple[str, list[str], int]]]]:
    """The article's records with each candidate labelled (1: the scorer would credit it)."""
    sides = gold_sides(article["gold"])
    got = credited(article["pred"]["deals"], sides)
    open_ = [(role, forms) for i, (_, role, forms) in enumerate(sides) if i not in got]
    out = []
    for index, role, rows in article["records"]:
        out.append(
            (
                index,
                role,
                [
                    (name, feats, int(any(r == role and norm(name) in f for r, f in open_)))
                    for name, feats in rows
                ],
            )
        )
    return out


def examples(articles: list[dict[str, Any]]) -> list[Example]:
    return [(feats, y) for a in articles for _, _, rows in labelled(a) for _, feats, y in rows]


def train(data: list[Example], seed: int = 0) -> dict[str, float]:
    """Logistic regression by AdaGrad over the sparse binary features, L2 on every weight."""
    return fit(data, bias=BIAS, min_count=MIN_COUNT, l2=L2, epochs=EPOCHS, rate=RATE, seed=seed)


def predict(w: dict[str, float], feats: list[str]) -> float:
    return probability(w, feats, BIAS)


def filled(w: dict[str, float], article: dict[str, Any], threshold: float) -> Counter[str]:
    """Buyer/seller tp/fp/fn of the article with its empty sides filled at ``threshold``,
    and what the filling did (sides filled, right, with a right candidate at all)."""
    deals = [dict(d) for d in article["pred"]["deals"]]
    c: Counter[str] = Counter()
    for index, role, rows in labelled(article):
        other = deals[index].get("seller" if role == "buyer" else "buyer") or ""
        scored = [
            (predict(w, feats), name, y)
            for name, feats, y in rows
            if name != other and not (set(feats) & SKIP)
        ]
        c["empty"] += 1
        c["fillable"] += any(y for _, _, y in scored)
        best = max(scored, default=None)
        if best and best[0] >= threshold and not deals[index].get(role):
            deals[index][role] = best[1]
            c["filled"] += 1
            c["filled right"] += best[2]
            if SHOW and not best[2]:
                gold = [d.get(role) for d in article["gold"]["deals"] if d.get(role)]
                print(f"      {article['name'][:30]} {role} {best[1]!r} {best[0]:.2f} gold {gold}")
        if best:
            c["top right"] += best[2]
    sides = gold_sides(article["gold"])
    tp = len(credited(deals, sides))
    pred = sum(bool(d.get(r)) for d in deals for r in ROLES)
    c["tp"], c["fp"], c["fn"] = tp, pred - tp, len(sides) - tp
    return c


def f1(c: Counter[str]) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p, r = tp / (tp + fp), tp / (tp + fn)
    return f"{2 * p * r / (p + r):.4f} ({tp}/{fp}/{fn})"


def main() -> int:
    sets = load_rows("--rebuild" in sys.argv)
    folds = {
        name: train(examples([a for n, arts in sets.items() if n != name for a in arts]))
        for name in sets
    }
    for threshold in (2.0, *(THRESHOLDS if not SHOW else (0.8,))):
        pooled: Counter[str] = Counter()
        per_set = []
        for name, articles in sets.items():
            c: Counter[str] = sum((filled(folds[name], a, threshold) for a in articles), Counter())
            base: Counter[str] = sum((filled(folds[name], a, 2.0) for a in articles), Counter())
            per_set.append((name, c, base))
            pooled += c
        label = "rules only" if threshold > 1 else f">= {threshold}"
        better = sum(_f(c) > _f(b) + 1e-9 for _, c, b in per_set)
        worse = sum(_f(c) < _f(b) - 1e-9 for _, c, b in per_set)
        print(
            f"{label:10} buyer/seller {f1(pooled)}  filled {pooled['filled']} right "
            f"{pooled['filled right']}  (empty {pooled['empty']}, fillable {pooled['fillable']}, "
            f"top right {pooled['top right']})  sets better/worse {better}/{worse}"
        )
        if "--sets" in sys.argv and threshold <= 1:
            for name, c, _ in per_set:
                print(f"    {name:14} {f1(c)} filled {c['filled']} right {c['filled right']}")
    if "--write" in sys.argv:
        w = train(examples([a for arts in sets.values() for a in arts]))
        kept = sorted((f, v) for f, v in w.items() if abs(v) >= 0.01 or f == BIAS)
        path = ROOT / "src" / "briefdesk" / "resources" / WEIGHTS
        head = "# deal_chooser weights (bench_deal_chooser.py --write); feature\tweight\n"
        path.write_text(head + "".join(f"{f}\t{v:.4f}\n" for f, v in kept), encoding="utf-8")
        print(f"wrote {len(kept)} weights to {path}")
    return 0


def _f(c: Counter[str]) -> float:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


if __name__ == "__main__":
    sys.exit(main())
