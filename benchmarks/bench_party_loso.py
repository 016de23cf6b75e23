"""Experiment (round 12): does a learned chooser of deal sides generalise to new writers?

Run by hand (not part of the suite; numpy and scikit-learn are NOT BriefDesk dependencies):
    .venv/bin/python -m pip install --target /tmp/scorer_np numpy scikit-learn
    PYTHONPATH=/tmp/scorer_np:src .venv/bin/python benchmarks/bench_party_loso.py

Tuning material only: the corpus's tuning articles ("tuning-corpus") and the retired blind sets
(fresh, fresh-2 ... fresh-9), each written by different writers. Leave one set out: for each
retired set, the models are trained on every other tuning article and scored on that set; the
decision threshold is chosen inside the training sets (an inner 3-fold cross-validation
over whole sets). Scored as
bench_extract scores the buyer/seller field (``scoring``'s one-to-one party matching per
article). Candidates and features: ``party_features``. Systems:

* rules: the extractor's own sides;
* rerank: the model's top candidate per side above the threshold, for every found deal;
* fill: the rules' sides kept, the model only fills a side the rules left empty (a model
  trained on the rows of empty sides);
* each with the ``window`` features (round 6's) or ``syntax`` (window + structure cues).
"""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import RETIRED_FRESH, load_corpus  # noqa: E402
from party_features import SIDES, ArticleRows, DealRows, build_article  # noqa: E402

from briefdesk.extract import extract_text  # noqa: E402
from briefdesk.extract.scoring import Score, norm, party_forms  # noqa: E402

GROUPS = ("tuning-corpus", *RETIRED_FRESH)
CACHE = Path("/tmp/party_loso_rows.pkl")
GRID = [round(0.05 * i, 2) for i in range(4, 20)] + [0.97, 0.99]
INNER_FOLDS = 3  # inner folds of whole sets (the threshold), round robin over the sets
Picks = dict[int, dict[str, str]]  # deal index -> side -> name


def load_rows() -> list[ArticleRows]:
    """Every tuning article's candidates (cached in /tmp: extraction takes a while)."""
    if CACHE.exists() and "--rebuild" not in sys.argv:
        rows: list[ArticleRows] = pickle.loads(CACHE.read_bytes())
        return rows
    arts = []
    for group in GROUPS:
        for name, text, gold in load_corpus(group):
            published = date.fromisoformat(gold["published"]) if gold.get("published") else None
            ext = extract_text(text, published=published)
            arts.append(build_article(name, group, text, gold, ext))
    CACHE.write_bytes(pickle.dumps(arts))
    return arts


def gold_parties(art: ArticleRows) -> list[set[str]]:
    g = art.gold
    return [
        {norm(f"{role}:{f}") for f in party_forms(d[role], g["actors"])}
        for d in g["deals"]
        for role in SIDES
        if d.get(role)
    ]


GOLD: dict[str, list[set[str]]] = {}


def party_score(art: ArticleRows, picks: Picks) -> Score:
    """``scoring.score_article``'s buyer/seller field for the article with ``picks`` applied."""
    if art.name not in GOLD:
        GOLD[art.name] = gold_parties(art)
    preds = []
    for index, d in enumerate(art.pred["deals"]):
        for side in SIDES:
            name = picks.get(index, {}).get(side, d.get(side) or "")
            if name:
                preds.append(norm(f"{side}:{name}"))
    unmatched = list(GOLD[art.name])
    fp = 0
    for p in preds:
        hit = next((i for i, forms in enumerate(unmatched) if p in forms), None)
        if hit is None:
            fp += 1
        else:
            unmatched.pop(hit)
    s = Score()
    s.add(len(GOLD[art.name]) - len(unmatched), fp, len(unmatched))
    return s


