"""Round 14, places in news writing: mechanisms of news layout and grammar (datelines in
capitals, ...). Made-up texts (names no article holds), with negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people


def places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


# --- a dateline in capitals keeps a city's lower-case particles ---------------------------------


@pytest.mark.parametrize(
    ("text", "city", "name", "country"),
    [
        (
            "DAR ES SALAAM, March 3 (Reuters) - Transport Minister Halima Ndugwe told "
            "reporters the berths would open in July.",
            "Dar es Salaam",
            "Halima Ndugwe",
            "TZ",
        ),
        (
            "PORT-AU-PRINCE, May 2 (AP) — Public Works Minister Jean-Robert Osias said the "
            "road would reopen next week.",
            "Port-au-Prince",
            "Jean-Robert Osias",
            "HT",
        ),
        (
            "RIO DE JANEIRO, June 9 (Reuters) - Mines Minister Carlos Abreu-Lins said output "
            "had risen.",
            "Rio de Janeiro",
            "Carlos Abreu-Lins",
            "BR",
        ),
    ],
)
def test_dateline_city_with_particles(text: str, city: str, name: str, country: str) -> None:
    assert city in places(text)
    assert people(text)[name][2] == country


def test_single_word_and_unknown_datelines_unchanged() -> None:
    assert places("ACCRA, May 2 (Reuters) - Ghana said on Friday it would sell bonds.")[0] == (
        "Accra"
    )
    # Capitals that are no city stay out, particles or not.
    assert "Read More Of The" not in places("READ MORE OF THE - Ghana will sell bonds.")
