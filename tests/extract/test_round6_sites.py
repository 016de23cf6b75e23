"""Round 6 (continued): a named site before a lower-case generic noun is the place by its name
alone ("the Zhylkyn offshore block" is Zhylkyn); a capitalised facility name stays whole; a
pipeline keeps its noun. Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("Velmor won the Zhelkar offshore block in May.", "Zhelkar", "Zhelkar offshore block"),
        ("Ore leaves from the Ondoro mineral port.", "Ondoro", "Ondoro mineral port"),
        ("Output at the Galvanish field rose.", "Galvanish", "Galvanish field"),
        ("Output at the Dravon gas field rose.", "Dravon", "Dravon gas field"),
        ("Tankers load at the Dahran terminal.", "Dahran", "Dahran terminal"),
        ("Farmers in the Ferhana valley protested.", "Ferhana", "Ferhana valley"),
        ("Exploration in the Amu Karsa basin resumes.", "Amu Karsa", "Amu Karsa basin"),
        ("The Karvesh dam will be finished in 2028.", "Karvesh", "Karvesh dam"),
        ("Block IX of the Tharvo coalfield was awarded.", "Tharvo", "Block IX of the Tharvo"),
        ("The North Arish Offshore block was awarded.", "North Arish Offshore", "North Arish"),
    ],
)
def test_a_lower_case_noun_is_no_part_of_the_place(text: str, place: str, not_place: str) -> None:
    places = _places(text)
    assert place in places
    assert not_place not in places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Negatives: a capitalised facility name stays whole; a pipeline keeps its noun.
        ("Launches resume at the Kourou Space Centre.", "Kourou Space Centre"),
        ("Cargo is handled at the Port of Tema.", "Port of Tema"),
        ("Gas will flow through the Zarnic pipeline.", "Zarnic pipeline"),
        ("Drilling started in the Permian Basin.", "Permian Basin"),
    ],
)
def test_capitalised_facility_names_stay_whole(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_firm_before_a_site_noun_is_no_place() -> None:
    places = _places("Hanul's refinery at Morowali opens.")
    assert "Hanul" not in places
