"""What the user types in the search box, made safe for each engine's query language."""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w][\w+.-]*")


def words(text: str) -> list[str]:
    """The searchable words of a query; operators and quotes are not passed through."""
    return [w.strip(".-+") for w in _WORD.findall(text) if w.strip(".-+")]


def fts5_query(text: str) -> str:
    """All words must appear (AND); each is quoted so FTS5 syntax in it is just text."""
    return " ".join('"' + w.replace('"', "") + '"' for w in words(text))
