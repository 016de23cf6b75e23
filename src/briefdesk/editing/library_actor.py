"""An actor taken from the desk's library into the brief (round 22, newcomer21 N21-16).

Why: a follow-up brief names the same company, minister or state as a brief written last
month, and the only way to reuse what the desk confirmed then was to wait for extraction to
meet the name. The Library panel's dossier ("Add to brief") and ``briefdesk actors add
--from-library NAME`` both call this: the actor as the library knows it — name, type, country,
every alias, the newest role and affiliation — with a note naming the brief it came from.
"""

from __future__ import annotations

from briefdesk.editing import linking
from briefdesk.editing.records import RecordError
from briefdesk.library.api import Appearance, Dossier
from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType, is_country_code


def actor_from_dossier(brief: Brief, dossier: Dossier) -> Actor:
    """The dossier's actor, ready to add to ``brief``; ``RecordError`` when the brief has it
    already (same name or alias, or the same state)."""
    newest = sorted(dossier.appearances, key=lambda a: a.brief.date, reverse=True)
    role = next((a for a in newest if a.role), None)
    affiliated = next((a for a in newest if a.affiliation), None)
    aliases = [a for a in dict.fromkeys(dossier.aliases) if _norm(a) != _norm(dossier.name)]
    actor = Actor(
        name=dossier.name,
        type=_type(dossier.type),
        aliases=aliases,
        role=role.role if role else "",
        affiliation=affiliated.affiliation if affiliated else "",
        country=dossier.country if is_country_code(dossier.country) else "",
        note=_note(role or affiliated or (newest[0] if newest else None)),
    )
    if actor.affiliation:
        index = linking.find_actor(brief, actor.affiliation)
        actor.affiliation_id = brief.actors[index].id if index is not None else None
    found = linking.find_same_actor(brief, actor)
    if found is not None:
        raise RecordError(
            f"the brief already has actor {found + 1} {brief.actors[found].name!r}"
            " (change it with actors edit)"
        )
    return actor


def _type(text: str) -> ActorType:
    try:
        return ActorType(text)
    except ValueError:
        return ActorType.ORGANIZATION


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def _note(appearance: Appearance | None) -> str:
    """Where the actor's details came from: the brief's title, date and file."""
    if appearance is None:
        return "From the desk's library"
    ref = appearance.brief
    title = ref.title or ref.path
    return f"From the desk's library: “{title}” ({ref.date}; {ref.path})"
