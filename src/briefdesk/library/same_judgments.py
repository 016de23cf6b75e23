"""Briefs that make the same key judgment, in the same words, as the brief being worked on.

Why: a desk often carries one judgment ("Moscow is likely to retaliate against the port deal")
from brief to brief while the subjects change; two briefs sharing it are related even when they
name no actor, deal item or place in common (newcomer10 N10-17). Statements are compared by
:func:`digest.statement_key` (case, accents, punctuation and spacing folded), kept in the
``statement_keys`` table (schema version 4).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from briefdesk.library.digest import statement_key

ReadRows = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

WEIGHT = 4  # above a shared actor (3), below the same source text (5)
_SHOWN = 70  # characters of a statement shown in the "shared" line


def sharing_judgments(
    read: ReadRows, statements: Iterable[str], exclude: str, brief_cols: str
) -> list[tuple[Sequence[Any], str]]:
    """(brief row, the statement in that brief's own words) for each other brief making one of
    ``statements``; a brief repeating a judgment counts once. Its own words, not ours: keys
    fold hedges and spelling, and showing our wording as theirs misquotes it (N12-21). The
    caller holds its library's lock."""
    wanted: dict[str, str] = {}
    for statement in statements:
        key = statement_key(statement)
        if key and key not in wanted:
            wanted[key] = statement.strip()
    if not wanted:
        return []
    keys = sorted(wanted)
    marks = ", ".join("?" for _ in keys)
    rows = read(
        f"SELECT DISTINCT {brief_cols}, k.key, j.statement FROM statement_keys k"
        f" JOIN briefs b ON b.brief_id = k.brief_id"
        " LEFT JOIN judgments j ON j.brief_id = k.brief_id AND j.judgment_id = k.judgment_id"
        f" WHERE k.key IN ({marks}) AND b.brief_id <> ? ORDER BY k.key, j.statement",
        [*keys, exclude],
    )
    found: dict[tuple[Any, str], tuple[Sequence[Any], str]] = {}
    for row in rows:
        own = " ".join(str(row[-1] or "").split())
        found.setdefault((row[0], row[-2]), (row[:-1], own or wanted[row[-2]]))
    return list(found.values())


def shared_label(statement: str) -> str:
    """The line a related brief shows for it: ``judgment: <statement, cut with …>``."""
    return f"judgment: {cut_at_word(statement, _SHOWN)}"


def cut_at_word(text: str, limit: int) -> str:
    """``text`` on one line, cut after its last whole word within ``limit`` characters with
    "…" ("… to at least one…", never "… at least o")."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    head = flat[: limit - 1]
    if flat[limit - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:") + "…"
