"""Round 4, places: kinds of construction, each with several made-up phrasings (invented or
real small places; none taken from a corpus article)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A place and a lower-case common noun: the place alone.
        ("A Takoradi port official said the ship had left.", "Takoradi"),
        ("The Mombasa port was congested on Monday.", "Mombasa"),
        ("The Sapele refinery will be rebuilt.", "Sapele"),
        ("Repairs to the Kariba dam start in May.", "Kariba"),
        ("The yard sits on the Meghna river.", "Meghna"),
        ("The rehabilitation of the Nurek hydropower plant is funded.", "Nurek"),
        ("The planned Ruvuma liquefaction plant is delayed.", "Ruvuma"),
        ("Talks were held at the Ambohitsorohitra palace.", "Ambohitsorohitra"),
        # A geographic word opening the name, connectors of other languages inside it.
        ("The aircraft will patrol Lake Kivu and the border.", "Lake Kivu"),
        ("They climbed Mount Meru before the talks.", "Mount Meru"),
        ("The lease covers the Salar de Pedernales.", "Salar de Pedernales"),
        ("Trucks cross the Paso de Jama every day.", "Paso de Jama"),
        # A site or an area "of" a name.
        ("The graphite deposit of Ambatondrazaka is large.", "Ambatondrazaka"),
        ("Grants for the Autonomous Region of Muslim Mindanao were approved.", "Muslim Mindanao"),
        # A name on which something stands, near a place.
        ("The plant, on the Kafue near Mazabuka, was built in 1972.", "Kafue"),
    ],
)
def test_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("The Savusavu port lease was rejected.", "Savusavu port"),
        ("Hanul's refinery at Morowali will take the ore.", "Hanul"),
        ("The Kestrelwerk assembly plant will close.", "Kestrelwerk"),
        ("Salar Alto Litio SpA signed. Salar Alto will ship in May.", "Salar Alto"),
        ("And the Savusavu port lease?", "And the Savusavu"),
    ],
)
def test_not_place(text: str, not_place: str) -> None:
    assert not_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Protesters gathered outside the Nelson Okafor Conference Centre on Monday.",
            "Nelson Okafor Conference Centre",
        ),
        ("The talks were held at the Queen Salote Memorial Hall.", "Queen Salote Memorial Hall"),
    ],
)
def test_venue_stood_at_is_a_place(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("Aid paid for the rebuilding of Princess Mele Hospital.", "Mele Hospital"),
        ("Fans filled King Tevita Stadium.", "Tevita Stadium"),
        ("Leaders of the 15-member Caribbean Community met.", "Caribbean Community"),
        ("A seven-member Pacific Forum panel met.", "Pacific Forum"),
    ],
)
def test_buildings_and_sizes_are_no_people(text: str, not_person: str) -> None:
    found = extract_text(text)
    assert not_person not in {a.name for a in found.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Tokyo, meanwhile, has offered a loan to rebuild the railway.", "Tokyo"),
        ('An envoy told me that Canberra "does not see this as a race".', "Canberra"),
    ],
)
def test_capital_standing_for_its_government_is_no_place(text: str, capital: str) -> None:
    assert capital not in _places(text)


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        ("Deliveries start in 2026, the Sao Paulo-based planemaker said.", "Sao Paulo", "Sao"),
        ("The Buenos Aires-based group will invest.", "Buenos Aires", "Buenos"),
        ("They will build a solar plant on the Cirata reservoir.", "Cirata", "Cirata reservoir"),
    ],
)
def test_two_word_city_before_based_and_reservoirs(text: str, place: str, not_place: str) -> None:
    found = _places(text)
    assert place in found
    assert not_place not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ships will patrol waters off Luzon and Mindanao.", "Mindanao"),
        ("The old road runs between Mombasa and Mariakani.", "Mariakani"),
    ],
)
def test_name_joined_by_and_to_a_place(text: str, place: str) -> None:
    assert place in _places(text)


def test_a_place_in_the_passive_future_is_no_firm() -> None:
    found = extract_text("The road between Mombasa and Mariakani will be rebuilt.")
    assert "Mariakani" in {p.name for p in found.places}
    assert "Mariakani" not in {a.name for a in found.actors}


def test_a_long_name_after_a_geographic_word_is_no_feature() -> None:
    assert "Lake Turkana Wind Power" not in _places("Lake Turkana Wind Power sold the plant.")
