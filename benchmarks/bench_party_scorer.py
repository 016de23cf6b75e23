"""Experiment: would a small learned scorer choose deal sides better than the rules?

Run by hand (not part of the suite; numpy is NOT a BriefDesk dependency, install it apart):
    .venv/bin/python -m pip install --target /tmp/party_np numpy
    PYTHONPATH=/tmp/party_np .venv/bin/python benchmarks/bench_party_scorer.py

Tuning split only (``bench_extract.load_corpus("tuning")``); no held-out or fresh text is read.
For each predicted deal whose value matches a gold deal's (one-to-one, as ``scoring`` pairs
values), every state / organisation / international organisation the extractor found is a
candidate buyer (borrower) and seller (lender), described by a few features of the text around
the deal's evidence, and labelled from the gold with the scorer's party matching. Two logistic
regressions (buyer, seller), fitted by plain gradient descent, are judged with
leave-articles-out cross-validation (10 folds by article); the decision threshold is chosen by
an inner 3-fold cross-validation inside the training folds. Reported on the held-out folds, with
``scoring.score_article``'s buyer/seller field (same as bench_extract): the rules alone, the
scorer alone (top candidate per side above the threshold) and rules + scorer (the scorer only
fills a side the rules left empty).
"""

from __future__ import annotations

import math
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import load_corpus  # noqa: E402
from party_features import CANDIDATE_TYPES, SIDES, mentions  # noqa: E402
from party_features import WINDOW_VERBS as VERBS  # noqa: E402

from briefdesk.extract import extract_text  # noqa: E402
from briefdesk.extract.results import ActorSuggestion, DealSuggestion  # noqa: E402
from briefdesk.extract.scoring import (  # noqa: E402
    Score,
    in_forms,
    new_scores,
    party_forms,
    score_article,
)
from briefdesk.extract.text import sentences  # noqa: E402

PREPS = ("to", "from", "with", "by", "for", "between", "and", "of")
FOLDS = 10
INNER_FOLDS = 3


def feature_names() -> list[str]:
    names = ["bias", "same_sent", "sent_dist1", "sent_dist2plus", "log_char_dist", "before_value"]
    names += [f"prev_{p}" for p in PREPS]
    names += [f"verb_before_{v}" for v in VERBS] + [f"verb_after_{v}" for v in VERBS]
    names += ["type_state", "type_org", "type_intl", "in_headline", "log_mentions"]
    names += ["possessive", "rule_this_side", "rule_other_side", "deal_is_loan"]
    # Relative to the deal's other candidates (set once all its rows are built).
    names += ["nearest", "second_nearest", "most_mentioned", "alone_in_sentence"]
    return names


NAMES = feature_names()


