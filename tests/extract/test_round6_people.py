"""Round 6 (continued): roles and the country of people. A post-nominal after a name set off
by commas ("the Hon. X MP"); a state's adjective before a lower-case title ("The Senegalese
minister of fisheries, X,"); "its" for the body just named; a title at the end of a line
(bylines); a person's country through the firm the text ties to a state. Made-up sentences,
with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people as _people


def _orgs(text: str) -> dict[str, str]:
    return {a.name: a.country for a in extract_text(text).actors if a.type.value == "organization"}


def test_a_post_nominal_after_an_honorific_name() -> None:
    people = _people(
        "The Prime Minister of Australia, the Hon. Cara Wendell MP, visited Solomon Islands."
    )
    assert people["Cara Wendell"] == ("Prime Minister", "Australia", "AU")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "The Senegalese minister of fisheries, Awa Dione, said stocks fell.",
            "Awa Dione",
            ("minister of fisheries", "Senegal", "SN"),
        ),
        (
            "The Kenyan trade minister, Lee Mwangala, said so.",
            "Lee Mwangala",
            ("trade minister", "Kenya", "KE"),
        ),
        # Negative: a capitalised word that names no state gives no country.
        (
            "The minister of fisheries, Awa Dione, said stocks fell.",
            "Awa Dione",
            ("minister of fisheries", "", ""),
        ),
    ],
)
def test_a_states_adjective_before_a_lower_case_title(
    text: str, name: str, expected: tuple[str, str, str]
) -> None:
    assert _people(text)[name] == expected


def test_its_stands_for_the_body_just_named() -> None:
    people = _people(
        "Ghana ordered ships from Danish shipbuilder Nordkyst Marine A/S. "
        "Its chief executive, Mette Krogsgaard, said it was proud."
    )
    assert people["Mette Krogsgaard"] == ("chief executive", "Nordkyst Marine A/S", "DK")


@pytest.mark.parametrize(
    "text",
    [
        # The last name before "its" is a state, or another name stands between: no body.
        # (Round 14: "Nordkyst Marine A/S sold ships to Ghana. Its chief executive, ..." now
        # reads the company, the subject of the sentence before; see test_news_people.py.)
        "The contract was signed with Ghana. Its chief executive, Mette Krogsgaard, spoke.",
        "The lease was signed at the TCEB offices by its managing director, Mette Krogsgaard.",
    ],
)
def test_its_is_left_alone_when_unsure(text: str) -> None:
    assert _people(text)["Mette Krogsgaard"][1] == ""


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Published 24 November 2025 | Farah Lamb, South Asia correspondent\n",
            "Farah Lamb",
            "South Asia correspondent",
        ),
        (
            "By Hanna Colet, Energy Correspondent\nGhana signed.",
            "Hanna Colet",
            "Energy Correspondent",
        ),
    ],
)
def test_a_title_at_the_end_of_a_line(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role
    assert "Energy Correspondent" not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Italy's Enivo signed. Enivo CEO Carlo Dessi said so.", "Carlo Dessi", "IT"),
        (
            "Rheinwald Energie SE, a German utility, will build it. Jonas Albers, "
            "Rheinwald's chief executive, said it was big.",
            "Jonas Albers",
            "DE",
        ),
        (
            "Samuel Rotich, managing director of Kenya Highlands Tea Co, said so.",
            "Samuel Rotich",
            "KE",
        ),
    ],
)
def test_a_person_takes_the_country_of_the_firm_the_text_ties_to_a_state(
    text: str, name: str, code: str
) -> None:
    assert _people(text)[name][2] == code


def test_a_subsidiary_named_after_another_state_is_not_the_owner() -> None:
    people = _people(
        "Jordan ordered vehicles from Czech maker Moravec Defence a.s. (MDX) through its "
        "subsidiary MDX Slovakia s.r.o. MDX's chairman, Tomas Vrba, called it historic."
    )
    assert people["Tomas Vrba"][2] != "SK"


def test_a_firm_with_no_tie_to_a_state_gives_none() -> None:
    people = _people("Enivo signed. Enivo CEO Carlo Dessi said so.")
    assert people["Carlo Dessi"][2] == ""


def test_a_minister_in_the_dateline_states_sentence() -> None:
    people = _people(
        "DAKAR, May 5 (Reuters) - The contract was signed in Senegal in the presence of Prime "
        "Minister Ousmane Bathily."
    )
    assert people["Ousmane Bathily"][2] == "SN"


def test_a_minister_elsewhere_does_not_take_the_datelines_state() -> None:
    people = _people(
        "WASHINGTON, May 5 - An IMF team met Finance Minister Rodrigo Membreno and Central "
        "Bank of Honduras President Lucia Andino in Tegucigalpa."
    )
    assert people["Rodrigo Membreno"][2] != "US"
