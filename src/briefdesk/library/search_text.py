"""What the user types in the search box, made safe for each engine's query language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefdesk.library.api import HL_END, HL_START, SearchHit

_WORD = re.compile(r"[\w][\w+.-]*")
# A query token: a quoted phrase (its closing quote may be missing), or a run of non-spaces.
_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def words(text: str) -> list[str]:
    """The searchable words of a query; operators and quotes are not passed through."""
    return [w.strip(".-+") for w in _WORD.findall(text) if w.strip(".-+")]


@dataclass(frozen=True)
class Query:
    """What a search asks for: every group must match (any one of its terms), and none of
    the excluded terms may appear. A term is a word or a phrase (words joined by one space,
    found only side by side in that order). ``K9 OR "prime contractor" Norway -Korea`` is
    ``[["K9", "prime contractor"], ["Norway"]]`` without ``["Korea"]``."""

    groups: list[list[str]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)


def fold(text: str) -> str:
    """Latin letters without accents and ligatures ("Jære" → "Jaere", "Łódź" → "Lodz").

    anyascii (ISC licence, kept up to date with Unicode) rather than unicodedata's NFKD:
    NFKD only strips combining accents and leaves æ, ø, ß, ł, œ as they are, which is
    exactly where "Jaere" failed to find "Jære". The index holds each text folded next to
    the original (snippets still show the original); queries are folded the same way.
    """
    if text.isascii():
        return text
    from anyascii import anyascii

    return anyascii(text)


def parse(text: str) -> Query:
    """Words, ``"quoted phrases"``, ``A OR B`` (OR in capitals between two terms) and
    ``-word`` / ``-"phrase"`` (exclusion).

    A term with accents also stands for its folded form (:func:`fold`), so it finds texts
    indexed before folding existed as well as the folded copy."""
    query = Query()
    join_next = False
    for match in _TOKEN.finditer(text):
        minus, phrase, token = match.groups()
        if token == "OR":
            join_next = bool(query.groups)
            continue
        if phrase is not None:
            terms = [" ".join(words(phrase))] if words(phrase) else []
            excluded = minus == "-"
        elif token.startswith("-") and len(token) > 1:
            terms, excluded = words(token[1:]), True
        else:
            terms, excluded = words(token), False
        if excluded:
            query.excluded.extend(v for w in terms for v in _variants(w))
            join_next = False
            continue
        if not terms:
            continue
        first, *rest = terms
        if join_next:
            query.groups[-1].extend(_variants(first))
        else:
            query.groups.append(_variants(first))
        query.groups.extend(_variants(w) for w in rest)
        join_next = False
    return query


def _variants(word: str) -> list[str]:
    folded = fold(word)
    return [word] if folded == word else [word, folded]


def unsupported(text: str) -> str:
    """A note when a query has only excluded words: a search needs one word to find."""
    query = parse(text)
    if query.excluded and not query.groups:
        return "note: only -words given: add a word to find, e.g. 'Chile -Korea'"
    return ""


def fts5_query(text: str) -> str:
    """Groups joined by AND, a group's words by OR; each word is quoted so FTS5 syntax in it
    is just text. Excluded words are not in it: see :func:`fts5_excluded`."""
    query = parse(text)
    if not query.groups:
        return ""
    return " AND ".join("(" + " OR ".join(map(_quoted, g)) + ")" for g in query.groups)


def fts5_excluded(text: str) -> str:
    """FTS5 query for any excluded word: the briefs it matches are left out as a whole (a
    brief's title must not bring back a brief whose source holds the excluded word)."""
    return " OR ".join(map(_quoted, parse(text).excluded))


def tsquery_sql(text: str) -> tuple[str, list[str]]:
    """:func:`fts5_query` for PostgreSQL: a tsquery expression with ``?`` placeholders and
    its parameters ("" when there is nothing to find)."""
    query = parse(text)
    if not query.groups:
        return "", []
    expr = " && ".join(_pg_any(g) for g in query.groups)
    return f"({expr})", [w for g in query.groups for w in g]


def tsquery_excluded_sql(text: str) -> tuple[str, list[str]]:
    """:func:`fts5_excluded` for PostgreSQL."""
    excluded = parse(text).excluded
    return (_pg_any(excluded), excluded) if excluded else ("", [])


def _pg_any(terms: list[str]) -> str:
    """A phrase must keep its words in order side by side: ``phraseto_tsquery``."""
    return (
        "("
        + " || ".join(
            ("phraseto_tsquery" if " " in t else "plainto_tsquery") + "('simple', ?)" for t in terms
        )
        + ")"
    )


def _quoted(word: str) -> str:
    """An FTS5 string: a word as itself, words joined by spaces as a phrase."""
    return '"' + word.replace('"', "") + '"'


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
