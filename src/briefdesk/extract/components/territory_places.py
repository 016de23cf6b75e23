"""Component: Hong Kong and Macau named only as where a firm sits are places (round 21).

The registry lists both territories as states (ISO 3166 has codes for them), so every mention
made a state actor. The readable golds take "Hong Kong" as a state only where it stands beside
states ("nine companies in the United Arab Emirates and Hong Kong") or acts; where it only
says where a firm or a desk is ("Hong Kong-registered Zhongyu Mining", "a Hong Kong business
website", "the Hong Kong trading unit", "Pagoda Hill Media Ltd, Hong Kong.", "Associate
Director, Hong Kong") the gold has the place and no state: 6 place only, 3 state only, 1 both.
When every mention of such a territory is of the second kind, the state becomes the place.
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.resolver import Resolver

_TERRITORIES = frozenset({"HK", "MO"})
# "-registered", "-based": a firm's seat; " business", " firm": a noun it describes.
_SEAT_AFTER = re.compile(
    r"-(?:registered|based|listed|incorporated|headquartered)\b|\s+(?P<noun>[a-z][a-z-]+)\b"
)
# Words after the name that make it the territory's government acting, or a list or clause.
_NOT_A_NOUN = frozenset(
    {
        "and",
        "or",
        "said",
        "says",
        "has",
        "had",
        "have",
        "is",
        "was",
        "will",
        "would",
        "to",
        "government",
        "authorities",
        "officials",
        "regulators",
        "police",
        "customs",
        "leader",
    }
)
_LISTED_BEFORE = re.compile(r"\b(?:and|or)\s+$")
# "Ltd, Hong Kong." / "Associate Director, Hong Kong" at a line's end: an address.
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:[.;]?[ \t]*(?:\n|$))")


@cache
def _city_states() -> frozenset[str]:
    """States whose capital bears the state's name (Singapore, Luxembourg, Monaco): the
    registry's capitals, no hand list."""
    gaz = gazetteer()
    return (
        frozenset(code for name, code in gaz.capitals.items() if gaz.names.get(name) == code)
        - _TERRITORIES
    )


def territory_places(res: Resolver) -> None:
    """Turn a territory named only as a seat or an address into a place; a city-state only
    when every mention is an address line's last part (round 22: "Senior Director,
    Sovereigns, Singapore", "Orbit Ledger Media Ltd, Singapore"; as a firm's seat, "Singapore-
    based" and "a Singapore fund", the readable golds write it 5 to 5 and 1 to 5 as the state)."""
    for key, actor in list(res.found.actors.items()):
        if actor.type != "state" or not actor.evidence:
            continue
        if actor.country in _TERRITORIES:
            seat = _seat
        elif actor.country in _city_states():
            seat = _address
        else:
            continue
        if not all(seat(res, start, end) for start, end in actor.evidence):
            continue
        del res.found.actors[key]
        res.found.mentions[:] = [m for m in res.found.mentions if m[2] != key]
        res.rule = "place.territory-seat"
        for start, end in actor.evidence:
            res.place(res.text[start:end], start, end, actor.country)
        res.rule = ""


def _seat(res: Resolver, start: int, end: int) -> bool:
    after = res.text[end : end + 30]
    if _LISTED_BEFORE.search(res.before(start, 8)):
        return False  # "companies in the United Arab Emirates and Hong Kong accused of ..."
    seat = _SEAT_AFTER.match(after)
    if seat:
        return seat.group("noun") not in _NOT_A_NOUN
    return _address(res, start, end)


def _address(res: Resolver, start: int, end: int) -> bool:
    """ "Pagoda Hill Media Ltd, Hong Kong." at a line's end: the last part of an address."""
    after = res.text[end : end + 30]
    return res.text[:start].rstrip(" \t").endswith(",") and bool(_ADDRESS_AFTER.match(after))
