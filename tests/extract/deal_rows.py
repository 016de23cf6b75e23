"""Deals of a made-up text as plain tuples, for the deal tests' tables."""

from __future__ import annotations

from briefdesk.extract import extract_text


def deals(text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(buyer, seller, kind, value as stated or None, status) of each suggested deal, in order."""
    return [
        (d.buyer, d.seller, d.kind, d.value.as_stated if d.value else None, d.status)
        for d in extract_text(text).deals
    ]


def statuses_by_amount(text: str) -> dict[str, str]:
    """{value as stated: status} of each suggested deal with a value, for the status tables."""
    return {
        d["value"]["as_stated"]: str(d["status"])
        for d in extract_text(text).to_json()["deals"]
        if d["value"]
    }
