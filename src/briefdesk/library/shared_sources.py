"""Briefs that hold the very same source text as the brief being worked on.

Why: two briefs citing the same article are the most closely related briefs there are, yet
``library related`` only compared actors, deal items and places (newcomer9 N9-05: the LNG brief
and five Ghana briefs all holding the same newsletter were "not related"). The index already
keeps every source's text (``texts``, field ``sources[i].text``, body "title\\ntext"), so no
schema change is needed: a length window narrows the rows, Python compares the texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# A title is at most this long in the stored "title\ntext" body (window of the length filter).
_TITLE_ROOM = 1000
# Shorter texts ("test", a one-word paste) say nothing about being the same article.
MIN_CHARS = 40
WEIGHT = 5  # above a shared actor (3): the same article is the strongest relation


def sharing_sources(
    run: Any, sources: Iterable[tuple[str, str]], exclude: str, brief_cols: str
) -> list[tuple[Sequence[Any], str]]:
    """(brief row, title of the shared source) for each other brief holding one of ``sources``
    ((title, text) pairs). ``run`` is the library's ``_rows``."""
    found: list[tuple[Sequence[Any], str]] = []
    for title, text in sources:
        wanted = text.strip()
        if len(wanted) < MIN_CHARS:
            continue
        rows = run(
            f"SELECT {brief_cols}, t.body FROM texts t JOIN briefs b ON b.brief_id = t.brief_id"
            " WHERE t.field LIKE 'sources%' AND b.brief_id <> ?"
            " AND length(t.body) BETWEEN ? AND ?",
            [exclude, len(wanted) + 1, len(text) + 1 + _TITLE_ROOM + 2],
        )
        for row in rows:
            body = str(row[-1])
            _, _, stored = body.partition("\n")
            if stored.strip() == wanted:
                found.append((row[:-1], title or "untitled source"))
    return found
