"""Logistic regression over sparse binary features, fitted in pure Python by AdaGrad.

Shared by the learned parts' benches (``bench_deal_reader.py``, the deal reader's weights;
``bench_deal_chooser.py``, the counterpart chooser's): each passes its own settings, so the
shipped weights stay reproducible without numpy or scikit-learn. ``data`` is a list of
``(feature names, label 0/1)``; weights are a dict of feature name -> weight, ``bias`` the
name of the bias weight.
"""

from __future__ import annotations

import math
import random
from collections import Counter

Example = tuple[list[str], int]


def fit(
    data: list[Example],
    *,
    bias: str,
    min_count: int,
    l2: float,
    epochs: int,
    rate: float,
    seed: int = 0,
) -> dict[str, float]:
    """Weights for the features seen in at least ``min_count`` examples, L2 on every weight
    but the bias; the examples are shuffled each epoch by ``random.Random(seed)``."""
    counts = Counter(f for feats, _ in data for f in set(feats))
    kept = {f for f, n in counts.items() if n >= min_count}
    rows = [([f for f in feats if f in kept], y) for feats, y in data]
    w: dict[str, float] = dict.fromkeys(kept, 0.0)
    w[bias] = 0.0
    g2: dict[str, float] = dict.fromkeys(w, 1e-8)
    order = list(range(len(rows)))
    rnd = random.Random(seed)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            err = _sigmoid(w[bias] + sum(w[f] for f in feats)) - y
            for f in (*feats, bias):
                grad = err + (l2 * w[f] if f != bias else 0.0)
                g2[f] += grad * grad
                w[f] -= rate * grad / math.sqrt(g2[f])
    return w


def probability(w: dict[str, float], feats: list[str], bias: str) -> float:
    """The fitted probability of label 1 for ``feats`` (unknown features weigh nothing)."""
    return _sigmoid(w.get(bias, 0.0) + sum(w.get(f, 0.0) for f in feats))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
