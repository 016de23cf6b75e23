"""Actors a first-time user met on invented documents in round 22 (newcomer22 N22-05, N22-09,
N22-12), with made-up sentences in several wordings and negatives (never the newcomer's own)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str]]:
    """name -> (type, country) of every suggested actor."""
    return {a.name: (a.type, a.country) for a in extract_text(text).actors}


# N22-05: a demonym opening a region's or a sea's name inside a body's name names no state.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Indian Ocean Rim Association met in Colombo on Monday.", "Indian Ocean Rim Association"),
        ("Loans from the Indian Ocean Fisheries Fund rose last year.", "Indian Ocean Fisheries Fund"),
        ("The Arabian Sea Shipping Council said rates had fallen.", "Arabian Sea Shipping Council"),
    ],
)
def test_region_name_gives_no_country(text: str, body: str) -> None:
    found = _actors(text)
    assert found.get(body) == ("organization", "")
    assert not any(kind == "state" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        ("The Indian Navy will buy four patrol boats from Goa Shipyard.", "Indian Navy", "IN"),
        ("Indian Oil Corporation signed a supply deal with Petronas.", "Indian Oil Corporation", "IN"),
        ("The Chinese Development Bank will lend US$20 million to Zambia.", "Chinese Development Bank", "CN"),
    ],
)
def test_demonym_before_other_words_still_gives_country(text: str, body: str, code: str) -> None:
    assert _actors(text).get(body) == ("organization", code)
