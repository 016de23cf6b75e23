"""Round 3, places: kinds of construction, several made-up phrasings each."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ore will come from the Sagea pit next year.", "Sagea"),
        ("The Morada gold deposit holds two million ounces.", "Morada"),
        ("Output at the Karang smelter fell by a third.", "Karang"),
        ("The Velka quarry was closed on Monday.", "Velka"),
        ("Tarvo container quay handled more boxes in May.", "Tarvo"),
    ],
)
def test_a_site_named_after_its_locality_is_the_name_alone(text: str, place: str) -> None:
    assert place in places(text)


def test_a_hyphenated_mine_is_no_site() -> None:
    assert not places("Kenya bought 40 Sable Mk3 mine-protected vehicles.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two factories will rise in Kericho and Nyeri counties next year.", {"Kericho", "Nyeri"}),
        ("Patrols were attacked in Lamu and Garissa counties.", {"Lamu", "Garissa"}),
        ("Ore is hauled from a pit on Halmahera island by truck.", {"Halmahera"}),
        ("The deposit lies 180 km south of Sainshand, officials said.", {"Sainshand"}),
        ("The camp sits just north-east of Tamboura, near the border.", {"Tamboura"}),
    ],
)
def test_area_and_direction_words_make_places(text: str, expected: set[str]) -> None:
    assert expected <= places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ore goes to a plant in Morowali, Central Sulawesi, run by a local firm.",
            {"Morowali", "Central Sulawesi"},
        ),
        ("The boats will be based in Kuantan, Pahang, from 2026.", {"Kuantan", "Pahang"}),
    ],
)
def test_a_region_after_a_place_and_a_comma(text: str, expected: set[str]) -> None:
    assert expected <= places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Trucks cross the border at Zamyn-Uud in winter.", "Zamyn-Uud"),
        ("The new line will stop at Kivalo by 2027.", "Kivalo"),
    ],
)
def test_a_town_after_at_before_a_time_phrase(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tonga and Fiji are members of one Pacific family.", "Pacific"),
        ("He was named envoy for Asia-Pacific trade.", "Asia-Pacific"),
        ("The Indo-Pacific strategy was published in May.", "Indo-Pacific"),
    ],
)
def test_a_region_used_as_an_adjective_is_no_place(text: str, word: str) -> None:
    assert word not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Debt is high in the Pacific, the bank said.", "Pacific"),
        ("Growth in Central Asia last year was fast.", "Central Asia"),
        # (a ranking's scope, "Southeast Asia's largest economy", is no place since round 10)
        ("Tariffs fall in Southeast Asia's ports.", "Southeast Asia"),
    ],
)
def test_regions_used_as_nouns_stay_places(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Advisers flew in from Kupang and Darwin for the ceremony.", {"Kupang", "Darwin"}),
        ("A trade mission will go to Puntarenas and Limón in 2026.", {"Puntarenas", "Limón"}),
    ],
)
def test_a_name_joined_to_a_place_by_and_is_a_place(text: str, expected: set[str]) -> None:
    assert expected <= places(text)


def test_a_person_joined_to_a_place_by_and_stays_a_person() -> None:
    extraction = extract_text("Officials in Lagos and Maria Okafor met on Monday.")
    assert "Maria Okafor" not in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protests spread to Antioquia on Monday.", "Antioquia"),
        ("Ships sailed to Sicilia with the cargo.", "Sicilia"),
        ("The mine in Apurímac was closed.", "Apurímac"),
    ],
)
def test_iso_3166_2_subdivisions_are_places(text: str, place: str) -> None:
    extraction = extract_text(text)
    found = {p.name: p.country for p in extraction.places}
    assert found.get(place)


def test_subdivision_names_do_not_take_over_people_or_companies() -> None:
    extraction = extract_text("Victoria Chen said so. Santa Cruz Foods said sales rose.")
    assert "Victoria Chen" in {a.name for a in extraction.actors}
    assert "Santa Cruz Foods" in {a.name for a in extraction.actors}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Round 6's gold convention: a lower-case generic noun after a site's name is no
        # part of the place ("the Masela block" is Masela; "Permian Basin" keeps its word).
        ("Inpex operates the Masela block off Maluku.", "Masela"),
        ("The deposit lies in the East Gobi basin.", "East Gobi"),
        ("Drilling started in the Permian Basin.", "Permian Basin"),
    ],
)
def test_blocks_and_basins_are_named_by_their_site(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cargo goes through the northern corridor to Paga.", "Paga"),
        ("The road from Kupang to Atambua was closed.", "Atambua"),
        ("A new ferry link to Tanna opens in May.", "Tanna"),
    ],
)
def test_the_end_of_a_route_is_a_place(text: str, place: str) -> None:
    assert place in places(text)


def test_an_owner_at_the_end_of_a_route_is_no_place() -> None:
    assert "Gazprom" not in places("The pipeline to Gazprom's terminal was finished.")
