"""Where two round-7 branches met: a state's long form is no part of a title."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Hon. Peter Kaiwi Tamate MP, Prime Minister of the Independent State of Papua New"
            " Guinea, held a meeting.",
            "Peter Kaiwi Tamate",
            "Prime Minister",
            "PG",
        ),
        (
            "The Prime Minister of the Republic of Ghana, Kofi Mensah, spoke.",
            "Kofi Mensah",
            "Prime Minister",
            "GH",
        ),
    ],
)
def test_the_long_form_of_a_state_stays_out_of_the_role(
    text: str, name: str, role: str, country: str
) -> None:
    [person] = [a for a in extract_text(text).actors if a.name == name]
    assert (person.role, person.country) == (role, country)


def test_a_state_body_in_a_role_keeps_its_words() -> None:
    """Negative: "Secretary of State" is a title, not a state's long form."""
    text = "US Secretary of State Ann Lee met them."
    roles = [a.role for a in extract_text(text).actors if a.name == "Ann Lee"]
    assert roles and roles[0].startswith("Secretary of State")
