"""Round 6 (continued), tuning articles 144-163: a name that holds "and" or a listed remit is
one name ("Antigua and Barbuda Airport Authority", "Ministry of Energy and Minerals",
"Britain's Foreign, Commonwealth and Development Office"); more site nouns follow the site
convention; an airport named after a person stays whole. Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _orgs(text: str) -> dict[str, str]:
    return {
        a.name: a.country
        for a in extract_text(text).actors
        if a.type.value in {"organization", "international_organization"}
    }


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Trinidad and Tobago Port Authority signed the lease.",
            "Trinidad and Tobago Port Authority",
        ),
        (
            "The Ministry of Energy and Minerals signed with Siam Petro.",
            "Ministry of Energy and Minerals",
        ),
        (
            "The Development Bank of Latin America and the Caribbean (CAF) approved a loan.",
            "Development Bank of Latin America and the Caribbean",
        ),
        (
            "Britain's Foreign, Commonwealth and Development Office listed three firms.",
            "Foreign, Commonwealth and Development Office",
        ),
    ],
)
def test_one_name_with_and_inside(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_latin_america_names_no_state() -> None:
    orgs = _orgs("The Development Bank of Latin America and the Caribbean (CAF) approved a loan.")
    assert orgs["Development Bank of Latin America and the Caribbean"] != "US"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Negatives: two bodies or two states joined by "and" stay two.
        ("Britain and India signed the pact.", {"United Kingdom", "India"}),
        (
            "Talks between the Bank of Japan and the European Central Bank.",
            {"Bank of Japan", "European Central Bank"},
        ),
    ],
)
def test_two_names_joined_by_and_stay_two(text: str, parts: set[str]) -> None:
    assert parts <= {a.name for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        (
            "said the Honourable Marcus Amberley, Minister of Tourism, Civil Aviation and "
            "Transportation, at the airport.",
            "Civil Aviation",
        ),
        (
            "It is done.\n\nMinister of Public Works, Services and Housing, Édgar Villca, said it.",
            "Services",
        ),
    ],
)
def test_a_titles_listed_remit_is_no_body(text: str, noise: str) -> None:
    assert noise not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cargo is landed at the Lugavilla wharf.", "Lugavilla"),
        ("The mine is in the Marampo chiefdom.", "Marampo"),
        ("The hull was built at the corporation's Mamonel yard.", "Mamonel"),
        ("Patrols around the San Andrel archipelago will grow.", "San Andrel"),
        ("Gas goes to the Duqmar gas processing plant.", "Duqmar"),
        (
            "The concession covers V.C. Birdwell International Airport.",
            "V.C. Birdwell International Airport",
        ),
    ],
)
def test_more_sites_and_an_airport_named_after_a_person(text: str, place: str) -> None:
    places = _places(text)
    assert place in places
    assert "V.C." not in places


def test_an_airport_named_after_its_town_is_the_airport_whole() -> None:
    # Round 16 changed this on purpose: the capitalised head is part of the name.
    assert _places("Flights land at Faleolo International Airport.") == {
        "Faleolo International Airport"
    }


def test_the_host_state_of_an_envoy_stays_a_state() -> None:
    # The claim of a title's listed remit never covers an envoy's " to China".
    text = (
        "Hikmet Hajiyev, the Assistant to the President of Azerbaijan, and Khalil Hashmi, "
        "Pakistan's Ambassador to China, recently convened in Beijing."
    )
    assert "China" in {a.name for a in extract_text(text).actors}
