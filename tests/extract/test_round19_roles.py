"""Round 19, people's roles and country (issue 10): a unit after a comma only for a bare office,
and the state of a government post in a text about one state. Made-up sentences only, with
negatives that must not change."""

from __future__ import annotations

import pytest

from tests.extract.people_of import people as _people


# --- a unit after the comma only when the title is a bare office -----------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the title has a remit of its own: the department after it is where the person sits
        (
            "Task manager: Aminata Mint Salem, Principal Water and Sanitation Engineer, Water "
            "Development and Sanitation Department\n",
            "Aminata Mint Salem",
            "Principal Water and Sanitation Engineer",
        ),
        (
            "Contact: Jonas Berg-Holm, Senior Transport Economist, Transport Policy Unit\n",
            "Jonas Berg-Holm",
            "Senior Transport Economist",
        ),
        # a bare office (grades and a head) still takes its unit
        (
            "Contact: Jonas Berg-Holm, Deputy Director, Transport Policy Unit\n",
            "Jonas Berg-Holm",
            "Deputy Director, Transport Policy Unit",
        ),
        (
            "Task manager: Aminata Mint Salem, Principal Engineer, Water Department\n",
            "Aminata Mint Salem",
            "Principal Engineer, Water Department",
        ),
    ],
)
def test_a_unit_is_added_only_to_a_bare_office(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


# --- a bare government post in a story about one state ---------------------------------------
_LEAD = (
    "Malawi signs $400 million loan for northern railway\n\n"
    "LILONGWE, March 3 - Malawi signed a $400 million loan with a Gulf fund on Monday to build a "
    "railway from Mchinji on the Zambian border to Lilongwe, the finance ministry said.\n\n"
    "Finance Minister Grace Tembo signed for Malawi in Lilongwe on Monday.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Opposition lawmaker Peter Banda said the loan would push public debt too high.",
        "Transport Minister Alice Phiri said work would start in June.",
    ],
)
def test_a_bare_post_takes_the_state_the_story_is_about(paragraph: str) -> None:
    people = _people(_LEAD + paragraph + "\n")
    name = "Peter Banda" if "Banda" in paragraph else "Alice Phiri"
    assert people[name][2] == "MW"


@pytest.mark.parametrize(
    "text",
    [
        # two states named as often as each other: a bare post may be either's
        "Chile and Peru sign border power deal\n\n"
        "SANTIAGO, March 3 - Chile and Peru signed a deal on Monday to link their grids near "
        "Arica, officials said.\n\n"
        "Senator Ana Rojas said the line would be ready in 2029.\n",
        # the person's paragraph names another state
        _LEAD + "Zambia's banks were cautious. Senator Ana Rojas said the deal was rushed.\n",
        # the state named first is not the one named most: no story state
        "Zambia watches as Malawi signs loan\n\n"
        "LILONGWE, March 3 - Malawi signed a loan on Monday. Malawi will build a railway, "
        "and Malawi will repay it over 20 years, the ministry said.\n\n"
        "Senator Ana Rojas said the deal was rushed.\n",
    ],
)
def test_no_story_state_for_a_bare_post_across_states(text: str) -> None:
    assert _people(text)["Ana Rojas"][2] == ""


# --- a questioner named before the seat's brackets -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hon. Ana Perera (Kandy Central) asked the Minister of Energy about the plant.\n",
            "Ana Perera",
            "Member for Kandy Central",
        ),
        (
            "17. Mr. Dev Rampersad (Couva North) asked the hon. Minister of Finance:\n",
            "Dev Rampersad",
            "Member for Couva North",
        ),
        # an office in the brackets stays the role
        (
            "Hon. Ruth Morea (Minister for Petroleum and Energy) asked the Minister of Finance "
            "about the plant.\n",
            "Ruth Morea",
            "Minister for Petroleum and Energy",
        ),
    ],
)
def test_a_questioner_before_a_seat_s_brackets_is_its_member(
    text: str, name: str, role: str
) -> None:
    assert _people(text)[name][0] == role


def test_a_party_in_the_brackets_is_no_seat() -> None:
    people = _people("Hon. Ana Perera (DA) asked the Minister of Energy about the plant.\n")
    assert all(not role.startswith("Member for") for role, _body, _state in people.values())


