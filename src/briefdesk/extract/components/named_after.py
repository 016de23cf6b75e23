"""Round 7: two names that read like places but are not, or not by their last word. A ship or
a satellite "to be named Sassandra and Comoé" is named, not placed (the sentence speaks of a
vessel, a satellite or an aircraft); "the Republic of Karakalpakstan" is a republic inside a
state, a place whole, not a state (its name is no country)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.components.named_things import VESSEL_NOUNS
from briefdesk.extract.resolver import Resolver

_NAMED_BEFORE = re.compile(
    r"\b(?:to\s+be\s+|will\s+be\s+|was\s+|were\s+|be\s+)?(?:named|renamed|christened|dubbed)"
    r"\s+$"
)
_THING = re.compile(r"\b(\w+?)s?\b")
_CRAFT = frozenset({"satellite", "satellites", "aircraft", "plane", "planes", "jet", "jets"})
_REPUBLIC_OF = re.compile(r"(?:Autonomous\s+)?Republic\s+of\s+(?:the\s+)?([A-Z][\w'’-]*)")


def christened(res: Resolver, v: View) -> str:
    """ "The ships, to be named Sassandra and Comoé,": names given to craft are no places."""
    if not res.text.endswith(("named ", "christened ", "dubbed "), 0, v.chunk.start):
        return NEXT  # the cheap test first: most chunks follow no such word
    before = res.before(v.chunk.start, 80)
    if not _NAMED_BEFORE.search(before):
        return NEXT
    words = {w.group(1).lower() for w in _THING.finditer(before)}
    if words & VESSEL_NOUNS or words & _CRAFT:
        return CLAIM
    return NEXT


def republic_of_region(res: Resolver, v: View) -> str:
    """ "the Republic of Karakalpakstan": a republic that is no state is a place, whole."""
    match = _REPUBLIC_OF.fullmatch(v.bare) if "Republic" in v.bare else None
    if not match or res.country_of(v.bare) or res.country_of(match.group(1)):
        return NEXT
    res.rule = "place.shape"
    res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM
