"""The draft takes only places it can vouch for (N10-03): "12 November 2026" after
"Done at Dakar," and "Supreme Decree No" after "through" stay suggestions to decide."""

from __future__ import annotations

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import Extraction, PlaceSuggestion, Reason
from briefdesk.model import Brief, Source

TEXT = "Done at Dakar, 12 November 2026, by Supreme Decree No. 301, in the Sahel and Gotland."


def _place(name: str, rule: str, country: str = "") -> PlaceSuggestion:
    at = TEXT.index(name)
    return PlaceSuggestion(name, country, [(at, at + len(name))], [Reason(rule, name)])


def test_only_places_with_a_country_or_a_place_name_are_drafted() -> None:
    places = [
        _place("Dakar", "place.capital", "SN"),
        _place("12 November 2026", "place.after-place"),
        _place("Supreme Decree No", "place.after-locative"),
        _place("Sahel", "place.shape"),  # a region: no country, but named as a place
        _place("Gotland", "place.after-locative"),
    ]
    brief = Brief(sources=[Source(id="src-1", text=TEXT)])
    drafted = apply_edits(brief, draft(brief, "src-1", Extraction(places=places)))
    assert [p.name for p in drafted.places] == ["Dakar", "Sahel"]
