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

import re

from briefdesk.extract.components.firm_homes import firm_homes
from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver

_ACTOR_TYPES = frozenset({"organization", "person"})


def placed_names(res: Resolver) -> None:
    """Drop a body or person whose whole name the text also reads as a place."""
    firm_homes(res)  # "the Wewak company": the town, also read as a body by its context
    guessed_places(res)
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


# "Puntland", "Jubaland", "Karakalpakstan": a region's name by its ending (round 23).
_REGION_ENDS = ("land", "stan")
# A name that signs, buys or orders is a party, whatever its ending: "Norland signed a contract
# to buy 18 howitzers" keeps Norland as the buyer (found merging round 23: a one-word state the
# registry does not know, as in made-up or breakaway states, "Somaliland signed ...").
_ACTS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+to\s+|plans\s+to\s+)?"
    r"(?:signed|agreed|bought|buys?|ordered|orders|awarded|granted|paid|pays|purchased|leased"
    r"|sold|sells?|acquired|borrowed|sign|agree|buy|order|purchase|lease|sell|acquire|borrow)\b"
)


def _acts(text: str, ends: list[int]) -> bool:
    """Whether the name stands as the subject of a deal's verb at one of its mentions."""
    return any(_ACTS.match(text, end) for end in ends)


def guessed_places(res: Resolver) -> None:
    """A one-word name taken as a body only by the words around it ("Subic has had a difficult
    decade", "fish off Puntland and Jubaland", "Karakalpakstan is a good test") is the place
    when the gazetteer knows it as a town (not a province: "Vale agreed to sell"), or it ends
    like a region's name: in
    the readable sets 6 such bodies were gold places, 1 a body (a yard called by its town)."""
    drop = []
    for key, actor in res.found.actors.items():
        name = actor.name
        if (
            actor.type != "organization"
            or " " in name
            or name.isupper()
            or {rule for rule, _text in actor.why} != {"org.context"}
            or res.country_of(name)
            or name.lower() in res.found.places  # (dropped below, its mentions unread)
        ):
            continue
        gaz = res.gaz
        city = gaz.cities.get(name, ("", 0))
        # (a town of 50,000 or more: "Tavira, which owns the concession" stays the firm)
        code = gaz.capitals.get(name, "") or (city[0] if city[1] >= 50_000 else "")
        if not code and not (
            name.endswith(_REGION_ENDS)
            and len(name) > 6
            and not _acts(res.text, [end for _start, end in actor.evidence])
        ):
            continue
        drop.append(key)
        res.rule = "place.gazetteer" if code else "place.shape"
        for start, end in actor.evidence:
            res.place(name, start, end, code)
    for key in drop:
        del res.found.actors[key]
    if drop:
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] not in drop]
