"""Whether a town's state, from the gazetteer alone, may be given (round 21, newcomer21 N21-03).

The gazetteer keeps the largest town of each name: "San Ignacio" is Belize's, though towns of
that name lie in Paraguay, Mexico and Bolivia, and a made-up state's air base may bear it. A
dateline "SAN IGNACIO, Dec 1 -" over a story about another state gave the place, and through
it the defence minister, Belize. A state from a town's name alone is given only when the town
leaves no doubt (a capital, or a city of 100,000 people or more, as ``place_country`` takes
one) or the text names that state somewhere (its name or its adjective: "Belize", "Belizean").
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.gazetteer import Gazetteer
from briefdesk.extract.place_country import LARGE_CITY


def town_state(gaz: Gazetteer, town: str, text: str) -> str:
    """The state code the gazetteer gives ``town`` when it may be given in ``text``; ""
    when the town is small and the text never names its state."""
    code = gaz.capitals.get(town, "")
    if code:
        return code
    code, population = gaz.cities.get(town, ("", 0))
    if not code or population >= LARGE_CITY:
        return code
    return code if names_state(gaz, code, text) else ""


def names_state(gaz: Gazetteer, code: str, text: str) -> bool:
    """Whether ``text`` names the state ``code`` by a name or an adjective."""
    words = [w for w, c in (*gaz.names.items(), *gaz.adjectives.items()) if c == code]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words if len(w) > 2 or w.isupper())
