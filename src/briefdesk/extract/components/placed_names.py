"""Component: a name the text reads as a place is not also a body or a person (round 22).

One mention of a town or site reads as a place ("a new wharf in Nuku'alofa", "the port of
Mejillones", "at Salina Cruz refinery") and another, by the words around it, as a firm or a
person ("Nuku'alofa's ...", "Salina" as a given name, "Haa Dhaalu said" across a line break),
so the extraction held both. The readable golds list such a name as the place and never as
the actor (9 of 9 in the 484 readable articles); a name holding a body's head word ("Bay of
Bengal Security Forum", "Port of Tema Authority") is a body named after its place and is left
to the other rules, as is a state, and so is a person with a role (a transcript's "ARVO TAMM,
Minister of Defence:" also reads as a dateline's town).
"""

from __future__ import annotations

from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver

_ACTOR_TYPES = frozenset({"organization", "person"})


def placed_names(res: Resolver) -> None:
    """Drop a body or person whose whole name the text also reads as a place."""
    places = res.found.places
    if not places:
        return
    drop = {
        key
        for key, actor in res.found.actors.items()
        if actor.type in _ACTOR_TYPES
        and actor.name.lower() in places
        and not actor.role  # "TOMAS BRELL, Minister of Transport:": a speaker, not a dateline
        and not {w.lower() for w in actor.name.split()} & ORG_HEADS
    }
    for key in drop:
        del res.found.actors[key]
    if drop:
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] not in drop]
