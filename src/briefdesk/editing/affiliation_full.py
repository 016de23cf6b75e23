"""A person's affiliation written short becomes the body it stands for (newcomer18 N18-08).

"Yaprak's chairman, Mehmet Yaprak" was drafted "Chairman, Yaprak" although the brief held
"Yaprak Insaat"; "Song Hau chairman Nguyen Van Phuc" gave "Song Hau" beside "Song Hau Gas
Corporation". When a drafted or accepted person's affiliation is a short form — the first
words of a name, or an alias — of exactly one body in the brief or among the source's
suggestions, the affiliation is that body's name. Two bodies sharing the short form ("Song Hau
Gas Corporation" and "Song Hau Power") leave it as written, and so does a state's name ("Uganda"
is never "Uganda Railways Corporation").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _short_of(short: str, name: str, aliases: Iterable[str]) -> bool:
    """``short`` (already folded) is the first words of ``name`` or one of its aliases."""
    full = _words(name)
    if full == short or not short:
        return False
    return full.startswith(short + " ") or any(_words(a) == short for a in aliases)


def full_affiliation(short: str, bodies: Sequence[tuple[str, Sequence[str]]]) -> str:
    """The one body's name ``short`` stands for among ``bodies`` ((name, aliases) pairs), or
    ``short`` itself when none, several, or a body of that very name are there."""
    folded = _words(short)
    if not folded or is_state_name(short):
        return short
    if any(_words(name) == folded for name, _aliases in bodies):
        return short  # a body of that very name: it is not short for another
    found = {_words(n): n for n, aliases in bodies if _short_of(folded, n, aliases)}
    return next(iter(found.values())) if len(found) == 1 else short


def is_state_name(name: str) -> bool:
    """Whether ``name`` is a state's name in the world registry ("Cabo Verde", not a body)."""
    from briefdesk.model.codes import is_country_code
    from briefdesk.world import world

    code = world().code_of(name.strip())
    return bool(code) and is_country_code(code)


def bodies_of(brief: Brief, suggested: Iterable[object] = ()) -> list[tuple[str, list[str]]]:
    """The brief's bodies and the suggested ones (an extraction's ``ActorSuggestion``s), as
    (name, aliases); people are no one's affiliation here."""
    found = [(a.name, list(a.aliases)) for a in brief.actors if a.type != ActorType.PERSON]
    for item in suggested:
        kind = str(getattr(item, "type", ""))
        if kind and kind != ActorType.PERSON.value:
            found.append((str(getattr(item, "name", "")), list(getattr(item, "aliases", ()))))
    return found


def with_full_affiliation(actor: Actor, brief: Brief, suggested: Iterable[object] = ()) -> Actor:
    """``actor`` with its short affiliation written out, when one body is meant (a copy)."""
    if actor.type != ActorType.PERSON or not actor.affiliation.strip():
        return actor
    full = full_affiliation(actor.affiliation, bodies_of(brief, suggested))
    if full == actor.affiliation:
        return actor
    return actor.model_copy(update={"affiliation": full})
