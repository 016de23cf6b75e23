"""Round 12, places (issue 10): general kinds sorted from the misses of the retired articles
(fresh .. fresh-8; fresh-9 kept as the check of whether a rule carries), each proved with
made-up sentences in several wordings and negatives that must not change.

- a name whose last word is a capitalised road, bridge, dam or reef noun is a place, whole
  ("the Marlow Coast Road", "the Tanaro Bridge", "Velmar Shoals"); a name of everyday words
  only is a project ("the Development Road"), a firm goes on after the noun ("Road & Bridge
  Co."), a street with its town after a comma is an address;
- a compass word after a hyphen is part of one place's name ("Kambove-Ouest", "Boffa-Nord"),
  where a dash between two towns still names a route of two places;
- the far end of a route from a known place, and each member of a list there ("linking
  Honiara to Auki, Noro and Gizo"); both ends "between" after a track or section noun; a
  name "between" a state and nothing that makes a route stays a party.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def _actors(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry will resurface the Marlow Coast Road before the rains.",
            "Marlow Coast Road",
        ),
        ("Lorries queue for hours on the Tanaro Bridge every morning.", "Tanaro Bridge"),
        ("Work on the Trans-Velmar Highway has stopped again.", "Trans-Velmar Highway"),
        ("Patrol boats stayed around Velmar Shoals all year.", "Velmar Shoals"),
        ("The firm drills wells in the Kesra Belt under a new licence.", "Kesra Belt"),
        (
            "Ghana, whose Great Ghanaian Volta Dam fills in August, sells power.",
            "Great Ghanaian Volta Dam",
        ),
        ("The project will raise the Lumbo Dam II wall by four metres.", "Lumbo Dam II"),
        ("Traffic on the Nkana Expressway doubled in a year.", "Nkana Expressway"),
    ],
)
def test_a_capitalised_road_bridge_or_dam_noun_names_a_place_whole(
    text: str, expected: str
) -> None:
    assert expected in _places(text)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("The port is meant to anchor the Development Road project.", "Development Road"),
        ("China's Hunan Velmar Road & Bridge Co. won the contract.", "Hunan Velmar Road"),
        ("Berbice Highway Builders Ltd. was paid on Friday.", "Berbice Highway"),
        ("Contact: Press Unit, 12 Tanaro Road, Kingston 10", "Tanaro Road"),
        ("Issued by the Ministry, Marlow Road, Freetown.", "Marlow Road"),
        ("The Belt and Road Initiative was discussed.", "Road"),
    ],
)
def test_projects_firms_and_addresses_are_no_titled_site(text: str, not_a_place: str) -> None:
    assert not_a_place not in _places(text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("The firm sells cobalt from its Kambove-Ouest operation.", "Kambove-Ouest", "Ouest"),
        ("The convention covers the Boffa-Nord bauxite concession.", "Boffa-Nord", "Nord"),
        ("A new depot opens in Kasama-Nord next year.", "Kasama-Nord", "Nord"),
    ],
)
def test_a_compass_word_after_a_hyphen_is_part_of_the_name(
    text: str, expected: str, not_expected: str
) -> None:
    places = _places(text)
    assert expected in places
    assert not_expected not in places


def test_a_dash_between_two_towns_still_names_two_places() -> None:
    assert {"Tabora", "Kigoma"} <= _places("The Tabora-Kigoma section is finished.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cable links Honiara to Auki, Noro, Gizo and Kirakira.",
            {"Auki", "Noro", "Gizo", "Kirakira"},
        ),
        ("A ferry service joining Suva to Velmaro, Kesra and Tanaro starts.", {"Velmaro", "Kesra"}),
        ("A new line connecting Mombasa to Voiko will be built.", {"Voiko"}),
        ("The loan doubles the track between Akhaura and Laksam.", {"Akhaura", "Laksam"}),
        ("Works on the section between Velmaro and Kesra start soon.", {"Velmaro", "Kesra"}),
    ],
)
def test_the_far_end_of_a_route_from_a_known_place_is_a_place(
    text: str, expected: set[str]
) -> None:
    assert expected <= _places(text)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        ("The deal between Kenya and Toyota Tsusho was signed.", "Toyota Tsusho"),
        ("Ties between Accra and Velmar Holdings improved.", "Velmar Holdings"),
        ("The dispute between Gazprom and Kesra was settled.", "Kesra"),
    ],
)
def test_between_a_state_or_capital_and_a_name_is_no_route(text: str, not_a_place: str) -> None:
    assert not_a_place not in _places(text)
