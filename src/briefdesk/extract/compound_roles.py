"""Titles of two words whose last word alone is no title (round 18): "managing partner",
"senior associate", "general counsel". "Partner" or "associate" alone is as often a company
("its partner, Sinotrans") as a person's office, so the role readers take these words only as
the end of one of these compounds (``compound_roles``)."""

from __future__ import annotations

from briefdesk.extract.lexicon import ROLE_HEADS, ROLE_MODIFIERS
from briefdesk.extract.words import word_list

COMPOUND_ROLES = word_list("compound_roles")
# Words that may open a title read before a name ("founding" of "founding partner" too).
ROLE_OPENERS = (
    ROLE_HEADS | ROLE_MODIFIERS | {"counterpart"} | {c.split()[0] for c in COMPOUND_ROLES}
)


def ends_in_compound(words: list[str]) -> bool:
    """True when the last two words are one of the compound titles."""
    return " ".join(words[-2:]).lower() in COMPOUND_ROLES


def compound_at(lowered: list[str], limit: int = 5) -> int | None:
    """Index of the last word of the first compound title within the first ``limit`` words."""
    for i in range(1, min(limit, len(lowered))):
        if f"{lowered[i - 1]} {lowered[i]}" in COMPOUND_ROLES:
            return i
    return None
