"""Briefs whose own title holds every word searched for: the first hits of a search.

Why: a desk officer looks for the brief she remembers by its headline; both engines' own scores
(BM25, ts_rank) put a short source repeating the words above the retitled brief, shown by its
source's text (newcomer15 N15-22). The titles are read from the small ``briefs`` table (a
``LIKE`` narrows, Python checks whole words as the search does), not by a second full-text
ranking: that one doubled the time of a search for a common word (measured A/B, 3,000 briefs:
SQLite p50 11.8 → 25.8 ms, PostgreSQL 22.3 → 38.6 ms).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from briefdesk.library.search_text import _TEXT_WORD, Row, first_per_brief, fold, parse

# Titles checked against a search's filters: the newest this many (a word in every title, "the",
# needs no more: the engine's ranking lists the rest).
_CANDIDATES = 200
ReadRows = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def title_rows(
    read: ReadRows, text: str, where: str, params: list[Any], limit: int, id_col: str
) -> list[Row]:
    """Rows (text id, brief_id, path, title, date, field, 0) of the briefs whose title holds
    every group of the query ``text``, newest first; ``where``/``params`` are the search's
    filters on ``b`` and ``t``. The caller holds its library's lock."""
    query = parse(text)
    if not query.groups:
        return []
    clauses, args = [], []
    for group in query.groups:
        if all(term.isascii() for term in group):  # SQLite's lower() folds ASCII only
            likes = " OR ".join("lower(title) LIKE ? ESCAPE '!'" for _ in group)
            clauses.append(f"({likes})")
            args += [f"%{_like(term.lower())}%" for term in group]
    narrow = " AND ".join(clauses) or "1 = 1"
    titled = [
        (str(r[0]), str(r[2]))
        for r in read(f"SELECT brief_id, title, date FROM briefs WHERE {narrow}", args)
        if holds_every_group(str(r[1]), query.groups)
    ]
    if not titled:
        return []
    wanted = _CANDIDATES if where else limit  # a filter may leave out the newest
    newest = [b for b, _ in sorted(titled, key=lambda x: x[1], reverse=True)[:wanted]]
    rows = read(
        f"SELECT t.{id_col}, t.brief_id, b.path, b.title, b.date, t.field, 0 FROM texts t"
        " JOIN briefs b ON b.brief_id = t.brief_id"
        f" WHERE t.brief_id IN ({', '.join('?' for _ in newest)})"
        f" AND t.field IN ('header.title', 'header.subject'){where}"
        " ORDER BY b.date DESC, b.brief_id, t.field",  # header.title before header.subject
        [*newest, *params],
    )
    return first_per_brief(rows, limit)


def holds_every_group(title: str, groups: list[list[str]]) -> bool:
    """Each group has a term whose words stand side by side in ``title`` (folded, any case)."""
    forms = [fold(t.group()).casefold() for t in _TEXT_WORD.finditer(title)]
    return all(any(_side_by_side(forms, fold(t).casefold().split()) for t in g) for g in groups)


def _side_by_side(forms: list[str], words: list[str]) -> bool:
    return bool(words) and any(
        forms[i : i + len(words)] == words for i in range(len(forms) - len(words) + 1)
    )


def _like(term: str) -> str:
    return term.replace("!", "!!").replace("%", "!%").replace("_", "!_")
