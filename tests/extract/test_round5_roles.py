"""Round 5, roles: a title whose remit is a list, an envoy of one state to another. Made-up
sentences (invented people)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Talks were led by Omar Al Rashdi, Minister of Trade, Industry and Investment, "
            "and a team of officials.",
            "Omar Al Rashdi",
            "Minister of Trade, Industry and Investment",
        ),
        (
            "Ruritania's Minister of Higher Education, Science and Innovation, Mara Velkova, "
            "signed for the government.",
            "Mara Velkova",
            "Minister of Higher Education, Science and Innovation",
        ),
        (
            "The Minister of Lands, Housing and Urban Development, Tevita Lolo, said so.",
            "Tevita Lolo",
            "Minister of Lands, Housing and Urban Development",
        ),
    ],
)
def test_a_remit_in_a_list(text: str, person: str, role: str) -> None:
    assert actor(extract_text(text), person).role == role


def test_names_after_a_title_are_no_remit() -> None:
    found = extract_text("Later Ahmed Karimi, Minister of Finance, met Sara Odeh and Tom Berg.")
    assert actor(found, "Ahmed Karimi").role == "Minister of Finance"


def test_the_next_person_of_a_list_is_no_remit() -> None:
    found = extract_text(
        "H.E. Mr. Kenji Aramaki, Prime Minister of Japan, and Hon. Tomas Kaupa MP held talks."
    )
    assert actor(found, "Kenji Aramaki").role == "Prime Minister"


@pytest.mark.parametrize(
    ("text", "person", "role", "state"),
    [
        (
            "It was signed before the Ambassador of France to Laos, Pierre Delacroix-Vidal.",
            "Pierre Delacroix-Vidal",
            "Ambassador of France to Laos",
            "France",
        ),
        (
            "The High Commissioner of Canada to Ghana, Martin Ouellet, spoke.",
            "Martin Ouellet",
            "High Commissioner of Canada to Ghana",
            "Canada",
        ),
    ],
)
def test_an_envoy_of_a_state_to_a_state(text: str, person: str, role: str, state: str) -> None:
    found = extract_text(text)
    who = actor(found, person)
    assert (who.role, who.affiliation) == (role, state)
    assert state in names(found, "state")


@pytest.mark.parametrize(
    ("text", "person", "role", "affiliation"),
    [
        (
            "Ramesh Koirala-Thapa became Minister for Energy, Water and Irrigation in May.",
            "Ramesh Koirala-Thapa",
            "Minister for Energy, Water and Irrigation",
            "",
        ),
        (
            "Amani Wekesa-Otieno has been named chief executive of Kestrel Power.",
            "Amani Wekesa-Otieno",
            "chief executive",  # round 7: the body is the affiliation
            "Kestrel Power",
        ),
        (
            "Ana Silveira was appointed finance minister in March.",
            "Ana Silveira",
            "finance minister",
            "",
        ),
        (
            "Lina Marsh-Odhiambo is economics editor of Lakeside Business Review.",
            "Lina Marsh-Odhiambo",
            "economics editor of Lakeside Business Review",
            "",
        ),
        (
            "Daniel Okello-Mugisha joins Tradebank as head of project finance for East Africa.",
            "Daniel Okello-Mugisha",
            "head of project finance for East Africa",
            "Tradebank",
        ),
        (
            "Maria Lopez joined the Asian Development Bank as its chief economist in May.",
            "Maria Lopez",
            "chief economist",
            "Asian Development Bank",
        ),
    ],
)
def test_an_office_after_a_verb(text: str, person: str, role: str, affiliation: str) -> None:
    who = actor(extract_text(text), person)
    assert who.role == role
    if affiliation:
        assert who.affiliation == affiliation


def test_a_verb_that_names_no_office() -> None:
    found = extract_text("John Mensah is expected to sign the deal on Monday.")
    assert all(not a.role for a in found.actors)


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # A short form of Muhammad stays in the name.
        (
            "The order was signed by chairman Md. Rafiq Alam Chowdhury on Monday.",
            "Md. Rafiq Alam Chowdhury",
            "chairman",
        ),
        # A lower-case title before an honorific and the name.
        (
            "SPACEA executive director Dr Pakorn Siriwat and others signed.",
            "Pakorn Siriwat",
            "executive director",
        ),
        # An office after "retires as", "steps down as".
        (
            "Dr Kwame Asiedu-Mensah retires as chairman of Asante Reef Mining Ltd.",
            "Kwame Asiedu-Mensah",
            "chairman",  # round 7: the body is the affiliation
        ),
        (
            "Lena Ortiz-Vale steps down as chief executive of Kestrel Port.",
            "Lena Ortiz-Vale",
            "chief executive",
        ),
    ],
)
def test_more_offices(text: str, person: str, role: str) -> None:
    assert actor(extract_text(text), person).role == role


def test_no_owner_across_a_sentence_or_from_a_determiner() -> None:
    found = extract_text(
        "The deal was signed by chairman Rafiq Chowdhury on Monday. Sonagas chief executive "
        "Tarek Hamdi spoke."
    )
    assert (actor(found, "Rafiq Chowdhury").role, actor(found, "Rafiq Chowdhury").affiliation) == (
        "chairman",
        "",
    )
    assert actor(found, "Tarek Hamdi").affiliation == "Sonagas"


def test_hansard_labels() -> None:
    found = extract_text(
        "Sen. Ramdeen-Baptiste: Supplementary, Madam President. Has the Minister had talks?\n\n"
        "The Minister of Defence (Sen. The Hon. Kevin Boodram-Charles): Thank you, Madam "
        "President.\n\nSen. The Hon. K. Boodram-Charles: None, Madam President.\n"
    )
    assert not {"Supplementary", "None"} & names(found, "person")
    assert actor(found, "Kevin Boodram-Charles").role == "Minister of Defence"


def test_a_communique_chain_of_envoys() -> None:
    found = extract_text(
        "1. At the invitation of the Minister of Foreign Affairs and Expatriates of the "
        "Hashemite Kingdom of Jordan, H.E. Mr. Omar Saleh Al-Majali, the Deputy Prime Minister "
        "and Minister of Foreign Affairs of the Republic of Iraq, H.E. Dr. Karim Jassim "
        "Al-Tamimi, and the Minister of Foreign Affairs of the Arab Republic of Egypt, H.E. Mr. "
        "Tarek Mahmoud Fawzy, held a meeting in Amman."
    )
    assert (
        actor(found, "Omar Saleh Al-Majali").role == "Minister of Foreign Affairs and Expatriates"
    )
    assert actor(found, "Karim Jassim Al-Tamimi").role == (
        "Deputy Prime Minister and Minister of Foreign Affairs"
    )
    assert (
        actor(found, "Tarek Mahmoud Fawzy").role,
        actor(found, "Tarek Mahmoud Fawzy").affiliation,
    ) == (
        "Minister of Foreign Affairs",
        "Egypt",
    )


def test_who_heads_a_desk_at_a_body() -> None:
    found = extract_text("Le Van Thanh, who heads the LNG desk at Mekong Power, said so.")
    assert actor(found, "Le Van Thanh").affiliation == "Mekong Power"
    assert "LNG" not in names(found, "organization")


def test_a_region_ends_a_lower_case_title() -> None:
    found = extract_text("Horev vice-president for Africa Yoav Ben-Shalom signed the deal.")
    who = actor(found, "Yoav Ben-Shalom")
    assert (who.role, who.affiliation) == ("vice-president for Africa", "Horev")
