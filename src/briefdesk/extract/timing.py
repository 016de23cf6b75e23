"""Per-component time, for benchmarks/bench_extract.py; off (None) in normal use."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

# Seconds per component name while measuring; None when not measuring (the normal case).
TIMES: dict[str, float] | None = None


@contextmanager
def stage(name: str) -> Iterator[None]:
    """Add the time spent in the block to ``TIMES[name]`` when measuring."""
    if TIMES is None:
        yield
        return
    start = time.perf_counter()
    try:
        yield
    finally:
        TIMES[name] = TIMES.get(name, 0.0) + time.perf_counter() - start


def add(name: str, seconds: float) -> None:
    if TIMES is not None:
        TIMES[name] = TIMES.get(name, 0.0) + seconds
