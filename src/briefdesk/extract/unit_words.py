"""Whether the words after a title's comma name a unit of the office ("Finance", "Procurement
Management Unit", "Defence and Marine Procurement") rather than a body, a place or a person
(round 18, shared from round 19 by the unit after a comma and the title as a line's label)."""

from __future__ import annotations

from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.firstnames import first_names
from briefdesk.extract.lexicon import ORG_HEADS, ROLE_MODIFIERS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_UNIT_HEADS = word_list("role_unit_heads")
_CONNECTORS = frozenset({"and", "of", "&"})


def is_unit(res: Resolver, unit: str) -> bool:
    """Everyday words or a remit ("Procurement"), no place, state, person or body other than
    a unit's."""
    words = unit.split()
    named = [w for w in words if w.lower() not in _CONNECTORS]
    if words[-1].lower() in _CONNECTORS or not named:
        return False
    return (
        all(
            (is_common_word(w) or w.lower() in ROLE_MODIFIERS) and not res.country_of(w)
            for w in named
        )
        and not res.known_place(unit)
        and named[0].lower() not in first_names()
        and all(w.lower() not in ORG_HEADS or w.lower() in _UNIT_HEADS for w in named)
    )
