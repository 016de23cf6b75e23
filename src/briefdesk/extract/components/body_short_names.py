"""Component: a person's country through the full name of the body they were tied to by a
short one (round 10, people).

"South Korea's Hanseong Defense Systems ... said Park Min-jae, executive vice-president of
Hanseong": the person is tied to "Hanseong", which the text also names in full, and the full
name is the one the text places in a state. The short name may be the full name's first words
("Hanseong"), one of its short forms ("HDS" defined in brackets), or its initials. Only when
every such body the text names is placed in the same state. Runs after the other person-country
rules and before the lead rule; fills only people they left without a country.
"""

from __future__ import annotations

from briefdesk.extract.resolver import ActorBuild, Resolver, note

_BODIES = frozenset({"organization", "international_organization"})


def body_short_names(res: Resolver) -> None:
    """Give people tied to a body's short name the state of its full name (see above)."""
    people = [
        a
        for a in res.found.actors.values()
        if a.type == "person" and a.affiliation and not a.country
    ]
    if not people:
        return
    bodies = [a for a in res.found.actors.values() if a.type in _BODIES]
    for person in people:
        short = person.affiliation
        longer = [b for b in bodies if b.name != short and _shortens(short, b)]
        codes = {b.country for b in longer}
        if len(codes) != 1 or "" in codes:
            continue
        person.country = next(iter(codes))
        if len(longer) == 1:
            person.affiliation = longer[0].name
        note(person.why, "person.country-of-body", longer[0].name)


def _shortens(short: str, body: ActorBuild) -> bool:
    """Whether ``short`` is the first words, a short form or the initials of ``body``."""
    if body.name.startswith(short + " ") or short in body.aliases:
        return True
    if not (2 <= len(short) <= 6 and short.isupper()):
        return False
    initials = "".join(w[0] for w in body.name.split() if w[:1].isupper())
    return initials == short
