"""Record ids: short random ids in use, a swappable factory so tests get fixed ids."""

from __future__ import annotations

import itertools
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

IdFactory = Callable[[str], str]


def _random_id(prefix: str) -> str:
    return f"{prefix}-{secrets.token_hex(4)}"


_factory: IdFactory = _random_id


def new_id(prefix: str) -> str:
    """A new record id such as ``act-1f3a9c02``."""
    return _factory(prefix)


@contextmanager
def sequential_ids() -> Iterator[None]:
    """Ids become ``act-1``, ``act-2``… inside the block: deterministic tests and samples."""
    global _factory
    counter = itertools.count(1)
    previous = _factory
    _factory = lambda prefix: f"{prefix}-{next(counter)}"  # noqa: E731
    try:
        yield
    finally:
        _factory = previous
