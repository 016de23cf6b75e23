"""Briefs that hold the very same source text as the brief being worked on.

Why: two briefs citing the same article are the most closely related briefs there are, yet
``library related`` only compared actors, deal items and places (newcomer9 N9-05: the LNG brief
and five Ghana briefs all holding the same newsletter were "not related"). The index already
keeps every source's text (``texts``, field ``sources[i].text``, body "title\\ntext"), so no
schema change is needed: the full-text index narrows the briefs, Python compares the texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# What a SQL back end lends (``Queries.related`` passes its own): run a read with ``?``
# placeholders, and its full-text condition for a quoted phrase on ``texts t``.
ReadRows = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
PhraseMatch = Callable[[str], tuple[str, list[Any]]]

# Shorter texts ("test", a one-word paste) say nothing about being the same article.
MIN_CHARS = 40
WEIGHT = 5  # above a shared actor (3): the same article is the strongest relation
_PHRASE = 8  # consecutive words of the opening looked up as a phrase in the full-text index
_MIN_PHRASE = 4
_CANDIDATES = 200
# Plain words only: "JF-17" or "Poland's" split differently in SQLite FTS5 and PostgreSQL.
_PLAIN = re.compile(r"^[^\W\d_]+$")
_EDGE = ".,;:!?\"'()[]“”‘’«»—–"


def sharing_sources(
    read: ReadRows,
    phrase_match: PhraseMatch,
    sources: Iterable[tuple[str, str]],
    exclude: str,
    brief_cols: str,
) -> list[tuple[Sequence[Any], str]]:
    """(brief row, title of the shared source) for each other brief holding one of ``sources``
    ((title, text) pairs). The caller holds its library's lock.

    The full-text index finds the briefs whose sources hold a phrase of the text's opening
    (positional, so common words do not flood it; a length scan of every stored source cost
    0.35 s per look-up at 3,000 briefs, an unranked word search 10 s when every source used the
    same words); only their source texts are then read and compared whole."""
    found: list[tuple[Sequence[Any], str]] = []
    for title, text in sources:
        wanted = _flat(text)
        phrase = _opening_phrase(wanted)
        if len(wanted) < MIN_CHARS or not phrase:
            continue
        briefs = [b for b in _candidates(read, phrase_match, phrase) if b != exclude]
        if not briefs:
            continue
        marks = ", ".join("?" for _ in briefs)
        rows = read(
            f"SELECT {brief_cols}, t.body FROM texts t JOIN briefs b ON b.brief_id = t.brief_id"
            f" WHERE t.brief_id IN ({marks}) AND t.field LIKE 'sources%'",
            briefs,
        )
        for row in rows:
            if _stored_text(str(row[-1])) == wanted or _flat(str(row[-1])) == wanted:
                found.append((row[:-1], title or "untitled source"))
    return found


def _stored_text(body: str) -> str:
    """The source's text in an indexed body "title\ntext". A text that opens with its own
    title is stored alone (``digest._titled_text``), so the body is compared whole as well:
    taking its first line for the title lost a pasted thread's first line (N15-26)."""
    return _flat(body.partition("\n")[2])


def _candidates(read: ReadRows, phrase_match: PhraseMatch, phrase: str) -> list[str]:
    """Briefs with a source holding ``phrase`` (words side by side), unranked."""
    condition, params = phrase_match(f'"{phrase}"')
    sql = (
        f"SELECT DISTINCT t.brief_id FROM texts t WHERE {condition}"
        " AND t.field LIKE 'sources%' LIMIT ?"
    )
    return [str(r[0]) for r in read(sql, [*params, _CANDIDATES])]


def _flat(text: str) -> str:
    """The text with every run of spaces and line breaks as one space: the same article read
    from .html and from .txt differs in its line breaks only (newcomer10 N10-33)."""
    return " ".join(text.split())


def _opening_phrase(text: str) -> str:
    """The first run of up to ``_PHRASE`` consecutive plain words (at least ``_MIN_PHRASE``);
    punctuation around a word does not break the run (neither index counts it)."""
    run: list[str] = []
    for token in text.split()[:400]:
        word = token.strip(_EDGE)
        if _PLAIN.match(word):
            run.append(word.casefold())
            if len(run) == _PHRASE:
                break
        elif len(run) >= _MIN_PHRASE:
            break
        else:
            run = []
    return " ".join(run) if len(run) >= _MIN_PHRASE else ""
