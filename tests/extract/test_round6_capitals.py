"""Round 6 (continued), tuning articles 144-163: a capital that acts is its government
("helping Moscow obtain", "Washington removed"); a wire dateline with a city in capitals, its
island and the wire between slashes ("ST. JOHN'S, Antigua, April 14 /Caribbean Newswire/ --").
Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("They accuse the firm of helping Moscow obtain drone parts.", "Russia"),
        ("Washington removed a Kazakh firm from its list.", "United States"),
        ("Beijing imposed sanctions on two firms.", "China"),
    ],
)
def test_a_capital_that_acts_is_its_state(text: str, state: str) -> None:
    extraction = extract_text(text)
    assert state in {a.name for a in extraction.actors if a.type.value == "state"}
    assert not extraction.places


@pytest.mark.parametrize("text", ["Talks in Washington ended.", "He flew to Moscow on Monday."])
def test_a_capital_where_things_happen_is_a_place(text: str) -> None:
    assert extract_text(text).places


def test_a_wire_dateline_in_capitals() -> None:
    extraction = extract_text(
        "ST. JOHN'S, Antigua, April 14, 2026 /Caribbean Wire/ -- Leeward Gate signed a deal."
    )
    assert "St. John's" in {p.name for p in extraction.places}
    assert "Caribbean Wire" in {a.name for a in extraction.actors}


def test_a_capital_given_a_grant_is_its_state() -> None:
    extraction = extract_text("China has given Roseau a grant of EC$27 million.")
    assert "Dominica" in {a.name for a in extraction.actors}
    assert "Roseau" not in {p.name for p in extraction.places}


def test_a_credited_person_is_no_place() -> None:
    extraction = extract_text("Vietnam signed the deal.\n--With assistance from Yuki Furusawa.")
    assert "Yuki Furusawa" in {a.name for a in extraction.actors}
    assert not extraction.places


def test_a_capital_that_cut_an_order_is_its_state() -> None:
    extraction = extract_text("The ships were laid down before Copenhagen cut its order.")
    assert "Denmark" in {a.name for a in extraction.actors}
    assert not extraction.places
