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
    """(brief row, the statement as given) for each other brief making one of ``statements``;
    a brief repeating a judgment counts once. The caller holds its library's lock."""
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
        f"SELECT DISTINCT {brief_cols}, k.key FROM statement_keys k"
        f" JOIN briefs b ON b.brief_id = k.brief_id WHERE k.key IN ({marks})"
        " AND b.brief_id <> ?",
        [*keys, exclude],
    )
    return [(row, wanted[row[-1]]) for row in rows]


def shared_label(statement: str) -> str:
    """The line a related brief shows for it: ``judgment: <statement, cut with …>``."""
    flat = " ".join(statement.split())
    cut = flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1].rstrip() + "…"
    return f"judgment: {cut}"
