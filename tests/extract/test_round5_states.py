"""Round 5, states named with several words inside a longer name (a title, a bank, a formal
name): the whole state is found, not its last word. Made-up sentences, invented people."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


@pytest.mark.parametrize(
    ("text", "person", "role", "state"),
    [
        (
            "The Prime Minister of the Independent State of Papua New Guinea, Tomas Kaupa, "
            "arrived on Monday.",
            "Tomas Kaupa",
            "Prime Minister",
            "Papua New Guinea",
        ),
        (
            "Prime Minister of the Independent State of Samoa Lemalu Tavita Aiono spoke first.",
            "Lemalu Tavita Aiono",
            "Prime Minister",
            "Samoa",
        ),
        (
            "President of the Republic of the Marshall Islands Hilda Lakjohn welcomed the grant.",
            "Hilda Lakjohn",
            "President",
            "Marshall Islands",
        ),
        (
            "The Minister of Finance of the Republic of Sierra Leone, Musa Kargbo, signed.",
            "Musa Kargbo",
            "Minister of Finance",
            "Sierra Leone",
        ),
    ],
)
def test_state_in_a_title(text: str, person: str, role: str, state: str) -> None:
    found = extract_text(text)
    who = actor(found, person)
    assert (who.role, who.affiliation) == (role, state)
    assert state in names(found, "state")


@pytest.mark.parametrize(
    ("text", "org", "state"),
    [
        (
            "The Bank of Papua New Guinea raised its policy rate.",
            "Bank of Papua New Guinea",
            "Papua New Guinea",
        ),
        ("The Bank of Sierra Leone kept rates on hold.", "Bank of Sierra Leone", "Sierra Leone"),
        (
            "The Central Bank of Trinidad and Tobago issued a warning.",
            "Central Bank of Trinidad and Tobago",
            "Trinidad and Tobago",
        ),
        (
            "A loan from the Export-Import Bank of Korea was approved.",
            "Export-Import Bank of Korea",
            "South Korea",
        ),
        (
            "The Monetary Authority of Burkina Faso said so.",
            "Monetary Authority of Burkina Faso",
            "Burkina Faso",
        ),
    ],
)
def test_state_at_the_end_of_a_body(text: str, org: str, state: str) -> None:
    found = extract_text(text)
    body = actor(found, org)
    assert body.affiliation == state
    assert state in names(found, "state")


def test_bank_of_america_names_no_state() -> None:
    assert "United States" not in names(extract_text("Bank of America cut its forecast."), "state")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Neighbouring Burkina Faso and Mali have tightened rules.", "Burkina Faso"),
        ("Neighbours Chile and Peru export more copper.", "Chile"),
        ("Landlocked Malawi imports all its fuel.", "Malawi"),
        ("Rival South Korea bid as well.", "South Korea"),
        # Compounds the chunk pass skips.
        ("The order went to a Korean-led group.", "South Korea"),
        ("Swiss-based trader Holmgren Energy bought two cargoes.", "Switzerland"),
        ("Sahelia Energy, a Nigerian-owned independent, won the block.", "Nigeria"),
        ("A US-based firm will run the port.", "United States"),
        # A name typeset with a curly apostrophe.
        ("Côte d’Ivoire’s cocoa board raised prices.", "Ivory Coast"),
    ],
)
def test_state_after_a_word_that_opens_the_sentence_or_in_a_compound(text: str, state: str) -> None:
    assert state in names(extract_text(text), "state")


def test_a_brand_before_a_state_is_no_modifier() -> None:
    assert "Senegal" not in names(extract_text("Air Senegal flies daily to Paris."), "state")