@dataclass
class Deal:
    """One predicted deal paired with a gold deal: its candidates' features and labels."""

    article: str
    index: int  # position in the extraction's deal list
    rows: list[list[float]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    labels: dict[str, list[int]] = field(default_factory=dict)  # side -> 0/1 per candidate
    gold_has: dict[str, bool] = field(default_factory=dict)
    rule: dict[str, str] = field(default_factory=dict)  # side -> rules' name ("" when empty)
    accepts: dict[str, set[str]] = field(default_factory=dict)  # side -> gold forms


@dataclass
class Article:
    name: str
    gold: dict[str, Any]
    pred: dict[str, Any]  # extraction JSON, as bench_extract scores it
    deals: list[Deal] = field(default_factory=list)


def value_key(value: dict[str, Any] | None) -> str | None:
    if not value:
        return None
    return f"{Decimal(str(value['amount'])).normalize()} {value['currency']}"


def features(
    text: str,
    sents: list[tuple[int, int]],
    deal: DealSuggestion,
    actor: ActorSuggestion,
    side: str,
    spans: list[tuple[int, int]],
) -> list[float]:
    anchor_span = deal.value.evidence if deal.value and deal.value.evidence else deal.evidence
    anchor = anchor_span[0][0] if anchor_span else 0

    def sent_of(pos: int) -> int:
        return next((i for i, (s, e) in enumerate(sents) if s <= pos < e), len(sents) - 1)

    anchor_sent = sent_of(anchor)
    deal_sents = {sent_of(s) for s, _ in deal.evidence} | {anchor_sent}
    best = min(
        spans,
        key=lambda sp: (min(abs(sent_of(sp[0]) - d) for d in deal_sents), abs(sp[0] - anchor)),
    )
    sdist = min(abs(sent_of(best[0]) - d) for d in deal_sents)
    before = text[max(0, best[0] - 40) : best[0]].lower()
    after = text[best[1] : best[1] + 40].lower()
    prev_word = (re.findall(r"[a-z]+", before[-15:]) or [""])[-1]
    rule_here = getattr(deal, f"{side}_key") == actor.key
    other = "seller" if side == "buyer" else "buyer"
    row = [1.0, float(sdist == 0), float(sdist == 1), float(sdist >= 2)]
    row += [math.log1p(abs(best[0] - anchor)) / 8.0, float(best[0] < anchor)]
    row += [float(prev_word == p) for p in PREPS]
    row += [float(bool(re.search(rx, before[-30:]))) for rx in VERBS.values()]
    row += [float(bool(re.search(rx, after[:30]))) for rx in VERBS.values()]
    headline_end = text.find("\n") if "\n" in text else len(text)
    row += [
        float(actor.type == "state"),
        float(actor.type == "organization"),
        float(actor.type == "international_organization"),
        float(any(s < headline_end for s, _ in spans)),
        math.log1p(len(spans)) / 3.0,
        float(after.startswith("'s") or after.startswith("’s")),
        float(rule_here),
        float(getattr(deal, f"{other}_key") == actor.key),
        float(deal.kind in ("loan", "grant")),
    ]
    return row


def build(name: str, text: str, gold: dict[str, Any]) -> Article:
    published = date.fromisoformat(gold["published"]) if gold.get("published") else None
    ext = extract_text(text, published=published)
    art = Article(name, gold, ext.to_json())
    started = time.perf_counter()
    sents = [(s.start, s.end) for s in sentences(text)]
    cands = [a for a in ext.actors if a.type in CANDIDATE_TYPES]
    cand_spans = {a.key: mentions(text, a) for a in cands}
    gold_left = [d for d in gold["deals"] if value_key(d.get("value"))]
    for index, deal in enumerate(ext.deals):
        key = value_key(art.pred["deals"][index]["value"])
        hit = next((g for g in gold_left if value_key(g.get("value")) == key), None)
        if key is None or hit is None:
            continue
        gold_left.remove(hit)
        item = Deal(name, index)
        for side in SIDES:
            item.gold_has[side] = bool(hit.get(side))
            item.rule[side] = getattr(deal, side)
            item.labels[side] = []
        accepts = {s: party_forms(hit[s], gold["actors"]) if hit.get(s) else set() for s in SIDES}
        item.accepts = accepts
        for actor in cands:
            spans = cand_spans[actor.key]
            if not spans:
                continue
            item.names.append(actor.name)
            # One row per candidate per side would double the work; the side features are the
            # last three, so both sides share the row and the model for each side reads them.
            item.rows.append(features(text, sents, deal, actor, "buyer", spans))
            for side in SIDES:
                item.labels[side].append(
                    int(bool(accepts[side]) and in_forms(actor.name, accepts[side]))
                )
        add_relative(item.rows)
        art.deals.append(item)
    FEATURE_SECONDS[0] += time.perf_counter() - started
    return art


FEATURE_SECONDS = [0.0]  # time spent building candidates and features (not extracting)


def add_relative(rows: list[list[float]]) -> None:
    """Rank features: the nearest candidate to the value, the most mentioned, the only one in
    the deal's sentence."""
    if not rows:
        return
    col = {
        n: NAMES.index(n)
        for n in ("same_sent", "sent_dist1", "sent_dist2plus", "log_char_dist", "log_mentions")
    }
    near = sorted(
        range(len(rows)),
        key=lambda i: (
            2 * rows[i][col["sent_dist2plus"]] + rows[i][col["sent_dist1"]],
            rows[i][col["log_char_dist"]],
        ),
    )
    top_mentions = max(r[col["log_mentions"]] for r in rows)
    in_sentence = sum(r[col["same_sent"]] for r in rows)
    for i, row in enumerate(rows):
        row += [
            float(i == near[0]),
            float(len(near) > 1 and i == near[1]),
            float(row[col["log_mentions"]] == top_mentions),
            float(in_sentence == 1 and row[col["same_sent"]] == 1.0),
        ]


def side_matrix(deals: list[Deal], side: str, empty_only: bool) -> tuple[np.ndarray, np.ndarray]:
    """Training rows for one side; ``empty_only`` keeps the deals whose side the rules left empty
    (the filling scorer learns only where it will be asked)."""
    rows: list[list[float]] = []
    labels: list[int] = []
    for d in deals:
        if empty_only and d.rule[side]:
            continue
        for row, label in zip(d.rows, d.labels[side], strict=True):
            rows.append(side_row(row, d, side, len(rows)))
            labels.append(label)
    return np.array(rows, dtype=float).reshape(-1, len(NAMES)), np.array(labels, dtype=float)


def side_row(row: list[float], deal: Deal, side: str, _: int) -> list[float]:
    """Rows are built as the buyer's; for the seller, swap 'rules chose this / other side'."""
    if side == "buyer":
        return row
    out = list(row)
    i = NAMES.index("rule_this_side")
    out[i], out[i + 1] = row[i + 1], row[i]
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 1500) -> np.ndarray:
    """Logistic regression by full-batch gradient descent (a few thousand rows: milliseconds)."""
    w = np.zeros(x.shape[1])
    if len(y) == 0:
        return w
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]]
        w -= 0.5 * grad
    return w


