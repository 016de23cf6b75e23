"""The draft's summary says what its new actors took from the desk's library (N23-21).

A detail the library gave is the actor's note ("role and affiliation from the library (brief
of 2026-12-03)", set when the suggestion is accepted); the summary line repeats it by name so a
draft never takes the desk's older knowledge unseen.
"""

from __future__ import annotations

from briefdesk.extract.known_fill import NOTE_TAIL
from briefdesk.extract.library_sides import RULE as SIDES_KEPT
from briefdesk.extract.results import Extraction
from briefdesk.model import Brief


def library_taken(before: Brief, after: Brief) -> list[str]:
    """ "Idris Halloran's role and affiliation from the library (brief of 2026-12-03)" for
    each actor the draft added whose details came from the library."""
    had = {actor.id for actor in before.actors}
    return [
        f"{actor.name}'s {actor.note}"
        for actor in after.actors
        if actor.id not in had and f" {NOTE_TAIL}" in actor.note
    ]


def library_sides(extraction: Extraction | None) -> list[str]:
    """One line when the text's sides were kept over what the library's names read (N26-17):
    "the text's sides kept over the library's: buyer 'Tianhe' as the text gives it (…)"."""
    said = [
        r.text
        for d in (extraction.deals if extraction else ())
        for r in d.why
        if r.rule == SIDES_KEPT
    ]
    return [f"the text's sides kept over the library's: {said[0]}"] if said else []
