"""Round 4: a headline in Title Case capitalises everyday words; only its states are read
there (made-up headlines and bodies)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Kenya Grid Firm Signs Power Deal, Awards Lamu Container Terminal\n\n"
        "Kenya Power signed the deal on Monday.",
        "Tanzania Rail Agency Awards Tabora Line Contract To Turkish Builder\n\n"
        "The agency said so.",
        "Chile Lithium Company Signs Offtake With Japan Trading House\n\nIt was signed.",
    ],
)
def test_title_case_headline_gives_no_junk_names(text: str) -> None:
    found = extract_text(text)
    assert not [p.name for p in found.places]
    assert not [a.name for a in found.actors if len(a.name.split()) > 4]


def test_title_case_headline_keeps_its_states() -> None:
    found = extract_text(
        "Peru Signs Copper Deal With Chile's Andes Metals\n\nThe deal was signed in Lima."
    )
    assert {"Peru", "Chile"} <= {a.name for a in found.actors if a.type == "state"}


@pytest.mark.parametrize(
    "text",
    [
        "By Hannah Marsters, Pacific Affairs Fellow, Lowy Institute\n\nThe deal was signed.",
        "Hon. Nalin Perera (Minister of Power and Energy):\nThank you.",
        "Statement by the Ministry of Foreign Affairs\n\nThe ministry welcomed the deal.",
    ],
)
def test_bylines_labels_and_titles_are_no_headlines(text: str) -> None:
    found = extract_text(text)
    assert {a.type for a in found.actors} & {"person", "organization"}
