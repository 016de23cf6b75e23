"""A state named as a route is no side of a deal (newcomer12 N12-05, N12-15).

"Gas will flow via Bulgaria and Romania", "shipped through Georgia", "across Turkish territory",
"transiting Slovakia": the state a pipeline, a cargo or a corridor passes is neither the buyer
nor the seller, and the house guess for two sides named with no direction ("the government side
buys") took it as one. Only states are dropped: a company after "through" may be the channel that
sells ("sold through Rosoboronexport"), and that is a side; so may a state's own programme
("through Canada's government-to-government sales programme").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Found

# The route word just before the state, or before an earlier state of the same list ("via
# Bulgaria and Romania", "through Georgia, Azerbaijan and Turkey").
_ROUTE = re.compile(
    r"\b(?:via|through|across|transit(?:ing|s)?|by\s+way\s+of)\s+"
    r"(?:the\s+territory\s+of\s+|the\s+territories\s+of\s+)?$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+")
_ROUTE_WORDS = ("via ", "through ", "across ", "transit", "by way of ")


def without_transit(
    text: str, found: Found, mentions: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``mentions`` without the states the text names only as a route at that mention."""
    lowered = text.lower()
    if not any(word in lowered for word in _ROUTE_WORDS):
        return mentions
    kept: list[tuple[int, int, str]] = []
    route_end = -1  # the end of the last state mention read as a route
    for start, end, key in mentions:
        actor = found.actors.get(key)
        if actor is None or actor.type != "state":
            kept.append((start, end, key))
            continue
        if text[end : end + 2] in ("'s", "’s"):
            kept.append((start, end, key))  # "through Canada's sales programme": a channel
            continue
        if _ROUTE.search(text, max(0, start - 40), start) or (
            route_end >= 0 and _LIST_GAP.fullmatch(text, route_end, start)
        ):
            route_end = end
            continue
        kept.append((start, end, key))
    return kept
