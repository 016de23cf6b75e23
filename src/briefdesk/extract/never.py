"""What the user never wants suggested, and what they dismissed: filters over an Extraction.

A ``NeverSuggest`` rule is a name or a pattern (``*`` and ``?`` wildcards, case-insensitive)
with the kind it applies to; it is kept at user level (Settings) and passed to extraction.
Dismissed suggestions are stored per source as suggestion keys (``Source.dismissed``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from briefdesk.extract.results import (
    ActorSuggestion,
    DateSuggestion,
    Extraction,
    PlaceSuggestion,
)

# Kinds a rule can name: the actor types, and "place", "date", or "any".
KINDS = frozenset(
    ["person", "organization", "state", "international_organization", "place", "date", "any"]
)


@dataclass(frozen=True)
class NeverSuggest:
    """Never suggest ``pattern`` (a name, or a pattern with * and ?) as ``kind``."""

    pattern: str
    kind: str = "any"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"never-suggest kind {self.kind!r} is not one of {sorted(KINDS)}")
        if not self.pattern.strip():
            raise ValueError("never-suggest pattern is empty")

    def matches(self, kind: str, names: Iterable[str]) -> bool:
        if self.kind not in {"any", kind}:
            return False
        wanted = " ".join(self.pattern.casefold().split())
        return any(fnmatchcase(" ".join(name.casefold().split()), wanted) for name in names)


def apply_never(extraction: Extraction, never: Sequence[NeverSuggest]) -> Extraction:
    """The extraction without what ``never`` rules out; deal parties it removes are cleared."""
    if not never:
        return extraction
    actors = [
        a
        for a in extraction.actors
        if not any(rule.matches(str(a.type), (a.name, *a.aliases)) for rule in never)
    ]
    places = [
        p for p in extraction.places if not any(rule.matches("place", (p.name,)) for rule in never)
    ]
    dates = [d for d in extraction.dates if not any(r.matches("date", (d.text,)) for r in never)]
    return _with(extraction, actors, places, dates)


def without_keys(extraction: Extraction, keys: Collection[str]) -> Extraction:
    """The extraction without the suggestions whose ``key`` is in ``keys`` (dismissed ones)."""
    if not keys:
        return extraction
    wanted = set(keys)
    result = _with(
        extraction,
        [a for a in extraction.actors if a.key not in wanted],
        [p for p in extraction.places if p.key not in wanted],
        [d for d in extraction.dates if d.key not in wanted],
    )
    result.deals = [d for d in result.deals if d.key not in wanted]
    result.significance = [s for s in result.significance if s.key not in wanted]
    return result


def _with(
    extraction: Extraction,
    actors: list[ActorSuggestion],
    places: list[PlaceSuggestion],
    dates: list[DateSuggestion],
) -> Extraction:
    kept = {a.key for a in actors}
    deals = []
    for deal in extraction.deals:
        buyer_gone = bool(deal.buyer_key) and deal.buyer_key not in kept
        seller_gone = bool(deal.seller_key) and deal.seller_key not in kept
        if buyer_gone or seller_gone:
            deal = dataclasses.replace(deal)
            if buyer_gone:
                deal.buyer = deal.buyer_key = ""
            if seller_gone:
                deal.seller = deal.seller_key = ""
        deals.append(deal)
    return dataclasses.replace(extraction, actors=actors, places=places, dates=dates, deals=deals)