def probs(deal: Deal, side: str, w: np.ndarray) -> np.ndarray:
    if not deal.rows:
        return np.zeros(0)
    x = np.array([side_row(r, deal, side, 0) for r in deal.rows], dtype=float)
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ w))))


def choose(
    deal: Deal, weights: dict[str, np.ndarray], threshold: float, fill_only: bool
) -> dict[str, str]:
    """The scorer's pick per side (distinct actors), or the rules' when ``fill_only`` and set."""
    picks: dict[str, str] = {}
    scored = {s: probs(deal, s, weights[s]) for s in SIDES}
    order = sorted(SIDES, key=lambda s: -(scored[s].max() if len(scored[s]) else 0.0))
    for side in order:
        if fill_only and deal.rule[side]:
            picks[side] = deal.rule[side]
            continue
        taken = {picks.get(o, "") for o in SIDES if o != side} | {
            deal.rule[o] for o in SIDES if o != side and fill_only
        }
        ranked = sorted(range(len(deal.names)), key=lambda i: -scored[side][i])
        best = next((i for i in ranked if deal.names[i] not in taken), None)
        picks[side] = (
            deal.names[best] if best is not None and scored[side][best] >= threshold else ""
        )
    return picks


def deal_score(
    deals: list[Deal], weights: dict[str, np.ndarray], threshold: float, fill_only: bool
) -> Score:
    """Per-deal side score (for choosing the threshold): a pick is right when labelled so."""
    score = Score()
    for d in deals:
        picks = choose(d, weights, threshold, fill_only)
        for side in SIDES:
            name = picks[side]
            right = bool(name) and in_forms(name, d.accepts[side])
            score.add(
                int(right), int(bool(name) and not right), int(d.gold_has[side] and not right)
            )
    return score


