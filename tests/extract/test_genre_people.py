"""People in non-news documents (round 14): rosters of filings, minutes and calls, names with
the family name in capitals, designation entries, signature blocks. Made-up texts in several
wordings, with negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people


def _orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


# A roster: one person a line, the post in its own column or after a spaced dash.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BOARD OF DIRECTORS\n\n"
            "Dr. T. O. Bankole                Chairman\n"
            "Mrs. Ifeoma Nwachukwu-Ade        Managing Director/CEO\n"
            "Mr. Kelechi Obi                  Independent Non-Executive Director\n",
            {
                "T. O. Bankole": "Chairman",
                "Ifeoma Nwachukwu-Ade": "Managing Director/CEO",
                "Kelechi Obi": "Independent Non-Executive Director",
            },
        ),
        (
            "After the changes the Board will be composed of:\n"
            "- Agata Kowalczyk – President of the Management Board\n"
            "- Piotr Lewandowski – Member of the Management Board, Sales\n",
            {
                "Agata Kowalczyk": "President of the Management Board",
                "Piotr Lewandowski": "Member of the Management Board",
            },
        ),
        (
            "MANAGEMENT:\n"
            "MR. SURESH IYENGAR – MANAGING DIRECTOR\n"
            "MS. KAVITA RAO – CHIEF FINANCIAL OFFICER\n",
            {"Suresh Iyengar": "Managing Director", "Kavita Rao": "Chief Financial Officer"},
        ),
        (
            "Signatures:\nDate        Name            Position\n"
            "2027-05-02  Helena Sorensen   Chief Executive Officer\n"
            "2027-05-02  Erik Dahl         Head, Investor Relations\n",
            {"Helena Sorensen": "Chief Executive Officer", "Erik Dahl": "Head, Investor Relations"},
        ),
        (
            "Contact:\nMr. Paulo Nhantumbo      Spokesperson\n",
            {"Paulo Nhantumbo": "Spokesperson"},
        ),
    ],
)
def test_roster_lines_give_name_and_post(text: str, expected: dict[str, str]) -> None:
    found = people(text)
    for name, role in expected.items():
        assert found[name][0] == role
    assert not any("  " in name for name in found)
    assert not _orgs(text) & {"Non-Executive", "Independent Non-Executive", "Company"}


def test_signatures_side_by_side_pair_names_with_posts_below() -> None:
    text = (
        "There being no other business, the meeting closed at noon.\n\n"
        "______________________        ______________________\n"
        "Dr. A. B. Musa                K. Adewale\n"
        "Chairman                      Company Secretary\n"
    )
    found = people(text)
    assert found["A. B. Musa"][0] == "Chairman"
    assert found["K. Adewale"][0] == "Company Secretary"


@pytest.mark.parametrize(
    "text",
    [
        # One line alone, with no list heading above it: no roster.
        "The port reopened.\nAnna Berg – Chairman of the board resigned last week.\n",
        # A list whose posts hold no post's word.
        "Shipments:\n- Maria Lopez – two cranes\n- Daniel Park – a dredger\n",
        # Places and bodies in the name cell are no people.
        "Offices:\nLagos Office        Director\nAbuja Office        Director\n",
    ],
)
def test_lines_that_are_no_roster(text: str) -> None:
    found = people(text)
    assert not any(
        role in {"Chairman of the board resigned last week.", "Director"}
        for role, _aff, _c in found.values()
    )
    assert "Maria Lopez" not in found or found["Maria Lopez"][0] == ""


def test_attendance_name_stops_at_the_column_gap() -> None:
    text = (
        "PRESENT:\n"
        "Dr. Ruth Amadi             Chairperson\n"
        "Alhaji Sani Bello          Member\n\n"
        "ABSENT WITH APOLOGY:\n"
        "Mr. Femi Ojo               Member\n"
    )
    found = people(text)
    assert found["Ruth Amadi"][0] == "Chairperson"
    assert "Sani Bello" in found
    assert "Femi Ojo" in found
    assert not any("  " in name for name in found)


# Given names in title case, the family name in capitals (EU, UN and court style).
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The board dismissed Mr Jakub WRÓBEL (Chief Operating Officer) today.",
            "Jakub Wróbel",
            "Chief Operating Officer",
        ),
        (
            "The panel was chaired by Ms Ines HALVORSEN (Presiding Arbitrator).",
            "Ines Halvorsen",
            "Presiding Arbitrator",
        ),
        ("Reasons: Dmitri SOKOLOV runs the company that charters the ships.", "Dmitri Sokolov", ""),
        ("Judges: Professor Marguerite LEFÈVRE and others.", "Marguerite Lefèvre", ""),
        (
            "The arbitrators heard Mr Wilson LIM Boon Keat on the second day.",
            "Wilson Lim Boon Keat",
            "",
        ),
    ],
)
def test_family_name_in_capitals(text: str, name: str, role: str) -> None:
    found = people(text)
    assert name in found
    assert found[name][0] == role
    assert not _orgs(text) & {"Presiding", name.split()[-1].upper()}


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Maria NATO rose.",  # (no given name reads an acronym as a family name)
        "The ministers of NATO met in Brussels.",
        "Exports to Kenya rose, the EU said.",
    ],
)
def test_capitals_that_are_no_family_name(text: str) -> None:
    assert not any(n.endswith(("Nato", "Eu")) for n in people(text))


# A listed person's entry: family name in capitals, a comma, given names, then fields.
def test_designation_entry_gives_post_and_nationality() -> None:
    text = (
        "ANNEX\nA. Natural persons\n\n"
        "1. MARKOVIC, Dragan Petar\n"
        "Function: Managing Director of Sava Freight Forwarding d.o.o.\n"
        "Nationality: Serbian\n"
        "Reasons: Dragan MARKOVIC arranges the transit of listed goods.\n\n"
        "2. OYELARAN, Adewale\n"
        "Position: Deputy Governor of the Central Bank of Nigeria\n"
    )
    found = people(text)
    assert found["Dragan Petar Markovic"][0] == "Managing Director"
    assert found["Dragan Petar Markovic"][2] == "RS"
    assert "Dragan Markovic" not in found  # the entry's name without the middle name: same
    assert found["Adewale Oyelaran"][0] == "Deputy Governor"


def test_entry_without_fields_is_no_person() -> None:
    text = "PART ONE\n\nANNEX, Section Two\nThe measures apply from 1 May.\n"
    assert not people(text)


# A signature with the post above the name ("For the Council / The President / X").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Done at Luxembourg, 3 June 2027.\n\nFor the Council\nThe President\nK. NOWICKA\n",
            "K. Nowicka",
            "President",
        ),
        (
            "Signed in two copies.\n\nFor and on behalf of the Board\nChairman\nL. M. Dlamini\n",
            "L. M. Dlamini",
            "Chairman",
        ),
    ],
)
def test_post_above_the_name_in_a_signature(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


def test_signature_post_in_capitals_under_an_honorific_name() -> None:
    text = "Complaints within seven days.\n\nEng. Baraka S. Mollel\nMANAGING DIRECTOR\nRUWASA\n"
    assert people(text)["Baraka S. Mollel"][0] == "Managing Director"


def test_name_without_its_middle_name_is_the_same_person() -> None:
    text = (
        "Energy Undersecretary Ramil T. Cabrera said the unit was back. "
        "Later, Ramil Cabrera told reporters the grid was stable."
    )
    found = people(text)
    assert "Ramil T. Cabrera" in found
    assert "Ramil Cabrera" not in found


# A letterhead line names the office and its holder.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "MINISTRY OF ENERGY\nOffice of the Minister of Energy, Tevita Fifita\nREADOUT\n\n"
            "The Minister met the delegation today.",
            "Tevita Fifita",
            "Minister of Energy",
        ),
        (
            "Office of the Chairperson, Hon. Miriam Achieng\n\nThe Chairperson thanked members.",
            "Miriam Achieng",
            "Chairperson",
        ),
    ],
)
def test_office_line_names_the_holder(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role
    assert not any(org.startswith("Office of the") for org in _orgs(text))


def test_office_line_without_a_post_is_left() -> None:
    text = "Office of the Future, Lisbon Campus\n\nThe lab opened today."
    assert "Lisbon Campus" not in people(text)


def test_generic_head_before_a_capitalised_post_is_no_body() -> None:
    text = "Minutes.\n\nIN ATTENDANCE:\nMr. Tunde Bakare            Company Secretary\n"
    assert people(text)["Tunde Bakare"][0] == "Company Secretary"
    assert "Company" not in _orgs(text)
    # A lower-case title after a body's head word is still that body's post.
    later = "Tonga Ports Authority chief executive Sione Lata said the berth was ready."
    assert people(later)["Sione Lata"][0] == "chief executive"


# Hansards and answers: an honorific, initials, the family name in capitals.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hon. K. WAQA-LEWA (Minister for Works) said the road was late.",
            "K. Waqa-Lewa",
            "Minister for Works",
        ),
        (
            "Mr R.R. SHARMA-NAIDU (Leader of the Opposition) asked why.",
            "R.R. Sharma-Naidu",
            "Leader of the Opposition",
        ),
        ("SHRI ANAND KUMAR MISHRA: The licences were issued in May.", "Anand Kumar Mishra", ""),
    ],
)
def test_initials_and_family_name_in_capitals(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


def test_initials_before_a_state_or_acronym_are_no_name() -> None:
    assert not people("Mr K. FIJI said so. The EU and Mr KY NATO met.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "ANSWER\n\nMINISTER OF STATE IN THE MINISTRY OF POWER\n(SHRI VIKAS RAO BHONSLE)\n\n"
            "(a) Yes, Sir.",
            "Vikas Rao Bhonsle",
            "Minister of State in the Ministry of Power",
        ),
        (
            "THE MINISTER OF FINANCE\n(DR. LEELA MENON)\n\n(a) to (c): A statement is laid.",
            "Leela Menon",
            "Minister of Finance",
        ),
    ],
)
def test_post_in_capitals_over_a_bracketed_name(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


def test_capitals_heading_over_a_bracket_without_a_post_is_left() -> None:
    text = "LOK SABHA UNSTARRED QUESTION\n(TO BE ANSWERED ON MONDAY)\n\nThe reply follows."
    assert not people(text)


def test_roster_post_then_body_leaves_the_body_to_the_organisation_rules() -> None:
    text = (
        "In attendance:\n"
        "Eng. Moses Kiplagat — Managing Director, Rift Valley Water Authority\n"
        "Ms. Wanjiku Mwangi — Director of Finance, Rift Valley Water Authority\n"
    )
    found = people(text)
    assert found["Moses Kiplagat"][0] == "Managing Director"
    assert found["Moses Kiplagat"][1] == "Rift Valley Water Authority"
    assert "Rift Valley Water Authority" in _orgs(text)
