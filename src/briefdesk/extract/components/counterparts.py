"""Component: "His Uzbek counterpart, X," in the sentence after a titled minister. The chunk
rules copy the title only within one sentence ("met his Omani counterpart, X"); across a
sentence a counterpart holds the title of the last titled person named before him, and the
demonym gives his state. Runs after the late pass, reading the registry only."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.body_spans import sides_named
from briefdesk.extract.resolver import ActorBuild, Resolver, note

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


def counterpart_states(res: Resolver) -> None:
    """ "Foreign Minister X met her Indonesian counterpart, Y" in a text about two states: the
    two sides of a meeting are the two states, so when one side's state is known the other
    takes the other state (round 12). Runs with the country rules, after those that read
    a person's own words; fills only people left without a country."""
    if "counterpart" not in res.text:
        return
    people = [a for a in res.found.actors.values() if a.type == "person" and a.evidence]
    pairs = []
    for actor in people:
        start = min(s for s, _ in actor.evidence)
        match = _COUNTERPART_BEFORE.search(res.before(start, 60))
        if not match:
            continue
        here = res.text.rfind(". ", 0, start)  # this sentence and the one before it
        host = _last_titled_before(people, actor, start, max(0, res.text.rfind(". ", 0, here)))
        if host is not None:
            pairs.append((host, actor))
    if not pairs:
        return
    sides = sides_named(res, 0, len(res.text)) - {""}
    if len(sides) != 2:
        return  # three states or more: the other side is not known
    for first, second in pairs:
        for known, unknown in ((first, second), (second, first)):
            if known.country in sides and not unknown.country:
                unknown.country = next(iter(sides - {known.country}))
                note(unknown.why, "person.country-counterpart", known.name)


def _last_titled_before(
    people: list[ActorBuild], actor: ActorBuild, start: int, low: int
) -> ActorBuild | None:
    """The titled person named last between ``low`` and ``start``."""
    earlier = [
        (max(s for s, _ in other.evidence if low <= s < start), other)
        for other in people
        if other is not actor and other.role and any(low <= s < start for s, _ in other.evidence)
    ]
    return max(earlier, key=lambda pair: pair[0])[1] if earlier else None
