"""What the user types in the search box, made safe for each engine's query language."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from briefdesk.library.api import HL_END, HL_START, SearchHit

_WORD = re.compile(r"[\w][\w+.-]*")


def words(text: str) -> list[str]:
    """The searchable words of a query; operators and quotes are not passed through."""
    return [w.strip(".-+") for w in _WORD.findall(text) if w.strip(".-+")]


def unsupported(text: str) -> str:
    """A note when the query uses syntax the search does not have (OR, -word): every word
    must appear, so 'K9 OR FA-50' looked for the word "OR" and found nothing, unexplained."""
    said = [w for w in text.split() if w == "OR" or (w.startswith("-") and len(w) > 1)]
    if not said:
        return ""
    return (
        f"note: {' and '.join(dict.fromkeys(said))} searched as words: the search finds briefs "
        "holding every word given (no OR, no -word); search once per alternative"
    )


def fts5_query(text: str) -> str:
    """All words must appear (AND); each is quoted so FTS5 syntax in it is just text."""
    return " ".join('"' + w.replace('"', "") + '"' for w in words(text))


Row = tuple[Any, ...]


def first_per_brief(rows: list[Row], limit: int) -> list[Row]:
    """Rows are (id, brief_id, …) best first: keep the best row of each brief."""
    seen: set[str] = set()
    kept = []
    for r in rows:
        if r[1] not in seen:
            seen.add(r[1])
            kept.append(r)
            if len(kept) == limit:
                break
    return kept


def best_per_brief(rows: list[Row], limit: int, score: Callable[[Row], float]) -> list[SearchHit]:
    """Rows are (brief_id, path, title, date, field, snippet, rank) best first."""
    seen: set[str] = set()
    hits = []
    for r in rows:
        if r[0] in seen:
            continue
        seen.add(r[0])
        snippet = str(r[5]).replace(HL_END + HL_START, "")
        hits.append(SearchHit(r[0], r[1], r[2], r[3], r[4], snippet, float(score(r))))
        if len(hits) == limit:
            break
    return hits
