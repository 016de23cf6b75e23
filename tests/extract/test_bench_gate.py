"""benchmarks/bench_gate.py: the paired bootstrap that vetoes only a clear loss on the check.

Synthetic per-article counts only: nothing here runs the extractor or reads any article.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _gate() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "bench_gate", ROOT / "benchmarks" / "bench_gate.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(per_article: list[tuple[int, int, int]]) -> list[dict[str, tuple[int, int, int]]]:
    return [{"buyer/seller": counts, "overall": counts} for counts in per_article]


def test_the_same_version_gives_a_zero_interval() -> None:
    gate = _gate()
    rows = _rows([(3, 1, 2), (5, 0, 1), (0, 2, 4), (2, 2, 2)] * 10)
    assert gate.interval(rows, rows, "buyer/seller", 500) == (0.0, 0.0)


def test_a_loss_spread_over_many_articles_lies_below_zero() -> None:
    gate = _gate()
    base = _rows([(4, 1, 1)] * 40)
    worse = _rows([(3, 1, 2)] * 40)  # one side lost in every article
    low, high = gate.interval(base, worse, "buyer/seller", 500)
    assert low <= high < 0


def test_one_side_lost_in_one_article_of_many_is_not_a_clear_loss() -> None:
    gate = _gate()
    per_article = [(4, 1, 2), (2, 0, 3), (5, 2, 1), (1, 1, 1)] * 24
    base = _rows(per_article)
    worse = _rows([(per_article[0][0] - 1, 1, 3), *per_article[1:]])
    low, high = gate.interval(base, worse, "buyer/seller", 2000)
    assert low < 0 <= high


def test_f1_of_weights_articles_by_how_often_they_were_drawn() -> None:
    gate = _gate()
    rows = _rows([(1, 0, 0), (0, 1, 1)])
    assert gate.f1_of(rows, {0: 1}, "overall") == 1.0
    assert gate.f1_of(rows, {0: 1, 1: 1}, "overall") == 0.5  # P 1/2, R 1/2
    assert round(gate.f1_of(rows, {0: 3, 1: 1}, "overall"), 3) == 0.75