class Rows:
    """Every candidate of every deal as one dense matrix (the feature vocabulary is fitted on
    all rows: names only, no labels), with each deal's slice of it."""

    def __init__(self, arts: list[ArticleRows]) -> None:
        feats = [c.feats for a in arts for d in a.deals for c in d.cands]
        self.vec = DictVectorizer(sparse=False)
        self.x = self.vec.fit_transform(feats)
        self.names = list(self.vec.get_feature_names_out())
        self.slice: dict[int, tuple[int, int]] = {}
        self.y = {
            (kind, s): np.zeros(len(feats)) for kind in ("label", "paired", "gain") for s in SIDES
        }
        self.empty = {s: np.zeros(len(feats), dtype=bool) for s in SIDES}
        self.article = np.zeros(len(feats), dtype=int)
        i = 0
        for n, a in enumerate(arts):
            for d in a.deals:
                self.slice[id(d)] = (i, i + len(d.cands))
                for c in d.cands:
                    for s in SIDES:
                        self.y["label", s][i] = c.label[s]
                        self.y["paired", s][i] = c.paired[s]
                        self.y["gain", s][i] = c.gain[s]
                        self.empty[s][i] = not d.rule[s]
                    self.article[i] = n
                    i += 1
        self.syntax = np.array([name.startswith("syn_") for name in self.names])


class Model:
    """One logistic regression per side over one feature set; ``probs`` is every row's."""

    def __init__(
        self, rows: Rows, feats: str, empty_only: bool, target: str, c: float = 0.3
    ) -> None:
        self.rows, self.feats, self.empty_only, self.c = rows, feats, empty_only, c
        self.target = target
        self.cols = np.ones(len(rows.names), dtype=bool) if feats == "syntax" else ~rows.syntax
        self.p: dict[str, np.ndarray] = {}
        self.ranked: dict[int, dict[str, list[int]]] = {}
        self.lr: dict[str, LogisticRegression] = {}

    def fit(self, train_articles: np.ndarray) -> Model:
        """``train_articles``: a boolean mask over the articles."""
        r = self.rows
        x = r.x[:, self.cols]
        for side in SIDES:
            mask = train_articles[r.article]
            if self.empty_only:
                mask = mask & r.empty[side]
            self.lr[side] = LogisticRegression(C=self.c, max_iter=500, solver="liblinear").fit(
                x[mask], r.y[self.target, side][mask]
            )
            self.p[side] = self.lr[side].predict_proba(x)[:, 1]
        return self

    def probs(self, d: DealRows) -> dict[str, np.ndarray]:
        lo, hi = self.rows.slice[id(d)]
        return {s: self.p[s][lo:hi] for s in SIDES}

    def order(self, d: DealRows) -> dict[str, list[int]]:
        """Candidates by probability, per side (cached: thresholds do not change it)."""
        if id(d) not in self.ranked:
            p = self.probs(d)
            self.ranked[id(d)] = {s: list(np.argsort(-p[s], kind="stable")) for s in SIDES}
        return self.ranked[id(d)]


def choose(
    d: DealRows, p: dict[str, np.ndarray], ranks: dict[str, list[int]], t: float, fill: bool
) -> dict[str, str]:
    picks: dict[str, str] = {}
    order = sorted(SIDES, key=lambda s: -(p[s].max() if len(p[s]) else 0.0))
    for side in order:
        if fill and d.rule[side]:
            picks[side] = d.rule[side]
            continue
        other = next(o for o in SIDES if o != side)
        taken = {picks.get(other, ""), d.rule[other] if fill else ""}
        best = next((i for i in ranks[side] if d.cands[i].name not in taken), None)
        picks[side] = d.cands[best].name if best is not None and p[side][best] >= t else ""
    return picks


def score_at(arts: list[ArticleRows], model: Model | None, t: float, fill: bool) -> Score:
    total = Score()
    for a in arts:
        picks: Picks = {}
        if model is not None:
            for d in a.deals:
                picks[d.index] = choose(d, model.probs(d), model.order(d), t, fill)
        s = party_score(a, picks)
        total.add(s.tp, s.fp, s.fn)
    return total


