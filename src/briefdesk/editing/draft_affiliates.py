"""The bodies the drafted people work for (newcomer24 N24-01, newcomer25 N25-04).

A draft added "Park Jin-woo — chief executive, Hanseo Engineering & Construction" but not the
contractor itself, which the same release says will build the plant: the person's affiliation
named a body the brief did not hold, so the Actors table had a person of nothing and the
contractor stayed a suggestion to find. A drafted person's employer, when the reading found it
as an organisation of its own and it is not the source's own outlet, is drafted with him.
"""

from __future__ import annotations

from briefdesk.editing.accept import add_actor
from briefdesk.editing.source_own import source_own
from briefdesk.extract import Extraction
from briefdesk.model import Brief, Source
from briefdesk.model.codes import ActorType

_BODIES = {ActorType.ORGANIZATION.value, ActorType.INTERNATIONAL_ORGANIZATION.value}


def add_employers(work: Brief, extraction: Extraction, source: Source) -> None:
    """Add to ``work`` each organisation ``extraction`` read that a person of ``work`` (drafted
    from ``source``) is affiliated with by its name or an alias."""
    employers = {
        " ".join(a.affiliation.split()).casefold()
        for a in work.actors
        if a.type == ActorType.PERSON and a.affiliation.strip()
    }
    if not employers:
        return
    for body in extraction.actors:
        if body.type not in _BODIES or source_own([body.name, *body.aliases], source):
            continue
        names = {" ".join(n.split()).casefold() for n in (body.name, *body.aliases)}
        if names & employers:
            add_actor(work, body, source, extraction.actors)
