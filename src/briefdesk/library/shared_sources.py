"""Briefs that hold the very same source text as the brief being worked on.

Why: two briefs citing the same article are the most closely related briefs there are, yet
``library related`` only compared actors, deal items and places (newcomer9 N9-05: the LNG brief
and five Ghana briefs all holding the same newsletter were "not related"). The index already
keeps every source's text (``texts``, field ``sources[i].text``, body "title\\ntext"), so no
schema change is needed: the full-text index narrows the briefs, Python compares the texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

# Shorter texts ("test", a one-word paste) say nothing about being the same article.
MIN_CHARS = 40
WEIGHT = 5  # above a shared actor (3): the same article is the strongest relation
_KEY_WORDS = 8  # words of the opening looked up together in the full-text index
_CANDIDATES = 200
# Plain words only: "JF-17" or "Poland's" split differently in SQLite FTS5 and PostgreSQL.
_PLAIN = re.compile(r"^[^\W\d_]{3,}$")


def sharing_sources(
    lib: Any, sources: Iterable[tuple[str, str]], exclude: str, brief_cols: str
) -> list[tuple[Sequence[Any], str]]:
    """(brief row, title of the shared source) for each other brief holding one of ``sources``
    ((title, text) pairs). ``lib``: a SQL library (its ``search`` and ``_rows``).

    The full-text index finds the few briefs holding all of the text's first plain words (a
    scan of every stored source cost 0.35 s per look-up at 3,000 briefs); only their source
    texts are then read and compared whole."""
    found: list[tuple[Sequence[Any], str]] = []
    for title, text in sources:
        wanted = text.strip()
        words = _key_words(wanted)
        if len(wanted) < MIN_CHARS or len(words) < 3:
            continue
        hits = lib.search(" ".join(words), None, limit=_CANDIDATES)
        briefs = sorted({h.brief_id for h in hits if h.brief_id != exclude})
        if not briefs:
            continue
        marks = ", ".join("?" for _ in briefs)
        rows = lib._rows(
            f"SELECT {brief_cols}, t.body FROM texts t JOIN briefs b ON b.brief_id = t.brief_id"
            f" WHERE t.brief_id IN ({marks}) AND t.field LIKE 'sources%'",
            briefs,
        )
        for row in rows:
            _, _, stored = str(row[-1]).partition("\n")
            if stored.strip() == wanted:
                found.append((row[:-1], title or "untitled source"))
    return found


def _key_words(text: str) -> list[str]:
    """Up to ``_KEY_WORDS`` distinct plain words from the opening of ``text``, lower-cased."""
    words: list[str] = []
    for token in text.split()[:200]:
        word = token.strip(".,;:!?\"'()[]“”‘’«»").casefold()
        if _PLAIN.match(word) and word not in words:
            words.append(word)
            if len(words) == _KEY_WORDS:
                break
    return words