RULE_FEATURES = [NAMES.index("rule_this_side"), NAMES.index("rule_other_side")]
# system -> (trained on rule-empty sides only, rules' choice hidden, fills rule-empty sides only)
SYSTEMS = {
    "scorer": (False, False, False),
    "rules+scorer": (True, False, True),
    "text-only scorer": (False, True, False),
}


def changes(
    deals: list[Deal], weights: dict[str, np.ndarray], threshold: float, fill_only: bool
) -> tuple[int, int]:
    """Sides the scorer gets right where the rules did not, and the reverse."""
    fixed = broken = 0
    for d in deals:
        picks = choose(d, weights, threshold, fill_only)
        for side in SIDES:
            mine = bool(picks[side]) and in_forms(picks[side], d.accepts[side])
            theirs = bool(d.rule[side]) and in_forms(d.rule[side], d.accepts[side])
            fixed += mine and not theirs
            broken += theirs and not mine
    return fixed, broken


def train(
    deals: list[Deal], empty_only: bool = False, text_only: bool = False
) -> dict[str, np.ndarray]:
    """One model per side; ``text_only`` hides the rules' choice (its weights stay zero)."""
    out = {}
    for s in SIDES:
        x, y = side_matrix(deals, s, empty_only)
        if text_only:
            x[:, RULE_FEATURES] = 0.0
        out[s] = fit(x, y)
    return out


def pick_threshold(arts: list[Article], system: str) -> float:
    """Inner cross-validation over the training articles: the threshold with the best F1."""
    grid = [round(float(t), 2) for t in np.arange(0.05, 0.96, 0.05)]
    totals = {t: Score() for t in grid}
    for k in range(INNER_FOLDS):
        test = [a for i, a in enumerate(arts) if i % INNER_FOLDS == k]
        train_deals = [d for i, a in enumerate(arts) if i % INNER_FOLDS != k for d in a.deals]
        empty_only, text_only, fill_only = SYSTEMS[system]
        weights = train(train_deals, empty_only, text_only)
        test_deals = [d for a in test for d in a.deals]
        for t in grid:
            s = deal_score(test_deals, weights, t, fill_only)
            totals[t].add(s.tp, s.fp, s.fn)
    return max(grid, key=lambda t: (totals[t].f1, -t))


def article_parties(art: Article, picks: dict[int, dict[str, str]]) -> Score:
    pred = dict(art.pred)
    pred["deals"] = [dict(d) for d in art.pred["deals"]]
    for index, sides in picks.items():
        for side, name in sides.items():
            pred["deals"][index][side] = name
    scores = new_scores()
    score_article(pred, art.gold, scores, art.name)
    return scores["buyer/seller"]