def pick_threshold(
    arts: list[ArticleRows], held: str, make: Callable[[], Model], fill: bool
) -> float:
    """Inner cross-validation by whole sets over the training sets (three folds, round
    robin): the threshold with the best F1."""
    totals = {t: Score() for t in GRID}
    groups = np.array([a.group for a in arts])
    train_sets = [g for g in GROUPS if g != held]
    for k in range(INNER_FOLDS):
        fold = set(train_sets[k::INNER_FOLDS])
        inner_test = [a for a in arts if a.group in fold]
        model = make().fit(~np.isin(groups, [*fold, held]))
        for t in GRID:
            s = score_at(inner_test, model, t, fill)
            totals[t].add(s.tp, s.fp, s.fn)
    return max(GRID, key=lambda t: (totals[t].f1, -t))


SYSTEMS: dict[str, tuple[str, bool, bool, str]] = {
    # name -> (feature set, trained on empty sides only, fill only, label)
    # labels: "label" a gold side of any deal of the article (round 6's kind), "paired" a side
    # of the gold deal paired with the found one, "gain" a gold side the rules left unmatched
    "rerank window": ("window", False, False, "label"),
    "rerank window paired": ("window", False, False, "paired"),
    "rerank syntax paired": ("syntax", False, False, "paired"),
    "fill window": ("window", True, True, "label"),
    "fill window gain": ("window", True, True, "gain"),
    "fill syntax gain": ("syntax", True, True, "gain"),
    "fill syntax paired": ("syntax", True, True, "paired"),
}


def main() -> int:
    started = time.perf_counter()
    arts = load_rows()
    print(f"{len(arts)} articles, {sum(len(a.deals) for a in arts)} found deals, "
          f"{sum(len(d.cands) for a in arts for d in a.deals)} candidates "
          f"({time.perf_counter() - started:.0f} s)")
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    systems = {k: v for k, v in SYSTEMS.items() if not only or k in only}
    names = ("rules", *systems)
    table: dict[str, dict[str, Score]] = {n: {} for n in names}
    cuts: dict[str, list[float]] = {n: [] for n in systems}
    rows = Rows(arts)
    groups = np.array([a.group for a in arts])
    for held in GROUPS:
        test = [a for a in arts if a.group == held]
        table["rules"][held] = score_at(test, None, 1.0, True)
        for sys_name, (feats, empty_only, fill, target) in systems.items():
            def make(f: str = feats, e: bool = empty_only, y: str = target) -> Model:
                return Model(rows, f, e, y)

            t = pick_threshold(arts, held, make, fill)
            cuts[sys_name].append(t)
            table[sys_name][held] = score_at(test, make().fit(groups != held), t, fill)
        print(f"  {held} done ({time.perf_counter() - started:.0f} s)", flush=True)
    print_table(names, table)
    for n, ts in cuts.items():
        print(f"  thresholds ({n}): {ts}")
    return 0


def print_table(names: tuple[str, ...], table: dict[str, dict[str, Score]]) -> None:
    print("\nbuyer/seller F1 per left-out set (columns: systems, numbered below)")
    for i, n in enumerate(names):
        print(f"  [{i}] {n}")
    print(f"  {'set':<14}" + "".join(f"{f'[{i}]':>8}" for i in range(len(names))))
    for held in GROUPS:
        print(f"  {held:<14}" + "".join(f"{table[n][held].f1:8.3f}" for n in names))
    print("\npooled P / R / F1")
    for n in names:
        for label, groups in (("retired", RETIRED_FRESH), ("all ten", GROUPS)):
            s = Score()
            for g in groups:
                s.add(table[n][g].tp, table[n][g].fp, table[n][g].fn)
            print(
                f"  {n:<24} {label:<8} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                f"   tp/fp/fn {s.tp}/{s.fp}/{s.fn}"
            )
    for n in names[1:]:
        wins = sum(table[n][g].f1 > table["rules"][g].f1 for g in RETIRED_FRESH)
        losses = sum(table[n][g].f1 < table["rules"][g].f1 for g in RETIRED_FRESH)
        print(f"  {n}: better than the rules on {wins} of 9 retired sets, worse on {losses}")


if __name__ == "__main__":
    raise SystemExit(main())
