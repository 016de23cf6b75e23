"""An actor taken from the desk's library into the brief (round 22, newcomer21 N21-16).

Why: a follow-up brief names the same company, minister or state as a brief written last
month, and the only way to reuse what the desk confirmed then was to wait for extraction to
meet the name. The Library panel's dossier ("Add to brief") and ``briefdesk actors add
--from-library NAME`` both call this: the actor as the library knows it — name, type, country,
every alias, the newest role and affiliation — with a note naming the brief it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefdesk.editing import linking
from briefdesk.editing.records import RecordError
from briefdesk.library.api import Appearance, Dossier
from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType, is_country_code


@dataclass(frozen=True)
class FilledIn:
    """The library's details for an actor the brief already has: only what it lacks (N23-16)."""

    index: int
    values: dict[str, Any]
    said: str


def actor_or_fill(brief: Brief, dossier: Dossier) -> Actor | FilledIn:
    """:func:`actor_from_dossier`, or what the brief's actor of that name leaves empty when
    the brief has it already (newcomer23 N23-16: ``actors add --from-library`` refused)."""
    try:
        return actor_from_dossier(brief, dossier)
    except RecordError:
        actor = actor_from_dossier(Brief(), dossier)
        found = linking.find_same_actor(brief, actor)
        if found is None:
            raise
        if actor.affiliation:
            index = linking.find_actor(brief, actor.affiliation)
            actor.affiliation_id = brief.actors[index].id if index is not None else None
        return filled_in(brief, found, actor)


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


def filled_in(brief: Brief, index: int, known: Actor) -> FilledIn:
    """The library's ``known`` details the brief's actor ``index`` lacks: aliases it does not
    have, a country, and role and affiliation only when it has neither (the brief's words
    win, as in a draft: N23-21); the note says where they came from."""
    have = brief.actors[index]
    values: dict[str, Any] = {}
    names = {_norm(n) for n in (have.name, *have.aliases)}
    new_aliases = [a for a in (known.name, *known.aliases) if _norm(a) not in names]
    if new_aliases:
        values["aliases"] = [*have.aliases, *new_aliases]
    if not have.country and known.country:
        values["country"] = known.country
    if not have.role and not have.affiliation:
        for field in ("role", "affiliation", "affiliation_id"):
            if getattr(known, field):
                values[field] = getattr(known, field)
    taken = [f for f in ("aliases", "country", "role", "affiliation") if f in values]
    name = f"actor {index + 1} {have.name!r}"
    if not taken:
        return FilledIn(index, {}, f"nothing to fill: {name} already has what the library knows")
    values["note"] = "\n".join(n for n in (have.note, known.note) if n)
    kept = "; its role and affiliation kept" if (have.role or have.affiliation) else ""
    return FilledIn(index, values, f"filled {name} from the library: {', '.join(taken)}{kept}")


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
