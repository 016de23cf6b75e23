"""Component: a known town read as a person where it stands as a place (round 22).

An apposition after a town ("north of Swakopmund, the bank's chief executive, said", "from
Velenje, the member of the board") or a byline's town ("By Mekdes Tessema, Addis Ababa") made
the town a person, since a comma and a role, or a byline's second part, read as a name's. The
town is the gazetteer's (a city of 15,000 people or more, a capital or a province: data, no
hand list) and every mention of the person stands where a place does: after a locative
("in", "from", "near", "north of"), or last on a byline's or an address's line after a comma.
The readable golds list such a town as a place (5 of 5); the persons the golds name as a town
("Bambang", "Santos", "Ishikawa") are never written so.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver

_TOWN_PEOPLE = 15_000
_COMPASS_OF = re.compile(
    r"\b(?:north|south|east|west|outside|north-?east|north-?west|"
    r"south-?east|south-?west)\s+of\s+$",
    re.IGNORECASE,
)
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def town_people(res: Resolver) -> None:
    """Turn a person named as a known town, and standing only where a place does, into it."""
    gaz = res.gaz
    for key, actor in list(res.found.actors.items()):
        if actor.type != "person" or not actor.evidence:
            continue
        name = actor.name
        city = gaz.cities.get(name)
        code = (
            gaz.capitals.get(name)
            or gaz.provinces.get(name)
            or (city[0] if city and city[1] >= _TOWN_PEOPLE else "")
        )
        if not code or name in gaz.names:
            continue
        if not all(_where_a_place_stands(res, start, end) for start, end in actor.evidence):
            continue
        del res.found.actors[key]
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] != key]
        res.rule = "place.gazetteer"
        for start, end in actor.evidence:
            res.place(res.text[start:end], start, end, code)
        res.rule = ""


def _where_a_place_stands(res: Resolver, start: int, end: int) -> bool:
    if res.after_locative(start) or _COMPASS_OF.search(res.before(start, 24)):
        return True
    return res.before(start, 2) == ", " and bool(_LINE_END.match(res.text, end))
