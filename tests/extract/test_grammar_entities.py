"""Organisations and places that grammar alone marks: no cue word in a list names them."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


def test_official_name_keeps_its_of_the_state_tail() -> None:
    result = extract_text("The Armed Forces of the Philippines said it would buy radars.")
    forces = actor(result, "Armed Forces of the Philippines")
    assert forces.type == "organization"
    assert forces.country == "PH"
    assert "Armed Forces" not in names(result, "organization")


def test_ministry_still_loses_a_state_tail() -> None:
    result = extract_text("The Ministry of Defence of Romania signed the contract.")
    assert "Ministry of Defence" in names(result, "organization")
    assert "Romania" in names(result, "state")


@pytest.mark.parametrize(
    "text, org",
    [
        ("Velmora's CEO said the order was the largest in its history.", "Velmora"),
        ("Orlin's spokesperson declined to comment on the order.", "Orlin"),
        ("Kestrel's chairman praised the deal.", "Kestrel"),
        ("Shares of Kestrel rose 4% after the announcement.", "Kestrel"),
        ("Investors bought shares of Kestrel on Monday.", "Kestrel"),
        ("Norvana said in a statement that it had signed the contract.", "Norvana"),
        ("Tessaro Marine said in a stock exchange filing that it won the order.", "Tessaro Marine"),
    ],
)
def test_company_by_grammar(text: str, org: str) -> None:
    assert org in names(extract_text(text), "organization")


def test_people_who_issue_statements_stay_people() -> None:
    result = extract_text("Prabowo Subianto said in a statement that he agreed.")
    assert "Prabowo Subianto" in names(result, "person")
    assert not names(result, "organization")


@pytest.mark.parametrize(
    "legislature",
    ["House of Representatives", "Senate", "Knesset", "Chamber of Deputies", "Bundestag"],
)
def test_legislatures_are_organisations(legislature: str) -> None:
    result = extract_text(f"The {legislature} approved the budget on Tuesday.")
    assert legislature in names(result, "organization")


def test_rank_abbreviation_is_not_a_person() -> None:
    result = extract_text("AFP spokesperson Col. Xerxes Trinidad said the radars were ready.")
    assert "Col" not in names(result, "person")
    assert "Xerxes Trinidad" in names(result, "person")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ships sailed through the Strait of Malacca on Monday.", "Strait of Malacca"),
        ("The Port of Gwadar is being expanded.", "Port of Gwadar"),
        ("The radars will be placed on Luzon Island.", "Luzon Island"),
        ("Patrols continue near the Luzon Strait.", "Luzon Strait"),
        ("The ships were seen off the coast of Palawan.", "Palawan"),
        ("The base in Cebu province will host the radars.", "Cebu"),
        ("The frigates entered the Philippine Sea.", "Philippine Sea"),
    ],
)
def test_places_by_grammar(text: str, place: str) -> None:
    assert place in [p.name for p in extract_text(text).places]


def test_strait_named_after_a_state_is_no_state_mention() -> None:
    result = extract_text("Chinese warships crossed the Taiwan Strait.")
    assert "Taiwan Strait" in [p.name for p in result.places]
    assert "Taiwan" not in names(result, "state")


@pytest.mark.parametrize(
    "text, place",
    [
        ("Drones came from Baykar, the Istanbul-based maker.", "Istanbul"),
        ("The Dubai-based Emirates Global said it agreed.", "Dubai"),
        ("Radars will stand along the western coast of Luzon.", "Luzon"),
        ("Assembly may move to the outskirts of Helwan.", "Helwan"),
    ],
)
def test_places_from_based_and_coast_of(text: str, place: str) -> None:
    assert place in [p.name for p in extract_text(text).places]


def test_based_on_a_state_is_no_place() -> None:
    result = extract_text("A US-based firm won the order.")
    assert "US" not in [p.name for p in result.places]


def test_ampersand_and_electric_names_are_companies() -> None:
    result = extract_text("JERA is a joint venture of TEPCO Fuel & Power and Chubu Electric Power.")
    assert {"TEPCO Fuel & Power", "Chubu Electric Power"} <= names(result, "organization")


def test_a_person_named_power_stays_a_person() -> None:
    result = extract_text("Samantha Power said the grant was signed.")
    assert "Samantha Power" in names(result, "person")
