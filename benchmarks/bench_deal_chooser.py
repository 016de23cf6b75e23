"""The learned chooser of sides, measured left one set out, and its weights trained.

Round 17 (issue 10; docs/extraction.md "Round 17: a learned chooser of counterparts") filled
empty sides; round 25 ("Round 25: a learned side chooser") also lets it replace a rule's side.
Rows come from ``chooser_data.py`` (training sets only, never the checks or the blind sets):
every side of each found deal with buyer and seller, its candidates and the rules' answer. One
example per candidate; its label is 1 when the scorer would credit it there: a gold side of
that role (``party_forms``: aliases and affiliation) the extractor's other sides leave
uncredited. The model is a logistic regression over ``deal_chooser`` features (plus ``cur``:
the candidate is the rules' answer), fitted in pure Python (AdaGrad, L2).

Left one set out: each set is changed by a model trained on the other sets and buyer/seller
is scored as ``bench_extract`` scores it.

    --mode=fill       fill an empty side with the best candidate at the threshold (round 17)
    --mode=swap       also swap a deal's two filled sides (buyer for seller) when the model
                      prefers the swapped pair by ``--margin`` in log-odds
    --mode=replace    also replace a rule's side in the named shapes (``--shapes``), when the
                      best is at the threshold and ``--margin`` above the rules' answer
    --train=empty     train on empty sides only (round 17); ``all`` (default) on every side
    --drop=a,b        leave out features starting with these (ablation)
    --skip=a,b        never choose a candidate with one of these features
    --sets --show --write

    PYTHONPATH=src .venv/bin/python benchmarks/bench_deal_chooser.py --mode=fill --train=empty
"""

from __future__ import annotations

import math
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

MIN_COUNT = 3
L2 = 1e-3
EPOCHS = 15
RATE = 0.2

Example = tuple[list[str], int]
Row = tuple[str, list[str], int]


def _arg(name: str, default: str) -> str:
    return next((a.split("=", 1)[1] for a in sys.argv if a.startswith(f"--{name}=")), default)


def _list(name: str) -> list[str]:
    return [x for x in _arg(name, "").split(",") if x]


SHOW = "--show" in sys.argv
MODE = _arg("mode", "fill")
TRAIN = _arg("train", "all")
DROP = tuple(_list("drop"))
SKIP = set(_list("skip"))
SHAPES = set(_list("shapes") or ["state-org", "org-org"])
MARGIN = float(_arg("margin", "0.3"))
THRESHOLDS = tuple(float(t) for t in _list("thresholds") or ["0.5", "0.6", "0.7", "0.8", "0.9"])


def labelled(article: dict[str, Any]) -> list[tuple[int, str, str, list[Row]]]:
    """The article's records, each candidate labelled (1: the scorer would credit it there,
    the rules' other sides kept) and marked ``cur`` when it is the rules' answer."""
    pred = article["pred"]["deals"]
    sides = gold_sides(article["gold"])
    out = []
    for index, role, rows, current in article["records"]:
        if index >= len(pred) or norm(pred[index].get(role) or "") != norm(current or ""):
            continue  # a later pass changed the side: not the chooser's to judge
        deals = [dict(d) for d in pred]
        deals[index][role] = None
        got = credited(deals, sides)
        open_ = [(r, forms) for i, (_, r, forms) in enumerate(sides) if i not in got]
        marked = []
        for name, feats in rows:
            is_cur = bool(current) and norm(name) == norm(current)
            cue = "cur:none" if not current else f"cur:{is_cur}"
            feats = [*feats, cue, f"{role}|{cue}"]
            if DROP:
                feats = [f for f in feats if not f.split("|")[-1].startswith(DROP)]
            feats += ["@cur"] if is_cur else []  # (the harness's mark, never learned)
            y = int(any(r == role and norm(name) in f for r, f in open_))
            marked.append((name, feats, y))
        out.append((index, role, current or "", marked))
    return out


