"""Per-component time, for benchmarks/bench_extract.py; off (None) in normal use."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext

# Seconds per component name while measuring; None when not measuring (the normal case).
TIMES: dict[str, float] | None = None

_OFF = nullcontext()  # one shared do-nothing block: the normal case builds nothing per stage


def stage(name: str) -> AbstractContextManager[None]:
    """Add the time spent in the block to ``TIMES[name]`` when measuring."""
    return _OFF if TIMES is None else _timed(name)


@contextmanager
def _timed(name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        if TIMES is not None:
            TIMES[name] = TIMES.get(name, 0.0) + time.perf_counter() - start


def add(name: str, seconds: float) -> None:
    if TIMES is not None:
        TIMES[name] = TIMES.get(name, 0.0) + seconds


# (perf_counter, sum of TIMES) at the last mark or lap: a lap's own time excludes the stages
# timed inside it, so laps and stages add up without counting anything twice.
_MARK: list[float] = [0.0, 0.0]


def mark() -> None:
    """Start the next lap here (when measuring)."""
    if TIMES is not None:
        _MARK[:] = [time.perf_counter(), sum(TIMES.values())]


def lap(name: str) -> None:
    """Add to ``TIMES[name]`` the time since the last mark or lap, less the stages timed in
    between: the untimed glue between stages ("records: actors", "dates") gets a name."""
    if TIMES is None:
        return
    now, inner = time.perf_counter(), sum(TIMES.values())
    TIMES[name] = TIMES.get(name, 0.0) + (now - _MARK[0]) - (inner - _MARK[1])
    _MARK[:] = [time.perf_counter(), sum(TIMES.values())]