def main() -> int:
    arts = [build(n, t, g) for n, t, g in load_corpus("tuning")]
    n_deals = sum(len(a.deals) for a in arts)
    n_rows = sum(len(d.rows) for a in arts for d in a.deals)
    print(f"{len(arts)} tuning articles, {n_deals} value-matched deals, {n_rows} candidates")
    systems = ("rules", *SYSTEMS)
    totals = {s: Score() for s in systems}
    matched = {s: Score() for s in systems}
    all_w: dict[str, list[np.ndarray]] = {s: [] for s in SIDES}
    fill_w: dict[str, list[np.ndarray]] = {s: [] for s in SIDES}
    text_w: dict[str, list[np.ndarray]] = {s: [] for s in SIDES}
    thresholds: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    moved = {name: [0, 0] for name in SYSTEMS}
    for k in range(FOLDS):
        test = [a for i, a in enumerate(arts) if i % FOLDS == k]
        train_arts = [a for i, a in enumerate(arts) if i % FOLDS != k]
        fold_deals = [d for a in train_arts for d in a.deals]
        by_system = {name: train(fold_deals, *SYSTEMS[name][:2]) for name in SYSTEMS}
        weights = by_system["scorer"]
        for s in SIDES:
            all_w[s].append(weights[s])
            fill_w[s].append(by_system["rules+scorer"][s])
            text_w[s].append(by_system["text-only scorer"][s])
        cut = {name: pick_threshold(train_arts, name) for name in SYSTEMS}
        for sys_name, t in cut.items():
            thresholds[sys_name].append(t)
        test_deals = [d for a in test for d in a.deals]
        for sys_name in systems:
            for art in test:
                if sys_name == "rules":
                    picks: dict[int, dict[str, str]] = {}
                else:
                    picks = {
                        d.index: choose(d, by_system[sys_name], cut[sys_name], SYSTEMS[sys_name][2])
                        for d in art.deals
                    }
                s = article_parties(art, picks)
                totals[sys_name].add(s.tp, s.fp, s.fn)
            if sys_name == "rules":
                s = deal_score(test_deals, weights, 2.0, True)  # never above: the rules' picks
            else:
                args = (test_deals, by_system[sys_name], cut[sys_name], SYSTEMS[sys_name][2])
                s = deal_score(*args)
                f, b = changes(*args)
                moved[sys_name][0] += f
                moved[sys_name][1] += b
            matched[sys_name].add(s.tp, s.fp, s.fn)
    print("\nbuyer/seller on the held-out folds (bench_extract's field, all deals of each article)")
    for label, table in (("article field", totals), ("value-matched deals only", matched)):
        print(f"  {label}:")
        for sys_name in systems:
            s = table[sys_name]
            print(
                f"    {sys_name:<17} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                f"   tp/fp/fn {s.tp}/{s.fp}/{s.fn}"
            )
    for sys_name, ts in thresholds.items():
        print(f"  thresholds chosen ({sys_name}): {ts}")
    for sys_name, (f, b) in moved.items():
        print(f"  {sys_name}: right where the rules were not {f}, wrong where they were right {b}")
    print(f"  candidates and features: {FEATURE_SECONDS[0] * 1000 / len(arts):.2f} ms per article")
    ceiling(arts)
    for title, ws in (
        ("scorer", all_w),
        ("rules+scorer, trained on empty sides", fill_w),
        ("text-only scorer", text_w),
    ):
        print_weights(title, ws)
    return 0


def ceiling(arts: list[Article]) -> None:
    """How much any chooser could gain: gold sides with a right candidate, by the rules' state."""
    counts = {
        "gold sides": 0,
        "a right candidate": 0,
        "rules right": 0,
        "rules empty": 0,
        "rules empty, a right candidate": 0,
        "rules wrong, a right candidate": 0,
    }
    for d in (d for a in arts for d in a.deals):
        for side in SIDES:
            if not d.gold_has[side]:
                continue
            reachable = any(d.labels[side])
            right = bool(d.rule[side]) and in_forms(d.rule[side], d.accepts[side])
            counts["gold sides"] += 1
            counts["a right candidate"] += reachable
            counts["rules right"] += right
            counts["rules empty"] += not d.rule[side]
            counts["rules empty, a right candidate"] += reachable and not d.rule[side]
            counts["rules wrong, a right candidate"] += (
                reachable and bool(d.rule[side]) and not right
            )
    print("\nvalue-matched deals, gold sides: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def print_weights(title: str, ws: dict[str, list[np.ndarray]]) -> None:
    print(f"\nfeature weights, {title} (mean over the {FOLDS} folds)")
    mean = {s: np.mean(ws[s], axis=0) for s in SIDES}
    order = sorted(
        range(len(NAMES)), key=lambda i: -max(abs(mean["buyer"][i]), abs(mean["seller"][i]))
    )
    print(f"  {'feature':<22} {'buyer':>7} {'seller':>7}")
    for i in order:
        print(f"  {NAMES[i]:<22} {mean['buyer'][i]:7.2f} {mean['seller'][i]:7.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
