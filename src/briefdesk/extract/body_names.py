"""The organisation a name written before a title or in an apposition stands for: the body
itself, one it is an alias of, or, for "the Directorate", the body named in full before."""

from __future__ import annotations

from briefdesk.extract.lexicon import ORG_HEADS
from briefdesk.extract.resolver import Resolver


def short_form_body(res: Resolver, name: str) -> str:
    """ "The Directorate" after "Defence Materiel Directorate": "the" and one capitalised body
    word is the last body with that head word the text named in full (round 18); "" if none.
    (A bare "Directorate" stays itself: without "the" it may be a body of its own.)"""
    words = name.split()
    if len(words) != 2 or words[0] not in {"The", "the"} or not words[1][:1].isupper():
        return ""
    head = words[1].lower()
    key = res.last_org_by_head.get(head) if head in ORG_HEADS else None
    actor = res.found.actors.get(key) if key else None
    if actor is None or len(actor.name.split()) < 2 or actor.name.lower() == name.lower():
        return ""
    return actor.name


def org_named(res: Resolver, name: str, create: bool = True) -> str:
    """The name of the body ``name`` stands for; ``name`` itself if none (or "" when not
    ``create``)."""
    key = f"org:{name.lower()}"
    if key in res.found.actors:
        return res.found.actors[key].name
    for actor in res.found.actors.values():
        if name in actor.aliases:
            return actor.name
    return short_form_body(res, name) or (name if create else "")
