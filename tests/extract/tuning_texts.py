"""The corpus's tuning articles as texts, for tests that run every rule over real writing and
compare two ways of reaching the same output (never held-out or blind text)."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@cache
def tuning_texts() -> tuple[str, ...]:
    """The 158 tuning-corpus texts, loaded as ``benchmarks/bench_extract.py`` loads them."""
    spec = importlib.util.spec_from_file_location(
        "bench_extract", ROOT / "benchmarks" / "bench_extract.py"
    )
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return tuple(text for _name, text, _gold in bench.load_corpus("tuning-corpus"))
