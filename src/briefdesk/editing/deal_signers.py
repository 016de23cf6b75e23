"""People in a selection who sign for a side, and the actors a selection adds (round 23,
newcomer22's leftovers 1 and 2).

*New deal from selection* over "The Ministry … granted a fishing licence to Noordzee Pelagic
Trawlers BV … The licence was signed by Joost Kramer, managing director of Noordzee Pelagic
Trawlers BV" listed Joost Kramer as a signatory beside the grantor and the concessionaire, and
added him with no role and no affiliation although the suggestion had both. A person who signs
for a body that is already a side of the deal — his affiliation is that body, or, with no
affiliation, his post is an office and his country a side's country ("Deputy Minister Arlo Pesk"
of Mozambique when Mozambique grants) — is no side of his own: the deal's sides are the bodies.
A person with no such body among the sides ("Businessman X buys a stake") stays a side. The
actors the selection adds carry what the suggestion read (``actor_suggested``).
"""

from __future__ import annotations

import re

from briefdesk.editing.affiliation_full import is_state_name
from briefdesk.model import Actor, Brief, DealParty
from briefdesk.model.codes import ActorType

# A post held for a state or a body, so its holder signs for it ("Deputy Minister", "the State
# Secretary for Defence", "ambassador"); a businessman of the same country is his own side.
_OFFICE = re.compile(
    r"(?i:\b(?:minister|secretary|ambassador|envoy|president|governor|commissioner|official|"
    r"director|chief|head|chairman|chairwoman|chair|commander|attach[eé]|consul)\b)"
)


def _names(actor: Actor) -> set[str]:
    return {" ".join(n.split()).casefold() for n in (actor.name, *actor.aliases) if n.strip()}


def without_signers(
    brief: Brief, parties: list[DealParty], new_actors: list[Actor]
) -> tuple[list[DealParty], list[Actor]]:
    """``parties`` without the people who sign for a body already among them, and
    ``new_actors`` without the people no side is left to (both new lists)."""
    known = {a.id: a for a in [*brief.actors, *new_actors]}
    bodies = [
        known[p.actor_id]
        for p in parties
        if p.actor_id in known and known[p.actor_id].type != ActorType.PERSON
    ]
    if not bodies:
        return parties, new_actors
    body_names = set().union(*(_names(b) for b in bodies))
    body_countries = {b.country for b in bodies} - {""}
    dropped: set[str] = set()
    for party in parties:
        person = known.get(party.actor_id)
        if person is None or person.type != ActorType.PERSON:
            continue
        affiliation = " ".join(person.affiliation.split()).casefold()
        of_state = not affiliation or is_state_name(person.affiliation)  # "Minister, Cabo Verde"
        official = of_state and _OFFICE.search(person.role) is not None  # not "businessman"
        if affiliation in body_names or (official and person.country in body_countries):
            dropped.add(party.actor_id)
    if not dropped:
        return parties, new_actors
    kept = [p for p in parties if p.actor_id not in dropped]
    return kept, [a for a in new_actors if a.id not in dropped]


# "Noordkust Dredging BV, a company of the Netherlands": the state says where the body is from.
_BODY_OF = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:company|firm|group|subsidiary|operator|"
    r"shipyard|contractor|consortium|unit|arm|bank|fund|agency)\s+(?:of|from|based\s+in)\s+"
    r"(?:the\s+)?$"
)


def home_of_body(text: str, start: int) -> bool:
    """Whether the state named at ``start`` in ``text`` is only the home of a body just named,
    in an apposition ("X, a company of the Netherlands"), and no side of the deal."""
    return _BODY_OF.search(text[max(0, start - 80) : start]) is not None
