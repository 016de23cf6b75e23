"""People: occupations in appositions, initials, long title complements, country of a person,
and names that belong to businesses or programmes."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            '"Cairo is diversifying," said Riham Bahi, a political scientist at Cairo University.',
            "Riham Bahi",
            "political scientist",
            "Cairo University",
        ),
        (
            '"Jobs matter," said Radu Tudor, a defence commentator at Antena 3.',
            "Radu Tudor",
            "defence commentator",
            "Antena 3",
        ),
        (
            "Dalia Ezzat is a non-resident fellow at the Middle East Institute in Washington.",
            "Dalia Ezzat",
            "non-resident fellow",
            "Middle East Institute",
        ),
        (
            "Uzbek Minister of Water Resources Shavkat Khamraev said the project would help.",
            "Shavkat Khamraev",
            "Minister of Water Resources",
            "Uzbekistan",
        ),
        (
            "Minister of Energy and Mineral Resources Bahlil Lahadalia witnessed the signing.",
            "Bahlil Lahadalia",
            "Minister of Energy and Mineral Resources",
            "",
        ),
        (
            "Rajapaksa met External Affairs Minister S. Jaishankar in New Delhi.",
            "S. Jaishankar",
            "External Affairs Minister",
            "",
        ),
    ],
)
def test_role_and_affiliation(text: str, name: str, role: str, affiliation: str) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_relative_clause_after_a_name_is_not_a_role() -> None:
    result = extract_text("Ahmed Khan, a father of three, said he was worried.")
    assert actor(result, "Ahmed Khan").role == ""


def test_an_initial_does_not_end_the_sentence() -> None:
    result = extract_text("US President John F. Kennedy visited Berlin.")
    assert actor(result, "John F. Kennedy").role == "President"


def test_person_country_from_a_state_affiliation() -> None:
    result = extract_text("Turkish Energy Minister Alparslan Bayraktar met the delegation.")
    assert actor(result, "Alparslan Bayraktar").country == "TR"


def test_person_country_from_an_organisation_with_a_country() -> None:
    result = extract_text(
        "Hungarian state-owned energy group MVM signed the deal. MVM's chief executive "
        "Károly Mátrai said the utility was in talks."
    )
    mvm = actor(result, "MVM")
    assert (mvm.country, mvm.affiliation) == ("HU", "Hungary")
    assert actor(result, "Károly Mátrai").country == "HU"


def test_minister_without_a_country_word_takes_the_one_state_of_the_sentence() -> None:
    result = extract_text("Kenya will buy the ships, Defence Secretary Soipan Tuya said.")
    assert actor(result, "Soipan Tuya").country == "KE"


def test_minister_in_a_wire_story_takes_the_dateline_state() -> None:
    result = extract_text(
        "BUDAPEST, April 28 (MTI) - The gas deal was signed on Monday, Foreign Minister "
        "Péter Szijjártó said."
    )
    assert actor(result, "Péter Szijjártó").country == "HU"


def test_no_country_is_guessed_for_a_private_person() -> None:
    result = extract_text("BUDAPEST, April 28 (MTI) - Anna Kovacs said the deal was fair.")
    assert actor(result, "Anna Kovacs").country == ""


def test_country_reaches_the_model_actor() -> None:
    text = "Turkish Energy Minister Alparslan Bayraktar met the delegation."
    person = actor(extract_text(text), "Alparslan Bayraktar")
    assert person.to_actor("src-1", text).country == "TR"


@pytest.mark.parametrize(
    "text",
    [
        "The grant, Japan's third under its Official Security Assistance program, was signed.",
        "Peter Kiewit Sons won a contract to build the bridge.",
        "The Marshall Plan was agreed in 1948.",
    ],
)
def test_names_of_programmes_and_businesses_are_not_people(text: str) -> None:
    assert not names(extract_text(text), "person")


def test_business_name_ending_in_sons_is_an_organisation() -> None:
    result = extract_text("Peter Kiewit Sons won a contract to build the bridge.")
    assert "Peter Kiewit Sons" in names(result, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Kenya's Cabinet Secretary for Defence, Soipan Tuya, said the deal was good.",
            "Soipan Tuya",
            "Cabinet Secretary for Defence",
            "Kenya",
        ),
        (
            "Indonesia's Coordinating Minister for Economic Affairs, Airlangga Hartarto, "
            "signed the deal.",
            "Airlangga Hartarto",
            "Coordinating Minister for Economic Affairs",
            "Indonesia",
        ),
    ],
)
def test_capitalised_title_then_name_in_commas(
    text: str, name: str, role: str, affiliation: str
) -> None:
    result = extract_text(text)
    person = actor(result, name)
    assert (person.role, person.affiliation) == (role, affiliation)
    assert not names(result, "organization")


def test_board_of_a_bank_is_the_bank() -> None:
    result = extract_text(
        "The Board of Directors of the Asian Infrastructure Investment Bank (AIIB) has "
        "approved a USD300 million loan to Uzbekistan."
    )
    assert names(result, "international_organization") == {"Asian Infrastructure Investment Bank"}
    [deal] = result.deals
    assert deal.seller == "Asian Infrastructure Investment Bank"


def test_weapon_designation_is_not_an_organisation() -> None:
    result = extract_text("Romania already operates Lockheed Martin's M142 HIMARS launchers.")
    assert names(result, "organization") == {"Lockheed Martin"}


def test_bylines_and_wire_credits_name_people() -> None:
    text = (
        "By Asif Shahzad and Gibran Naiyyar Peshimam\n\nISLAMABAD, March 3 (Reuters) - "
        "Pakistan agreed the deal.\n\n(Additional reporting by Krishn Kaushik in New Delhi; "
        "Editing by Raju Gopalakrishnan)"
    )
    assert {
        "Asif Shahzad",
        "Gibran Naiyyar Peshimam",
        "Krishn Kaushik",
        "Raju Gopalakrishnan",
    } <= names(extract_text(text), "person")


def test_by_at_line_start_without_a_name_is_no_credit() -> None:
    assert not names(extract_text("By the way, Turkey said so."), "person")


def test_no_country_for_the_other_side_of_talks() -> None:
    result = extract_text(
        "Colombo, March 17 (PTI) The agreement was signed by Sri Lanka's Finance Minister "
        "Basil Rajapaksa in New Delhi, where Rajapaksa held talks with External Affairs "
        "Minister S. Jaishankar."
    )
    assert actor(result, "Basil Rajapaksa").country == "LK"
    assert actor(result, "S. Jaishankar").country == ""


def test_no_country_for_an_office_holder_who_does_not_speak() -> None:
    result = extract_text(
        "Cairo may buy 40 drones from Baykar, the maker owned by the family of President "
        "Recep Tayyip Erdogan's son-in-law."
    )
    assert actor(result, "Recep Tayyip Erdogan").country == ""


def test_affiliated_person_never_takes_a_country_from_the_sentence() -> None:
    result = extract_text(
        "The deal was signed in Bucharest by Hanwha Aerospace president Son Jae-il, Romania said."
    )
    assert actor(result, "Son Jae-il").country == ""
