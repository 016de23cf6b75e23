"""Module-level patterns compiled on their first use, not at import (round 24).

A cold process (every ``briefdesk`` command, a replaced extraction worker) compiled all of the
rules' ~1,300 patterns before its first article, ~0.7 s of CPU, while one 3 KB article uses
about a third of them. ``lazy`` stands for ``re.compile`` for the heavy patterns that few
articles reach. After the first use the pattern's methods sit in the object's own ``__dict__``
as the compiled pattern's bound methods, so a warm call costs what ``pattern.search`` costs.
Only patterns whose every use is an attribute (``X.search(...)``, ``X.pattern``) are made
lazy: the object is no ``re.Pattern`` and cannot be handed to ``re.sub`` or another pattern.
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """``re.compile(pattern, flags)``, done when an attribute is first asked for."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the object does not hold yet: the first use.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)  # (copy and pickle probes; never the pattern's own)
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            self.__dict__[attribute] = getattr(compiled, attribute)
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled on first use, typed as the compiled pattern it stands for."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