def examples(articles: list[dict[str, Any]]) -> list[Example]:
    out = []
    for a in articles:
        deals = a["pred"]["deals"]
        for index, role, current, rows in labelled(a):
            other = norm(deals[index].get("seller" if role == "buyer" else "buyer") or "")
            if TRAIN != "all" and current:
                continue
            out += [
                ([f for f in feats if f != "@cur"], y)
                for name, feats, y in rows
                if MODE == "swap" or not other or norm(name) != other
            ]
    return out


def train(data: list[Example], seed: int = 0) -> dict[str, float]:
    """Logistic regression by AdaGrad over the sparse binary features, L2 on every weight."""
    return fit(data, bias=BIAS, min_count=MIN_COUNT, l2=L2, epochs=EPOCHS, rate=RATE, seed=seed)


def _shape(cur: list[str], best: list[str]) -> str:
    """Which replacement shape a (rules' answer, best candidate) pair is, or ""."""
    near = {"loc:clause", "loc:sentence"}
    if "type:state" in cur and "type:state" not in best and near & set(best):
        return "state-org"
    if "type:organization" in cur and "type:organization" in best and "loc:clause" in best:
        return "org-org"
    if "type:state" not in best and "loc:prev" not in best:
        return "any"
    return ""


def changed(w: dict[str, float], article: dict[str, Any], threshold: float) -> Counter[str]:
    """Buyer/seller tp/fp/fn of the article with the chooser's changes at ``threshold``."""
    deals = [dict(d) for d in article["pred"]["deals"]]
    c: Counter[str] = Counter()
    records = labelled(article)
    if MODE == "swap" and threshold <= 1:
        _swaps(w, article, records, deals, threshold, c)
    for index, role, current, rows in records:
        other = deals[index].get("seller" if role == "buyer" else "buyer") or ""
        scored = [
            (probability(w, feats, BIAS), name, y, feats)
            for name, feats, y in rows
            if name != other and not (set(feats) & SKIP and "@cur" not in feats)
        ]
        best = max(scored, default=None, key=lambda t: t[0])
        if not current:
            c["empty"] += 1
            c["fillable"] += any(t[2] for t in scored)
            if best and best[0] >= threshold and not deals[index].get(role):
                deals[index][role] = best[1]
                c["filled"] += 1
                c["filled right"] += best[2]
                _show(article, role, best, "fill")
            continue
        cur = next((t for t in scored if "@cur" in t[3]), None)
        c["ruled"] += 1
        c["rule right"] += bool(cur and cur[2])
        right = [t for t in scored if t[2] and t is not cur]
        if cur and not cur[2] and right and threshold > 1:
            c["replaceable"] += 1
            c[f"replaceable {_shape(cur[3], right[0][3]) or 'other'}"] += 1
        if MODE != "replace" or not best or not cur or best is cur or threshold > 1:
            continue
        shape = _shape(cur[3], best[3])
        if shape in SHAPES and best[0] >= threshold and best[0] - cur[0] >= MARGIN:
            deals[index][role] = best[1]
            c["replaced"] += 1
            c["replaced right"] += best[2]
            c["replaced a right one"] += cur[2]
            _show(article, role, best, f"replace {current!r} {cur[0]:.2f} ({shape})")
    sides = gold_sides(article["gold"])
    tp = len(credited(deals, sides))
    pred = sum(bool(d.get(r)) for d in deals for r in ROLES)
    c["tp"], c["fp"], c["fn"] = tp, pred - tp, len(sides) - tp
    return c