# --- styles before a name that are no part of it ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The mayor, Councillor Marta Nambala, said the port would open in May.",
            "Marta Nambala",
            "mayor",
        ),
        # the style is the office when nothing else is said
        (
            "Councillor Marta Nambala said the port would open in May.",
            "Marta Nambala",
            "Councillor",
        ),
        (
            '"The canal was never built," said Doña Reina Lanza, who sells coffee in the town.',
            "Reina Lanza",
            "",
        ),
        (
            "The Vice Minister of Mines, Licda. Ana Ferreira Mejía, explained that the company "
            "would pay.",
            "Ana Ferreira Mejía",
            "Vice Minister of Mines",
        ),
    ],
)
def test_a_style_before_the_name_is_no_part_of_it(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name that looks like a style keeps its place in the name
        ("Don Mathers, the port's chief executive, said the cranes were late.", "Don Mathers"),
        ("Dona Kelly, the port's chief executive, said the cranes were late.", "Dona Kelly"),
    ],
)
def test_a_given_name_is_no_style(text: str, name: str) -> None:
    assert name in _people(text)


# --- the office after a name, not the style before it ----------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"We will build these machines," said Professor Nadia Belaid, Director General of '
            "the Space Agency.",
            "Nadia Belaid",
            "Director General",
        ),
        (
            "Tribunal: Professor Ingrid Solheim, President; Chukwu Adeyemi SAN, arbitrator "
            "appointed by the Claimants.",
            "Ingrid Solheim",
            "President",
        ),
        (
            "Prince Kollie Aldridge, the energy minister, signed the deal.",
            "Kollie Aldridge",
            "energy minister",
        ),
        # no office after the name: the style stays
        (
            "Professor Ingrid Solheim of Bergen University said the award was fair.",
            "Ingrid Solheim",
            "Professor",
        ),
        (
            "Professor Ingrid Solheim, who teaches law at Bergen, said the award was fair.",
            "Ingrid Solheim",
            "Professor",
        ),
    ],
)
def test_an_office_after_the_name_beats_a_style_before_it(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


# --- a senator who holds a ministry is named by the ministry ---------------------------------
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The Minister of Energy and Energy Industries, Senator the Hon. Roland Baptiste, said "
            "the contract would help.",
            "Minister of Energy and Energy Industries",
        ),
        # no ministry before the comma: a senator
        ("Senator the Hon. Roland Baptiste said the contract would help.", "Senator"),
        ("The motion, Senator the Hon. Roland Baptiste said, would fail.", "Senator"),
    ],
)
def test_a_senator_holding_a_ministry_is_named_by_it(text: str, role: str) -> None:
    assert _people(text)["Roland Baptiste"][0] == role


# --- a title as the label of the name's line -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "BRIEFING\n\nSpokesperson: Major General Hsu Wen-li\nVenue: Ministry of National "
            "Defense\n",
            "Hsu Wen-li",
            "Spokesperson",
        ),
        ("Representative Director: Yoon Jae-hyuk\n", "Yoon Jae-hyuk", "Representative Director"),
        (
            "4. CONTACTS\n\nDirector General, North Africa Regional Office: Karim Ben Salah\n",
            "Karim Ben Salah",
            "Director General",
        ),
        (
            "4. CONTACTS\n\nAssistant Deputy Minister, Defence and Marine Procurement: Siobhan "
            "Doyle\n",
            "Siobhan Doyle",
            "Assistant Deputy Minister, Defence and Marine Procurement",
        ),
        # a label that is no title, or a line that goes on after the name: no role from it
        ("Venue: Hall B\nContact: Lena Osei\n", "Lena Osei", ""),
        ("Director: Lena Osei said the plan was late.\n", "Lena Osei", ""),
    ],
)
def test_a_title_as_the_line_s_label_is_the_role(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


def test_the_body_after_the_label_s_title_is_the_affiliation() -> None:
    text = (
        "The Inspectorate of Strategic Products (ISP) granted 12 licences.\n\n"
        "Director-General of the ISP: Mats Edvard\n"
    )
    assert _people(text)["Mats Edvard"][:2] == (
        "Director-General",
        "Inspectorate of Strategic Products",
    )
