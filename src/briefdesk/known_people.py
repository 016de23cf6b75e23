"""A name the desk's library knows as a person is read as that person, not as a place.

The extraction rules read "Vâlcea said on Sunday…" as the Romanian county, and the library's
known actors only fill words no rule claimed, so a desk that confirmed Ion Vâlcea in earlier
briefs still got a place (newcomer7 F24). This step runs after extraction, only when the
library's actors are offered (``extract --library``, the window's library look-up), and leaves
the rules alone: a mention of the place's words becomes the known person's mention, except where
the text itself says it is a place ("in Vâlcea", "Vâlcea county"), which stays the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdesk.extract.known import KnownActor
from briefdesk.extract.known_fill import from_library
from briefdesk.extract.results import Extraction, Reason

RULE = "actor.known-to-library"
# A word right before that makes the name a place ("in Vâlcea", "the governor of Vâlcea").
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|from|to|into|outside|around|across|of|via|towards|toward)\s+)$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"\s+(?:county|region|province|district|city|port|area|oblast|governorate)\b",
    re.IGNORECASE,
)


def prefer_known_people(
    extraction: Extraction, text: str, known: Sequence[KnownActor]
) -> Extraction:
    """``extraction`` with place mentions that name a known person moved to that person."""
    people = _surfaces(known)
    if not people or not extraction.places:
        return extraction
    kept = []
    for place in extraction.places:
        moved: dict[str, list[tuple[int, int]]] = {}
        stays = []
        for start, end in place.evidence:
            hit = _person_at(text, start, end, people)
            if hit is None or _reads_as_place(text, start, end):
                stays.append((start, end))
                continue
            surface, person_start = hit
            moved.setdefault(surface, []).append((person_start, end))
        for surface, spans in moved.items():
            _add_person(extraction, people[surface], surface, spans, place.name)
        if stays:
            place.evidence = stays
            kept.append(place)
    extraction.places = kept
    return extraction


def _surfaces(known: Sequence[KnownActor]) -> dict[str, KnownActor]:
    """Each known person's name and aliases (first entry wins, as in the library's matcher)."""
    out: dict[str, KnownActor] = {}
    for entry in known:
        if entry.type != "person":
            continue
        for raw in (entry.name, *entry.aliases):
            surface = " ".join(raw.split())
            if len(surface) >= 2 and not surface.islower():
                out.setdefault(surface, entry)
    return out


def _person_at(
    text: str, start: int, end: int, people: dict[str, KnownActor]
) -> tuple[str, int] | None:
    """The longest known person's name ending at ``end`` that covers the place's words."""
    words = text[start:end]
    best: tuple[str, int] | None = None
    for surface in people:
        if not surface.endswith(words):
            continue
        begin = end - len(surface)
        if begin < 0 or text[begin:end] != surface or begin > start:
            continue
        if begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
            continue
        if best is None or len(surface) > len(best[0]):
            best = (surface, begin)
    return best


def _reads_as_place(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_BEFORE.search(text[max(0, start - 20) : start])) or bool(
        _PLACE_AFTER.match(text, end)
    )


def _add_person(
    extraction: Extraction,
    entry: KnownActor,
    surface: str,
    spans: list[tuple[int, int]],
    place: str,
) -> None:
    why = Reason(
        RULE, f"known to the desk's library as a person: {entry.label()}, not the place {place}"
    )
    actor = next(
        (a for a in extraction.actors if a.type == "person" and a.answers_to(entry.name)), None
    )
    if actor is None:
        actor = from_library(entry, [surface] if surface != entry.name else [])
        extraction.actors.append(actor)
    elif surface != actor.name and surface not in actor.aliases:
        actor.aliases.append(surface)
    actor.evidence = sorted(set(actor.evidence) | set(spans))
    if not any(r.rule == RULE for r in actor.why):
        actor.why.append(why)
