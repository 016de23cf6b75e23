"""Round 6 (continued): legal forms with a slash or in lower case end a firm's name ("Vestkyst
Marine A/S", "Škoda Transportation a.s."); "St." joins a place's name ("St. Michael", "St.
Lucia"); a remit after a title's comma belongs to the title ("Vice-President, Operations").
Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type.value, a.role) for a in extract_text(text).actors}


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Ghana ordered two ships from Nordkyst Marine A/S of Esbjerg.", "Nordkyst Marine A/S"),
        ("The yard, Fjordbygg Skip K/S, delivered.", "Fjordbygg Skip K/S"),
        ("Petrobras signed with Tecnova Engenharia S/A on Monday.", "Tecnova Engenharia S/A"),
        # (round 7: the lower-case form is part of the name, as the tuning gold writes
        # "Moravian Defence Vehicles a.s." and "Mazurtech sp. z o.o.")
        ("Prague chose Vltava Transportation a.s. for the trams.", "Vltava Transportation a.s."),
    ],
)
def test_legal_forms_with_a_slash_or_in_lower_case(text: str, firm: str) -> None:
    assert _actors(text).get(firm, ("", ""))[0] == "organization"


def test_the_town_after_a_slash_form_is_a_place() -> None:
    assert "Esbjerg" in _places("Ghana ordered two ships from Nordkyst Marine A/S of Esbjerg.")


def test_a_slash_between_other_words_is_no_legal_form() -> None:
    actors = _actors("The A/B test and the 50/50 split and/or the Q/A went well.")
    assert not [name for name, (kind, _) in actors.items() if kind == "organization"]


def test_saint_in_an_address_line() -> None:
    text = (
        "Media contact: Ann Greaves, Communications Officer, Caribbean Development Bank, "
        "Wildey, St. Michael, Barbados"
    )
    places = _places(text)
    assert {"Wildey", "St. Michael"} <= places
    assert "Michael" not in places


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The CDB approved a loan to St. Lucia on Monday.", "Saint Lucia"),
        ("St Kitts and Nevis signed the accord.", "Saint Kitts and Nevis"),
    ],
)
def test_saint_short_forms_of_states(text: str, state: str) -> None:
    assert _actors(text).get(state, ("", ""))[0] == "state"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"It matters," said Marla Thorne, CDB\'s Vice-President, Operations. "It is done."',
            "Marla Thorne",
            "Vice-President, Operations",
        ),
        (
            "said Jane Rolle, the bank's Director, Corporate Services, on Monday.",
            "Jane Rolle",
            "Director, Corporate Services",
        ),
        # Negatives: a body or a town after the title's comma is no remit.
        (
            "Contact: Jo Reed, Press Officer, Harbour Authority, Bridgetown.",
            "Jo Reed",
            "Press Officer",
        ),
        ("said Ana Ruiz, chief executive, Lima.", "Ana Ruiz", "chief executive"),
    ],
)
def test_a_remit_after_the_titles_comma(text: str, name: str, role: str) -> None:
    actors = _actors(text)
    assert actors[name] == ("person", role)
    assert "Corporate Services" not in actors
