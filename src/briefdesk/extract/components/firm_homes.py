"""Component: a town named as a firm's home before its trade is a place (round 25).

"Al Batinah Projects LLC, a Sohar contractor", "Sepik Coastal Shipping Limited, the Wewak
company", "Hraunvirki hf., a Hafnarfjörður contractor": the town stands as an adjective before
a business word, so the late pass, which leaves a name that modifies a noun alone ("Western
sanctions"), read no place, or the words around it read the town as a body. The readable golds
list such a town as a place in every set that has the shape (corpus, fresh-18, fresh-22 missed
it; 33 more were found through other mentions). Only a town the gazetteer knows (cities of
15,000 or more, or a capital) counts, never a state, a demonym, an everyday English word
("a Mobile operator") or a given name ("the Marshall group"), and never the first word of a
body the text names ("Batangas Circuit Assemblies ... the Batangas company").
"""

from __future__ import annotations

from briefdesk.extract.data_cache import tables
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.lexicon import ORG_DESCRIPTORS
from briefdesk.extract.resolver import Resolver

# The business words a home town stands before (data: org_descriptors.txt), less the ones a
# place also names without being a firm's home ("the Lagos agency", "the Delhi regulator").
_TRADES = sorted(
    ORG_DESCRIPTORS
    - {"agency", "regulator", "gazette", "magazine", "newspaper", "outlet", "broadcaster"}
)
# "a Sohar contractor", "the Gaziantep cement exporter": an article, the town (one to three
# capitalised words), at most one plain word, then the trade.
_HOME = lazy(
    r"\b(?:[Aa]n?|[Tt]he)\s+([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s+(?:[a-z]+\s+)?(?:"
    + "|".join(_TRADES)
    + r")s?\b"
)


def firm_homes(res: Resolver) -> None:
    """Read each known town named as a firm's home ("a Sohar contractor") as a place."""
    text = res.text
    if not any(trade in text for trade in _TRADES):
        return
    for match in _HOME.finditer(text):
        name = match.group(1)
        code = _town_code(res, name)
        if code:
            res.rule = "place.firm-home"
            res.place(name, match.start(1), match.end(1), code)


def _town_code(res: Resolver, name: str) -> str:
    """The town's state when the gazetteer knows it as a town and nothing else reads it."""
    gaz = res.gaz
    code = gaz.capitals.get(name, "") or gaz.cities.get(name, ("", 0))[0]
    if not code or res.country_of(name) or name in gaz.provinces:
        return ""
    if " " not in name:
        data = tables()
        if name.lower() in data.common_words or name in data.given_names:
            return ""
    opening = name + " "
    if any(
        actor.type == "organization" and actor.name.startswith(opening)
        for actor in res.found.actors.values()
    ):
        return ""
    return code