def _swaps(
    w: dict[str, float],
    article: dict[str, Any],
    records: list[tuple[int, str, str, list[Row]]],
    deals: list[dict[str, Any]],
    threshold: float,
    c: Counter[str],
) -> None:
    """Swap a deal's two filled sides when the model is at least ``threshold`` sure of the
    swapped pair and the swapped pair's joint odds beat the rules' by ``MARGIN`` (log-odds)."""
    by = {(i, role): rows for i, role, cur, rows in records if cur}
    for i, d in enumerate(deals):
        buyer, seller = d.get("buyer"), d.get("seller")
        if not (buyer and seller) or (i, "buyer") not in by or (i, "seller") not in by:
            continue
        p = {}
        for role, rows in (("buyer", by[(i, "buyer")]), ("seller", by[(i, "seller")])):
            for name, feats, y in rows:
                p[(role, norm(name))] = (probability(w, feats, BIAS), y)
        keys = [("buyer", norm(buyer)), ("seller", norm(seller))]
        swapped = [("buyer", norm(seller)), ("seller", norm(buyer))]
        if not all(k in p for k in keys + swapped):
            continue
        c["swappable"] += 1
        c["swap right (labels)"] += all(p[k][1] for k in swapped)
        now = sum(math.log(p[k][0]) for k in keys)
        then = sum(math.log(p[k][0]) for k in swapped)
        if min(p[k][0] for k in swapped) >= threshold and then - now >= MARGIN:
            d["buyer"], d["seller"] = seller, buyer
            c["swapped"] += 1
            c["swapped right"] += all(p[k][1] for k in swapped)
            if SHOW:
                print(f"   swap {article['name'][:28]} {buyer!r} <-> {seller!r}")


def _show(article: dict[str, Any], role: str, best: tuple[Any, ...], what: str) -> None:
    if SHOW:
        gold = [d.get(role) for d in article["gold"]["deals"] if d.get(role)]
        mark = "RIGHT" if best[2] else "wrong"
        print(f"   {mark} {article['name'][:28]} {role} {what} -> {best[1]!r} {best[0]:.2f} {gold}")


def f1(c: Counter[str]) -> str:
    return f"{_f(c):.4f} ({c['tp']}/{c['fp']}/{c['fn']})"


def main() -> int:
    sets = load_rows("--rebuild" in sys.argv)
    folds = {
        name: train(examples([a for n, arts in sets.items() if n != name for a in arts]))
        for name in sets
    }
    print(
        f"mode {MODE}, train {TRAIN}, drop {DROP}, skip {sorted(SKIP)}, shapes {sorted(SHAPES)}"
        f", margin {MARGIN}"
    )
    base = {
        name: sum((changed(folds[name], a, 2.0) for a in arts), Counter())
        for name, arts in sets.items()
    }
    for threshold in (2.0, *THRESHOLDS):
        pooled: Counter[str] = Counter()
        per_set = []
        for name, articles in sets.items():
            c: Counter[str] = sum((changed(folds[name], a, threshold) for a in articles), Counter())
            per_set.append((name, c, base[name]))
            pooled += c
        label = "rules only" if threshold > 1 else f">= {threshold}"
        better = sum(_f(c) > _f(b) + 1e-9 for _, c, b in per_set)
        worse = sum(_f(c) < _f(b) - 1e-9 for _, c, b in per_set)
        print(
            f"{label:10} b/s {f1(pooled)} filled {pooled['filled']} right "
            f"{pooled['filled right']} | replaced {pooled['replaced']} right "
            f"{pooled['replaced right']} (lost right {pooled['replaced a right one']}) | swapped "
            f"{pooled['swapped']} right {pooled['swapped right']} of {pooled['swappable']} | empty "
            f"{pooled['empty']} fillable {pooled['fillable']} ruled {pooled['ruled']} rule right "
            f"{pooled['rule right']} | sets +/- {better}/{worse}"
        )
        if threshold > 1:
            print("  ", {k: v for k, v in sorted(pooled.items()) if k.startswith("replaceable")})
        if "--sets" in sys.argv and threshold <= 1:
            for name, c, b in per_set:
                print(
                    f"    {name:14} {f1(b)} -> {f1(c)} filled {c['filled']}/{c['filled right']}"
                    f" replaced {c['replaced']}/{c['replaced right']}"
                )
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
