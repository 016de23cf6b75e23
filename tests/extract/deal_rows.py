"""Deals of a made-up text as plain tuples, for the deal tests' tables."""

from __future__ import annotations

from briefdesk.extract import extract_text


def deals(text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(buyer, seller, kind, value as stated or None, status) of each suggested deal, in order."""
    return [
        (d.buyer, d.seller, d.kind, d.value.as_stated if d.value else None, d.status)
        for d in extract_text(text).deals
    ]
