"""Round 6, places: an unknown town in a list of known places, a town after a firm's legal form
or acronym and "of", a city's possessive before a firm. Made-up sentences, with cases that must
not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def _names(text: str, kind: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == kind}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Flights from Auckland, Tavolu and Brisbane resume in May.", "Tavolu"),
        ("Hearings were held in Mannar and Pelkudi in August.", "Pelkudi"),
        ("Trucks run via Mombasa, Kerimbo, Nairobi and Kampala.", "Kerimbo"),
        ("Buses will link Lima with Cusco or Ollantara.", None),
        ("The line runs to Karachi, Dervasht and Quetta.", "Dervasht"),
    ],
)
def test_unknown_town_in_a_list_of_known_places(text: str, town: str | None) -> None:
    places = _places(text)
    if town:
        assert town in places
    else:  # no locative opens the list: nothing read
        assert "Ollantara" not in places


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("In Paris, Dupont said the talks would go on.", "Dupont"),
        ("Reporting by Maha Dahan in Dubai and Chen Aizhu in Singapore.", "Chen Aizhu"),
        ("Ships patrol the Arafura and Timor seas.", "Timor"),
        ("Talks in Jakarta and Halvorsen Group followed.", "Halvorsen Group"),
        ("Delegates from Nairobi and Ministry officials met.", "Ministry"),
    ],
)
def test_not_a_listed_town(text: str, not_place: str) -> None:
    assert not_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Transformers come from Tajik Transformer Works (TTW) of Khorvat under a deal.",
            "Khorvat",
        ),
        (
            "The hulls were built by Nordvik Shipyards AS of Tromvik, which laid them down.",
            "Tromvik",
        ),
        ("The cranes come from Lahti Engineering Oy of Vaskila.", "Vaskila"),
        ("Cables are supplied by Kessar Cable Ltd of Ranpur.", "Ranpur"),
    ],
)
def test_town_after_a_firm(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize(
    ("text", "city", "firm", "state"),
    [
        (
            "Lenders include London's Harcourt Commodity Finance and two local banks.",
            "London",
            "Harcourt Commodity Finance",
            "United Kingdom",
        ),
        ("The design went to Accra's Osei & Partners.", "Accra", "Osei & Partners", "Ghana"),
        (
            "Nairobi's Kilele Logistics will run the depot.",
            "Nairobi",
            "Kilele Logistics",
            "Kenya",
        ),
    ],
)
def test_city_possessive_before_a_firm(text: str, city: str, firm: str, state: str) -> None:
    assert city in _places(text)
    assert firm in _names(text, "organization")
    assert state not in _names(text, "state")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("London's decision angered Brussels.", "United Kingdom"),
        ("Nairobi's plan for the port was approved.", "Kenya"),
        ("Canberra's Defence Minister said no.", "Australia"),
    ],
)
def test_a_capital_possessive_before_other_words_stays_the_state(text: str, state: str) -> None:
    assert state in _names(text, "state")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Gas flows through a pipeline that runs via Tunisia to Pantelleria.", "Pantelleria"),
        ("A cable will run from Darwin to Melville Point next year.", "Melville Point"),
        ("Some analysts say assembly in Shubra could be a condition.", "Shubra"),
        ("Ore goes to Hanul's smelter at Kolonodale, Central Sulawesi.", "Kolonodale"),
        ("Output at the mill in Tessalit would double.", "Tessalit"),
    ],
)
def test_town_at_the_end_of_a_route_or_after_a_locative(text: str, town: str) -> None:
    assert town in _places(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A firm after "to" without a route from a known place stays a firm.
        (
            "The utility switched its order from Gazprom to Orlak Energy Group.",
            "Orlak Energy Group",
        ),
        ("It sold the stake to Vantor Holdings last year.", "Vantor Holdings"),
    ],
)
def test_a_firm_after_to_is_no_town(text: str, org: str) -> None:
    assert org not in _places(text)


def test_a_possessive_before_a_facility_still_marks_a_firm_after_of() -> None:
    # "Hanul's refinery at X": X is where the refinery is; "Hanul's refinery" keeps Hanul.
    assert "Kolonodale" not in _names("Ore goes to Hanul's smelter at Kolonodale.", "organization")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The firms yesterday in the Palace of Moldova signed the deal.", "Palace of Moldova"),
        ("Guests were received at the Castle of Vardenholm on Friday.", "Castle of Vardenholm"),
        ("We are back tomorrow from the hall at Kallang Bay Arena today.", "Kallang Bay Arena"),
        ("He spoke to us in his office at Bhadra Mahal about the dam.", "Bhadra Mahal"),
        ("Information Department, Qurum Park, Muscat", "Qurum Park"),
        ("Jo Ames, Officer, Harbour Bank, Belleplaine, Barbados", "Belleplaine"),
    ],
)
def test_buildings_and_address_lines(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("The House of Representatives passed the bill.", "House of Representatives"),
        ("Jo Ames, Minister of Trade, Barbados\nMore text follows.", "Minister of Trade"),
        ("said Kofi Mensah, Ghana", "Kofi Mensah"),
        ("He met Tamsin Kerr today.", "Tamsin Kerr"),
    ],
)
def test_not_a_building_or_address(text: str, not_place: str) -> None:
    assert not_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Palwatte, near Trincomalee, was once meant for a coal plant.", "Palwatte"),
        ("Kara-Tash, the country's biggest mine, produced 90,000 ounces.", "Kara-Tash"),
        ("Tavuki, a fishing village, will get the new jetty.", "Tavuki"),
        ("Catches fall as far downstream as Kampong Lueng.", "Kampong Lueng"),
    ],
)
def test_a_town_the_text_describes(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("John Okello, near Kampala, said the road was closed.", "John Okello"),
        ("Rivenhall, the mine's operator, said no.", "Rivenhall"),
        ("The minister, near tears, resigned.", "The minister"),
    ],
)
def test_not_a_described_town(text: str, not_place: str) -> None:
    assert not_place not in _places(text)
