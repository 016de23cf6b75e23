"""A person's affiliation given by a short form of a body the text names in full is that body
(newcomer18 N18-08).

"Yaprak's chairman, Mehmet Yaprak" after "the Turkish builder Yaprak Insaat"; "Song Hau
chairman X" after "Song Hau Gas Corporation"; "Corvalis chief executive X" after "Corvalis
Naval Systems": the title rules take the words before the title as they stand, and the brief
then names a body no actor has. The affiliation is settled once every actor is known: a short
form that one organisation has as an alias, or that begins exactly one organisation's name,
becomes that organisation's name. A state's name ("Trinidad and Tobago" before "Trinidad and
Tobago Heritage and Stabilisation Fund"), a form two bodies share ("Gulf" of "Gulf
Bank" and "Gulf Fund") and a form no body has are left as they are. Round 22: a short form
that ends a body's name after its state's ("Air Force" of "Sri Lanka Air Force") counts too.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.results import ActorSuggestion

_BODIES = frozenset({"organization", "international_organization"})


def full_affiliations(actors: Sequence[ActorSuggestion]) -> None:
    """Each person's affiliation that is a short form of one body, as that body's name."""
    bodies = [a for a in actors if a.type in _BODIES]
    # (the gazetteer's names asked apart: a union with them cost ~60 us per article)
    states, known = {a.name for a in actors if a.type == "state"}, gazetteer().names
    names = {a.name for a in bodies}
    for person in actors:
        short = person.affiliation
        if person.type != "person" or not short or short in names:
            continue
        if short in states or short in known:
            continue
        owners = {
            body.name: body
            for body in bodies
            if short in body.aliases
            or body.name.startswith(short + " ")
            or _state_then(body.name, short)
        }
        if len(owners) == 1:
            owner = next(iter(owners.values()))
            person.affiliation = owner.name
            person.country = person.country or owner.country


def _state_then(name: str, short: str) -> bool:
    """ "Air Force" of "Sri Lanka Air Force", "Navy" of "Indian Navy" (round 22, N22-12): the
    body's name is a state's name or adjective, then the short form."""
    if not name.endswith(" " + short):
        return False
    lead = name[: -len(short) - 1]
    gaz = gazetteer()
    return lead in gaz.names or lead in gaz.adjectives
