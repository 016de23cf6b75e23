"""Word lists kept as data: ``extract/data/<name>.txt``, one entry per line, sorted and unique."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache  # several modules read the same list (buy, sell, choose ...): one read per process
def word_list(name: str) -> frozenset[str]:
    """The entries of one list; blank lines and lines starting with ``#`` are skipped."""
    text = files("briefdesk.extract").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
