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

from briefdesk.extract import rx as re
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


def territory_places(res: Resolver) -> None:
    """Turn a territory named only as a seat or an address into a place."""
    for key, actor in list(res.found.actors.items()):
        if actor.type != "state" or actor.country not in _TERRITORIES or not actor.evidence:
            continue
        if not all(_seat(res, start, end) for start, end in actor.evidence):
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
    return res.text[:start].rstrip(" \t").endswith(",") and bool(_ADDRESS_AFTER.match(after))
