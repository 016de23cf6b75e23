"""Component: "His Uzbek counterpart, X," in the sentence after a titled minister. The chunk
rules copy the title only within one sentence ("met his Omani counterpart, X"); across a
sentence a counterpart holds the title of the last titled person named before him, and the
demonym gives his state. Runs after the late pass, reading the registry only."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.resolver import Resolver, note

_COUNTERPART_BEFORE = re.compile(
    r"\b[Hh](?:is|er)\s+(?:([A-Z][a-z]+)\s+)?counterpart,?\s+(?:[A-Z][a-z]*\.?\s+)?$"
)


def counterparts(res: Resolver) -> None:
    """Give a person named as someone's counterpart the title of the titled person before."""
    if "counterpart" not in res.text:
        return
    people = [a for a in res.found.actors.values() if a.type == "person" and a.evidence]
    for actor in people:
        if actor.role and not actor.role.endswith("counterpart"):
            continue
        start = min(s for s, _ in actor.evidence)
        match = _COUNTERPART_BEFORE.search(res.before(start, 60))
        if not match:
            continue
        earlier = [
            (max(s for s, _ in other.evidence if s < start), other)
            for other in people
            if other is not actor and other.role and any(s < start for s, _ in other.evidence)
        ]
        if not earlier:
            continue
        _, other = max(earlier, key=lambda pair: pair[0])
        if other.role.endswith("counterpart"):
            continue
        actor.role = other.role
        code = res.country_of(match.group(1) or "")
        if code and not actor.affiliation:
            actor.affiliation = res.affiliation_name(code)
        note(actor.why, "person.counterpart", actor.name, other.role)
