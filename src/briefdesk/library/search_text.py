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
    if " or " in f" {text} " and "OR" not in text.split():
        return "note: 'or' is searched as a word; to find either word write OR in capitals"
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
_ADJACENT_MARKS = re.compile(re.escape(HL_END) + r"(\s*)" + re.escape(HL_START))
_TEXT_WORD = re.compile(r"\w[\w'’-]*")


def framed(head: str, body: str) -> str:
    """A headline cut from ``body`` with "…" where it does not reach the body's start or end
    (as SQLite's snippet() marks it), so a reader knows the text goes on."""
    plain = head.replace(HL_START, "").replace(HL_END, "").strip()
    if not plain:
        return head
    text, closing = body.strip(), ".!?;:,)]\"'”’ "
    at_end = text.rstrip(closing).endswith(plain.rstrip(closing))
    return ("" if text.startswith(plain) else "…") + head + ("" if at_end else "…")


def _matched_tokens(tokens: list[re.Match[str]], text: str) -> set[int]:
    """Positions of the tokens that are a query word or part of a query phrase, by folded
    forms, so "Klaipeda" matches "Klaipėda" and "prime contractor" only side by side."""
    wanted = [fold(term).casefold().split() for group in parse(text).groups for term in group]
    forms = [fold(t.group()).casefold() for t in tokens]
    marked: set[int] = set()
    for i in range(len(tokens)):
        for words_ in wanted:
            if words_ and forms[i : i + len(words_)] == words_:
                marked.update(range(i, i + len(words_)))
    return marked


def matched_spans(body: str, text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets in ``body`` of the words the query ``text`` matches,
    runs of neighbouring words joined: where a search hit is, to show it in the article."""
    tokens = list(_TEXT_WORD.finditer(body))
    spans: list[tuple[int, int]] = []
    for i in sorted(_matched_tokens(tokens, text)):
        start, end = tokens[i].span()
        if spans and not body[spans[-1][1] : start].strip():
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def folded_snippet(body: str, text: str, width: int = 24) -> str:
    """A snippet of ``body`` around the first word or phrase of the query ``text`` found by
    comparing folded forms ("Klaipeda" marks "Klaipėda"); "" when none is found.

    PostgreSQL's ts_headline compares the original words only, so a hit found through the
    folded copy came back unmarked (and often from the wrong place)."""
    tokens = list(_TEXT_WORD.finditer(body))
    marked = _matched_tokens(tokens, text)
    if not marked:
        return ""
    start = max(0, min(marked) - 6)
    end = min(len(tokens), start + width)
    out, pos = [], tokens[start].start()
    for i in range(start, end):
        token = tokens[i]
        out.append(body[pos : token.start()])
        word = token.group()
        out.append(HL_START + word + HL_END if i in marked else word)
        pos = token.end()
    snippet = _ADJACENT_MARKS.sub(r"\1", "".join(out)).replace("\n", " ")
    return ("…" if start else "") + snippet + ("…" if end < len(tokens) else "")


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
        # "[prime] [contractor]" → "[prime contractor]": one mark per run of matched words.
        snippet = _ADJACENT_MARKS.sub(r"\1", str(r[5]))
        hits.append(SearchHit(r[0], r[1], r[2], r[3], r[4], snippet, float(score(r))))
        if len(hits) == limit:
            break
    return hits
