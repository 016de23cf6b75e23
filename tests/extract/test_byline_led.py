"""The byline pattern led by its literal words (round 26, speed): used when a text has no
"prepared by", it finds what the full pattern finds; with "prepared by" the full one runs."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.components import byline_towns

TEXTS = [
    "Navy signs deal\nBy Ana Reyes, Quito\n\nThe navy said the deal was signed by the minister.",
    "Compiled by Ines Vandervelde, Geneva\nThe plan was backed by Brazil.",
    "· By Rachel Ng, Singapore ·\nMore by the same writer.",
    "By Julian Ashcombe, Doha and Kuwait City\nText.",
    "By Our Reporter, Tanga.\nLed by the port authority.",
    "Reporting by Tom Hale, Lima | Editing by Ann Moss\n",
    "By Priya Nand, Company Secretary\nWords by Sam Oki, Accra",
]


def _matches(pattern: object, text: str) -> list[object]:
    return [
        (m.span(), m.groups(), m.span(1), m.span(2))
        for m in pattern.finditer(text)  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_led_pattern_finds_what_the_full_one_finds(text: str) -> None:
    assert "prepared by" not in text
    full = _matches(byline_towns._BYLINE_TOWN, text)
    assert full == _matches(byline_towns._BYLINE_TOWN_LED, text)


def test_led_pattern_has_no_prepared_by_branch() -> None:
    text = "Summary prepared by Ana Reyes, Lausanne.\n"
    assert _matches(byline_towns._BYLINE_TOWN, text)
    assert not _matches(byline_towns._BYLINE_TOWN_LED, text)


def test_prepared_by_byline_still_gives_its_town() -> None:
    text = (
        "Weekly note on procurement\nSummary prepared by Ana Reyes, Lausanne.\n\n"
        "The ministry signed a contract for six patrol boats on Monday."
    )
    places = [p.name for p in extract_text(text).places]
    assert "Lausanne" in places


def test_by_byline_gives_its_town() -> None:
    text = "Navy signs boat deal\nBy Ana Reyes, Quito\n\nThe navy signed a contract on Monday."
    assert "Quito" in [p.name for p in extract_text(text).places]
