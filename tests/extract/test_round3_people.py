"""Round 3, people: kinds of construction for roles and names, each with several made-up
phrasings (none taken from a corpus article)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A determiner or a lower-case owner before a title set off by a comma.
        (
            "Talks were led by its chief executive, Anna Lindqvist, on Monday.",
            "Anna Lindqvist",
            "chief executive",
        ),
        (
            '"We are ready," said the company\'s finance director, Tomas Berglund.',
            "Tomas Berglund",
            "finance director",
        ),
        (
            "The buyer's spokeswoman, Maria Okonkwo, confirmed the order.",
            "Maria Okonkwo",
            "spokeswoman",
        ),
        (
            "A senate panel cleared the plan, its chairman, Pedro Valdivia, said.",
            "Pedro Valdivia",
            "chairman",
        ),
        (
            "The new mines minister, Grace Mwansa, has said little.",
            "Grace Mwansa",
            "mines minister",
        ),
        (
            "Our sales director, Lukas Brenner, and a lawyer signed.",
            "Lukas Brenner",
            "sales director",
        ),
        # An honorific between the comma and the name.
        (
            "The cheque went to Norvale's managing director, Dr Irene Castell.",
            "Irene Castell",
            "managing director",
        ),
        (
            "It was signed by Norvale's finance director, Dr. Olga Petrenko, in Kyiv.",
            "Olga Petrenko",
            "finance director",
        ),
        # The function, not the rank, when the function stands before a comma.
        (
            "Our procurement director, Colonel Samir Haddad, negotiated it.",
            "Samir Haddad",
            "procurement director",
        ),
        # A title in brackets after the name.
        (
            "Present were Karin Holm (operations director) and staff.",
            "Karin Holm",
            "operations director",
        ),
        (
            "Questions went to Diego Ferraz (head of investor relations) by email.",
            "Diego Ferraz",
            "head of investor relations",
        ),
        # "who heads/leads/runs" with no capitalised body after it.
        (
            "The plan is sound, said Femi Adeyemi, who heads the agency's legal unit.",
            "Femi Adeyemi",
            "head",
        ),
        ("Chloe Marchetti, who runs a small think tank, disagreed.", "Chloe Marchetti", "head"),
        # Appointed ... as <office>: the new office beats the apposition.
        (
            "Peru appointed Rosa Huaman, a former trade minister, as special envoy.",
            "Rosa Huaman",
            "special envoy",
        ),
        (
            "The board named Helga Brandt as chief executive on Friday.",
            "Helga Brandt",
            "chief executive",
        ),
        ("Kenya has nominated Peter Otieno as ambassador to Brazil.", "Peter Otieno", "ambassador"),
    ],
)
def test_role_constructions(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


def test_a_function_seen_later_beats_a_rank() -> None:
    text = "General Tan Wei arrived on Monday. Tan Wei, the army chief, said the deal was good."
    assert actor(extract_text(text), "Tan Wei").role == "army chief"


@pytest.mark.parametrize(
    "text",
    [
        "It was signed by Norvale's finance director, Dr. Olga Petrenko, in Kyiv.",
        "The award went to Norvale's managing director, Dr Irene Castell.",
        "Present were Prof. Anil Mehta and others.",
    ],
)
def test_a_lone_honorific_is_no_person(text: str) -> None:
    people = names(extract_text(text), "person")
    assert not people & {"Dr", "Dr.", "Prof", "Prof."}, people


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        # Initials in a caption are the person named in full before.
        (
            "Finance Minister Abena Mensah spoke. From left: Ms A. Mensah and guests.",
            "Abena Mensah",
            "A. Mensah",
        ),
        (
            "Chief executive Pieter de Groot said so. Photo: Mr P. de Groot at the site.",
            "Pieter de Groot",
            "P. de Groot",
        ),
        # A two-word surname alone is the person named in full before.
        (
            "President Mariela Quesada Vargas of Costa Rica arrived. Quesada Vargas said so.",
            "Mariela Quesada Vargas",
            "Quesada Vargas",
        ),
        (
            "Minister Juan Carlos Rojas Soto spoke. Later Rojas Soto said he was pleased.",
            "Juan Carlos Rojas Soto",
            "Rojas Soto",
        ),
    ],
)
def test_short_and_initialled_forms_merge(text: str, full: str, short: str) -> None:
    extraction = extract_text(text)
    assert short not in names(extraction, "person")
    assert full in names(extraction, "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Secretary-General, Dato' Sri Aminah Razak, signed the letter.", "Aminah Razak"),
        ("Tan Sri Lim Boon Heng, the chairman, said the group would grow.", "Lim Boon Heng"),
        ("Finance Minister Sri Mulyani Indrawati said so.", "Sri Mulyani Indrawati"),
    ],
)
def test_malay_titles_are_not_names(text: str, name: str) -> None:
    assert name in names(extract_text(text), "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ministers at the signing in Accra. REUTERS/Kofi Mensah", "Kofi Mensah"),
        ("The plant on Friday. (AP Photo/Nelson Ximenes)", "Nelson Ximenes"),
        ("Caption: at the launch. Photo: PhilSA/Jun Dela Rosa", "Jun Dela Rosa"),
        ("Crews at work (AFP Photo/Thabo Molefe-Dlamini)", "Thabo Molefe-Dlamini"),
    ],
)
def test_photo_credits_name_the_photographer(text: str, name: str) -> None:
    assert name in names(extract_text(text), "person")


def test_a_slash_between_states_is_no_credit() -> None:
    assert not names(extract_text("Trade on the US/Canada border rose."), "person")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Media contact:\nNurul Ain Hashim\nHead of Corporate Communications, Pelangi Bhd\n",
            "Nurul Ain Hashim",
            "Head of Corporate Communications",
        ),
        ("Press contact: Elodie Marchetti, +33 5 00 00 00 00", "Elodie Marchetti", "Press contact"),
        (
            "Media enquiries: Tomas Lind, Head of Media Relations, Nordvik AB",
            "Tomas Lind",
            "Head of Media Relations",
        ),
    ],
)
def test_the_contact_of_a_release(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "His Highness Sheikh Mansour bin Jassim Al Thani, Amir of the State of Qatar, "
            "paid a visit.",
            "Mansour bin Jassim Al Thani",
            "Amir",
        ),
        (
            "But Norvale's chairman Gideon Katjivena and Rheinwerk board member Ute Hollmann "
            "disagree.",
            "Ute Hollmann",
            "board member",
        ),
        (
            "Hamad Al Qassimi, the kingdom's undersecretary for defence procurement, is studying "
            "two offers.",
            "Hamad Al Qassimi",
            "undersecretary for defence procurement",
        ),
        ("Lina Haddad, the authority's legal director, said so.", "Lina Haddad", "legal director"),
    ],
)
def test_more_titles(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


def test_an_owner_after_a_conjunction_is_the_owner() -> None:
    text = "But Norvale's chairman Gideon Katjivena disagrees."
    assert actor(extract_text(text), "Gideon Katjivena").affiliation == "Norvale"


@pytest.mark.parametrize(
    "text",
    [
        "WINDHOEK — When President Tuhafeni Shilongo named a cabinet, investors waited.",
        "While Prime Minister Ana Ruiz spoke, the talks went on.",
    ],
)
def test_a_conjunction_before_a_title_is_no_organisation(text: str) -> None:
    extraction = extract_text(text)
    assert not names(extraction, "organization")
    assert names(extraction, "person")


def test_a_dateline_city_in_capitals_is_no_organisation() -> None:
    extraction = extract_text("DILI, Feb 18, 2026 (AP) — Timor-Leste has signed a contract.")
    assert "DILI" not in names(extraction, "organization")
    assert "Dili" in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "It was signed by Ana Vega, chair of PortCo and Luis Vega, the mayor.",
            "Ana Vega",
            "chair",  # round 7: "of PortCo" is the affiliation
        ),
        (
            "Present were Sara Lind, director of Nordhavn and Peter Olsen, the consul.",
            "Sara Lind",
            "director",
        ),
    ],
)
def test_a_title_does_not_bleed_into_the_next_person(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Pedro Ruiz, spokesman for Andes Rail, said the deal was signed.",
            "Pedro Ruiz",
            "spokesman",
            "Andes Rail",
        ),
        (
            "Amina Yusuf, 54, the new finance minister, said the loan was approved.",
            "Amina Yusuf",
            "finance minister",
            "",
        ),
        ("Tomas Berg, who chairs Norvik's board, welcomed it.", "Tomas Berg", "chair", "Norvik"),
        (
            "Chairman Lee Jae-won of Hanbit Heavy said it would deliver.",
            "Lee Jae-won",
            "Chairman",
            "Hanbit Heavy",
        ),
        (
            "Kenya's ambassador to China, Peter Otieno, attended.",
            "Peter Otieno",
            "ambassador to China",
            "Kenya",
        ),
        ("Ana Costa, envoy for Asia, said so.", "Ana Costa", "envoy for Asia", ""),
    ],
)
def test_titles_with_complements(text: str, name: str, role: str, affiliation: str) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "not_a_person", "not_an_org"),
    [
        ("Pedro Ruiz, spokesman for Andes Rail, said the deal was signed.", "Andes Rail", ""),
        ("Tomas Berg, who chairs Norvik's board, welcomed it.", "", "Norvik's"),
        ("Ana Costa, envoy for Asia, said so.", "", "Asia"),
    ],
)
def test_the_body_in_a_title_is_no_person(text: str, not_a_person: str, not_an_org: str) -> None:
    extraction = extract_text(text)
    assert not_a_person not in names(extraction, "person")
    assert not_an_org not in names(extraction, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            '"It is fragile," said Ms. Ana Ruiz, IMF mission chief for Malawi.',
            "Ana Ruiz",
            "mission chief",
            "IMF",
        ),
        (
            "H.E. Mr. Tan Boon Kiat, Minister of Foreign Affairs of Singapore, opened it.",
            "Tan Boon Kiat",
            "Minister of Foreign Affairs",
            "Singapore",
        ),
        (
            "Senator the Hon Penny Walsh, Minister for Foreign Affairs, said so.",
            "Penny Walsh",
            "Senator",
            "",
        ),
        (
            "Ana Ruiz, chief executive officer (CEO) of Andes Rail, said so.",
            "Ana Ruiz",
            "chief executive officer",  # round 7: the body is the affiliation
            "Andes Rail",
        ),
        (
            "Treasury's Under Secretary for Terrorism and Financial Intelligence Brian Nelson "
            "said so.",
            "Brian Nelson",
            "Under Secretary for Terrorism and Financial Intelligence",
            "Treasury",
        ),
    ],
)
def test_release_and_statement_titles(text: str, name: str, role: str, affiliation: str) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Rui Lopes, Minister of Water Resources, said so.", "Resources"),
        ("Ana Ruiz, chief executive officer (CEO) of Andes Rail, said so.", "Andes Rail"),
        (
            "Treasury's Under Secretary for Terrorism and Financial Intelligence Brian Nelson "
            "said so.",
            "Financial Intelligence Brian Nelson",
        ),
    ],
)
def test_parts_of_titles_are_no_people(text: str, not_a_person: str) -> None:
    assert not_a_person not in names(extract_text(text), "person")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("An IMF team led by Mr. Oyebola Adekunle visited Lilongwe.", "Oyebola Adekunle", "", ""),
        (
            "It came at the invitation of the Prime Minister of Solomon Islands, Hon. Peter "
            "Tagosia Riumana.",
            "Peter Tagosia Riumana",
            "Prime Minister",
            "Solomon Islands",
        ),
        (
            "Press contact: Élodie Marchetti-Roux, +33 5 00 00 00 00",
            "Élodie Marchetti-Roux",
            "Press contact",
            "",
        ),
    ],
)
def test_names_after_honorifics_with_a_full_stop(
    text: str, name: str, role: str, affiliation: str
) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministers for Police, Hon. Fredson Kiloe, and for Foreign Affairs, Senator the Hon. "
        "Lachlan Bryce, signed.",
        "The Prime Ministers reaffirmed their support.",
    ],
)
def test_remits_and_plural_titles_are_no_people(text: str) -> None:
    people = names(extract_text(text), "person")
    assert not people & {"Foreign Affairs", "Prime Ministers"}, people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Hydrocarbons and Energy Minister Marcelo Choque said so.",
            "Marcelo Choque",
            "Hydrocarbons and Energy Minister",
        ),
        (
            "Fisheries and Marine Resources Minister Ana Lopes signed.",
            "Ana Lopes",
            "Fisheries and Marine Resources Minister",
        ),
    ],
)
def test_a_title_with_a_remit_joined_by_and(text: str, name: str, role: str) -> None:
    extraction = extract_text(text)
    assert actor(extraction, name).role == role
    assert not names(extraction, "organization")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("King Tupou VI and Sultan Haitham bin Tarik attended.", "Tupou VI", "King"),
        (
            "Oleg Petrov, who is also deputy prime minister, said so.",
            "Oleg Petrov",
            "deputy prime minister",
        ),
    ],
)
def test_regnal_numbers_and_also(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role
