"""Component: a name read as a place only because a locative stood before it is the body the
text names it as elsewhere (newcomer19 N19-03).

"has agreed to buy a 70% stake in the Cerro Ayllu copper project in southern Peru from Minera
Quilcapampa": in the lead, "from" before an unknown name made it a place (the late pass's
weakest place rule, ``place.after-locative``), and the deal lost its seller; the bullet below
("… from Minera Quilcapampa for $450 million") reads the same name as a company. Once every
chunk is read, a place that only that rule found and that a body of the text bears as its
name is that body: its mentions go to the body, and the place goes. A place any other rule
found (a known town, a dateline, "the Port of X") stays a place.
"""

from __future__ import annotations

from briefdesk.extract.resolver import Resolver

_WEAK = "place.after-locative"


def located_bodies(res: Resolver) -> None:
    """Move each weak place that a body of the text is named by to that body."""
    bodies = {
        actor.name.lower(): actor.name
        for actor in res.found.actors.values()
        if actor.type == "organization"
    }
    if not bodies:
        return
    for key, place in list(res.found.places.items()):
        name = bodies.get(place.name.lower())
        if name is None or any(rule != _WEAK for rule, _text in place.why):
            continue
        del res.found.places[key]
        res.rule = "org.named-elsewhere"
        for start, end in place.evidence:
            res.org(name, start, end)
