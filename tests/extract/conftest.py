"""Helpers for extraction tests: look up one actor or deal by name."""

from __future__ import annotations

from briefdesk.extract import ActorSuggestion, Extraction


def actor(extraction: Extraction, name: str) -> ActorSuggestion:
    found = [a for a in extraction.actors if a.name == name]
    assert found, f"{name!r} not among {[a.name for a in extraction.actors]}"
    return found[0]


def names(extraction: Extraction, type_: str) -> set[str]:
    return {a.name for a in extraction.actors if a.type == type_}
