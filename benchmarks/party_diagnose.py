"""Why the learned side chooser does not win (round 12): how much filling could gain, and how
often any chooser puts a right candidate first on the sides the rules leave empty.

Run by hand after ``bench_party_loso.py`` has cached its rows (same dependencies):
    PYTHONPATH=/tmp/scorer_np:src .venv/bin/python benchmarks/party_diagnose.py

Retired sets only, each scored by models trained without it (leave one set out). A side is
"fillable" when the rules left it empty and one of the deal's candidates is a gold side the
rules' own sides left unmatched (filling it with that candidate is a right side).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_party_loso import RETIRED_FRESH, Picks, Rows, load_rows, party_score
from party_features import SIDES, ArticleRows, DealRows

from briefdesk.extract.scoring import Score

Scorer = Callable[[DealRows, str], np.ndarray]  # a deal's candidates' scores for one side


def other_rule(d: DealRows, side: str) -> str:
    return d.rule[next(o for o in SIDES if o != side)]


def ceiling(arts: list[ArticleRows]) -> None:
    """The rules, and an oracle that fills every fillable side (each gold side once)."""
    empty = fillable = 0
    rules, oracle = Score(), Score()
    for a in arts:
        picks: Picks = {}
        used: dict[str, set[str]] = {s: set() for s in SIDES}
        for d in a.deals:
            for s in (s for s in SIDES if not d.rule[s]):
                empty += 1
                fillable += any(c.gain[s] for c in d.cands)
                c = next(
                    (c for c in d.cands if c.gain[s] and c.name not in used[s]
                     and c.name != other_rule(d, s)),
                    None,
                )
                if c is not None:
                    picks.setdefault(d.index, {})[s] = c.name
                    used[s].add(c.name)
        for total, p in ((rules, {}), (oracle, picks)):
            x = party_score(a, p)
            total.add(x.tp, x.fp, x.fn)
    print(f"  sides the rules left empty {empty}, fillable {fillable}")
    for name, s in (("rules", rules), ("oracle filling", oracle)):
        print(f"  {name:<16} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")


def top1(arts: list[ArticleRows], score: Scorer, name: str) -> None:
    """How often the chooser's first candidate is right on fillable sides, and the field's
    figures if it filled every empty side with it."""
    hit = n = 0
    total = Score()
    for a in arts:
        picks: Picks = {}
        for d in a.deals:
            for s in (s for s in SIDES if not d.rule[s] and d.cands):
                order = np.argsort(-score(d, s), kind="stable")
                k = next((int(i) for i in order if d.cands[i].name != other_rule(d, s)), None)
                if k is None:
                    continue
                picks.setdefault(d.index, {})[s] = d.cands[k].name
                if any(c.gain[s] for c in d.cands):
                    n += 1
                    hit += d.cands[k].gain[s]
        x = party_score(a, picks)
        total.add(x.tp, x.fp, x.fn)
    print(
        f"  {name:<36} first right {hit}/{n} ({hit / max(n, 1):.2f});  filling every empty"
        f" side: P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}"
    )


def pairs(rows: Rows, arts: list[ArticleRows], side: str, cols: np.ndarray) -> Iterator:
    """(right - wrong) and (wrong - right) rows of every deal with both kinds of candidate."""
    for a in arts:
        for d in a.deals:
            lo, hi = rows.slice[id(d)]
            y = rows.y["paired", side][lo:hi]
            x = rows.x[lo:hi][:, cols]
            for i in np.flatnonzero(y):
                for j in np.flatnonzero(y == 0):
                    yield x[i] - x[j], 1
                    yield x[j] - x[i], 0


def loso_scorer(rows: Rows, arts: list[ArticleRows], feats: str, ranking: bool) -> Scorer:
    """A pointwise (trained on empty sides, "gain" labels) or pairwise ranking (all found
    deals, "paired" labels) logistic regression per side, each set scored without itself."""
    cols = np.ones(len(rows.names), dtype=bool) if feats == "syntax" else ~rows.syntax
    groups = np.array([a.group for a in arts])
    out = {s: np.zeros(len(rows.article)) for s in SIDES}
    for held in RETIRED_FRESH:
        train = groups != held
        test = (groups == held)[rows.article]
        for s in SIDES:
            if ranking:
                xy = list(pairs(rows, [a for a, t in zip(arts, train, strict=True) if t], s, cols))
                lr = LogisticRegression(C=0.3, solver="liblinear", fit_intercept=False)
                lr.fit(np.array([x for x, _ in xy]), [y for _, y in xy])
                out[s][test] = rows.x[test][:, cols] @ lr.coef_[0]
            else:
                m = train[rows.article] & rows.empty[s]
                lr = LogisticRegression(C=0.3, solver="liblinear")
                lr.fit(rows.x[m][:, cols], rows.y["gain", s][m])
                out[s][test] = lr.predict_proba(rows.x[test][:, cols])[:, 1]

    def score(d: DealRows, side: str) -> np.ndarray:
        lo, hi = rows.slice[id(d)]
        return out[side][lo:hi]

    return score


def main() -> int:
    arts = load_rows()
    rows = Rows(arts)
    retired = [a for a in arts if a.group in RETIRED_FRESH]
    print("retired sets (230 articles), buyer/seller field")
    ceiling(retired)
    col = {n: i for i, n in enumerate(rows.names)}
    for feat in ("most_mentioned", "syn_main_state", "syn_first_in_sentence", "nearest"):

        def heuristic(d: DealRows, side: str, f: str = feat) -> np.ndarray:
            lo, hi = rows.slice[id(d)]
            return rows.x[lo:hi, col[f]] + 1e-3 * rows.x[lo:hi, col["log_mentions"]]

        top1(retired, heuristic, f"heuristic: {feat}")
    for feats in ("window", "syntax"):
        for ranking in (False, True):
            label = f"learned {'ranking' if ranking else 'pointwise'}, {feats}"
            top1(retired, loso_scorer(rows, arts, feats, ranking), label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
