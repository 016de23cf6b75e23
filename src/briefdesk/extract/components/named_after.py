"""Round 7: two names that read like places but are not, or not by their last word. A ship or
a satellite "to be named Sassandra and Comoé" is named, not placed (the sentence speaks of a
vessel, a satellite or an aircraft); "the Republic of Karakalpakstan" is a republic inside a
state, a place whole, not a state (its name is no country).

Round 21 (newcomer21 N21-09): a "Republic of X" or "Kingdom of X" the registry does not know is
a place only where the text puts something in it ("farms in the Republic of Karakalpakstan"),
or it says "Autonomous", or the gazetteer knows X as a province. Elsewhere ("the state trading
company of the Republic of Tavria", "The Kingdom of Essaria will buy") it is a state's formal
name: no place, and no actor either (the resolver keys states by ISO code, and a state the
registry lacks is never made an organisation by this rule). So is a locative one whose text
writes X's people's word ("the Tirelian minister")."""

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
_REPUBLIC_OF = re.compile(r"(Autonomous\s+)?(?:Republic|Kingdom)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*)")
# Where a region's name stands: "in the", "across the", "throughout the" before the run.
_LOCATIVE = re.compile(r"\b(?:in|across|throughout|within|inside)\s+the\s+$")


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
    """ "the Republic of Karakalpakstan": a republic that is no state is a place, whole, where
    the text locates something in it; a state's formal name elsewhere is claimed unnamed."""
    bare = v.bare
    match = _REPUBLIC_OF.fullmatch(bare) if "Republic" in bare or "Kingdom" in bare else None
    if not match or res.country_of(bare) or res.country_of(match.group(2)):
        return NEXT
    name = match.group(2)
    if match.group(1) or res.gaz.provinces.get(name) or _region_in_text(res, v, name):
        res.rule = "place.shape"
        res.place(bare, v.chunk.start, v.chunk.start + len(bare))
    return CLAIM


def _region_in_text(res: Resolver, v: View, name: str) -> bool:
    """A republic (never a kingdom) after "in the", whose people's word the text never uses
    ("Tirelian" makes Tirelia a state)."""
    if v.lowered[0] != "republic" or not _LOCATIVE.search(res.before(v.chunk.start, 20)):
        return False
    stem = name[:-1] if name.endswith(("a", "e", "o")) else name
    people = re.compile(rf"\b(?:{re.escape(name)}n|{re.escape(stem)}(?:i?an|ese|ish|i))\b")
    return not people.search(res.text)
