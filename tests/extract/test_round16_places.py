"""Round 16, places and organisations in news: kinds of misses seen across several retired
sets. Made-up sentences (names no article holds), positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type == "organization"}


# --- a capitalised "International Airport" is part of the place's name -----------------------


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "Relief flights landed at Tavolu International Airport on Sunday.",
            "Tavolu International Airport",
            "Tavolu",
        ),
        (
            "The runway of Kestrel Bay International Airport will be rebuilt with the loan.",
            "Kestrel Bay International Airport",
            "Kestrel Bay",
        ),
        (
            "Passengers at Morvane Airport were turned back.",
            "Morvane Airport",
            "Morvane",
        ),
    ],
)
def test_an_airport_with_a_capitalised_head_is_the_place_whole(
    text: str, place: str, not_place: str
) -> None:
    found = places(text)
    assert place in found
    assert not_place not in found


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        # A firm named after the airport stays a firm, not a place.
        (
            "Tavolu International Airport Ltd raised $40 million from banks.",
            "Tavolu International Airport",
        ),
        # A body of the airport is a body.
        ("The Tavolu Airport Authority said the runway was closed.", "Tavolu Airport"),
    ],
)
def test_an_airports_firm_or_body_is_no_place(text: str, not_place: str) -> None:
    assert not_place not in places(text)


def test_a_lower_case_airport_stays_the_town() -> None:
    # The lower case says the noun describes the place: the town is the place.
    assert places("Work at the Tavolu airport will start in May.") == ["Tavolu"]


def test_an_airport_keeps_the_state_of_its_town() -> None:
    found = extract_text("Flights from Bishkek Airport resumed on Monday.").places
    assert [(p.name, p.country) for p in found] == [("Bishkek Airport", "KG")]


# --- a lone everyday word before a title is the title's remit, not a body -------------------


@pytest.mark.parametrize(
    ("text", "person", "role", "not_org"),
    [
        (
            "The note was reviewed by Lana Petrosyan-Hale, Research Director.",
            "Lana Petrosyan-Hale",
            "Research Director",
            "Research",
        ),
        (
            "Vice Admiral Tomas Riva, the Flag Officer of the fleet, said the ships were late.",
            "Tomas Riva",
            "Flag Officer of the fleet",
            "Flag",
        ),
    ],
)
def test_a_lone_everyday_word_before_a_title_is_no_body(
    text: str, person: str, role: str, not_org: str
) -> None:
    found = extract_text(text)
    assert not_org not in {a.name for a in found.actors if a.type == "organization"}
    assert (person, role) in {(a.name, a.role) for a in found.actors}


def test_a_word_named_again_stays_a_body() -> None:
    # "Orchard" is written again, so it names a firm.
    found = orgs(
        "Orchard Director Lena Brandt said the plant would close. Orchard employs 300 people."
    )
    assert "Orchard" in found
