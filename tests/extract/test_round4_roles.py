"""Round 4, roles: kinds of construction real copy uses for a person's function, each with
several made-up phrasings (invented names; none taken from a corpus article)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A determined lower-case title with an "of"-complement, then a comma and the name.
        (
            "The minister of finance, Grace Banda, said the loan was cheap.",
            "Grace Banda",
            "minister of finance",
        ),
        (
            "The head of the port authority, Amina Yusuf, welcomed it.",
            "Amina Yusuf",
            "head of the port authority",
        ),
        (
            "The yard's head of export sales, Ji-hoon Baek, said two navies were keen.",
            "Ji-hoon Baek",
            "head of export sales",
        ),
        (
            "Its director of operations, Farida Osei, showed reporters the quay.",
            "Farida Osei",
            "director of operations",
        ),
        # An indefinite article and a body word before the title.
        (
            "A ministry spokesman, Kenji Ito, confirmed the order.",
            "Kenji Ito",
            "ministry spokesman",
        ),
        (
            "An army spokeswoman, Lerato Dube, declined to comment.",
            "Lerato Dube",
            "army spokeswoman",
        ),
        # The function, not the rank: after a comma, or before the rank.
        (
            "Lieutenant General Arjun Rao, commander of the Eastern Air Command, attended.",
            "Arjun Rao",
            "commander",
        ),
        (
            "Rear Admiral Tevita Fifita, chief of the naval staff, received the boats.",
            "Tevita Fifita",
            "chief of the naval staff",
        ),
        (
            "Admiral Inés Barreto, the navy's commander-in-chief, said so.",
            "Inés Barreto",
            "commander-in-chief",
        ),
        ("Navy chief Vice Admiral Musa Bello received the ships.", "Musa Bello", "Navy chief"),
        (
            "Air force chief Air Marshal Dan Okoro flew the first jet.",
            "Dan Okoro",
            "Air force chief",
        ),
        (
            "Chief of Naval Staff Vice Admiral Musa Bello received the ships.",
            "Musa Bello",
            "Chief of Naval Staff",
        ),
        # A region or country between a body and a lower-case title is the title's remit.
        (
            "ADB Pacific director Sione Lolohea said the grant was the bank's largest.",
            "Sione Lolohea",
            "Pacific director",
        ),
        (
            "The plant is on time, Norvale's Kenya director Peter Mwangi said.",
            "Peter Mwangi",
            "Kenya director",
        ),
        # A lower-case word before the title that belongs to it, after a body.
        ("IMF mission chief Sara Lindgren said talks had ended.", "Sara Lindgren", "mission chief"),
        # Newsroom roles and other functions outside government.
        (
            "Associated Press writer Lina Haddad in Amman contributed to this report.",
            "Lina Haddad",
            "writer",
        ),
        (
            "Tomasz Nowak, a senior fellow at the Baltic Policy Centre, said the price was high.",
            "Tomasz Nowak",
            "senior fellow",
        ),
        ("The company's treasurer, Ruth Amankwah, signed the note.", "Ruth Amankwah", "treasurer"),
    ],
)
def test_role(text: str, name: str, role: str) -> None:
    found = actor(extract_text(text), name)
    assert found.role.lower().startswith(role.lower()), found.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A former function after a rank is not the person's function now.
        (
            "said retired Vice Admiral Omar Qureshi, a former deputy chief of the navy.",
            "Omar Qureshi",
            "Vice Admiral",
        ),
        # An apposition title with its own "of"-complement keeps it.
        ("Grace Banda, minister of finance, said so.", "Grace Banda", "minister of finance"),
    ],
)
def test_role_kept(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


def test_region_in_a_title_is_no_organisation() -> None:
    found = extract_text("By Mele Tupou, Pacific Affairs Fellow, Lowy-Kestrel Institute")
    assert actor(found, "Mele Tupou").role == "Pacific Affairs Fellow"
    assert "Pacific" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A function after the rank that a bracket follows, or that is capitalised.
        (
            '"It matters," said Rear Admiral Kamal Hossain, assistant chief of naval staff '
            "(materiel), on Monday.",
            "Kamal Hossain",
            "assistant chief of naval staff",
        ),
        (
            "Inspector General Ravi Menon, Commander of the Coast Guard Region (East), spoke.",
            "Ravi Menon",
            "Commander",
        ),
        # A portfolio word before "Minister"; a lone everyday word before an office is no body.
        (
            "Mines Minister Awa Traoré told reporters the deal was fair.",
            "Awa Traoré",
            "Mines Minister",
        ),
        ("Fisheries Minister Semi Koroi opened the market.", "Semi Koroi", "Fisheries Minister"),
        ("Host Prime Minister Desmond Arthur spoke on Monday.", "Desmond Arthur", "Prime Minister"),
        # Titles in French, Spanish and Portuguese after the name.
        (
            '"We are ready," said Jean-Baptiste Koné, directeur général of Sodemine.',
            "Jean-Baptiste Koné",
            "directeur général",
        ),
        (
            "Mr. Hery Rakoto, ministre des Mines et des Ressources stratégiques, signed.",
            "Hery Rakoto",
            "ministre des Mines",
        ),
        (
            "Marcelo Quiroga, ministro de Minería de Catamarca, attended.",
            "Marcelo Quiroga",
            "ministro de Minería",
        ),
        ("Ana Lúcia Prado, diretora of the port company, spoke.", "Ana Lúcia Prado", "diretora"),
        # An honorific name with the title after it.
        (
            '"The bank is ready," said Ms Ngozi Eze, the Bank\'s Director General for West Africa.',
            "Ngozi Eze",
            "Director General for West Africa",
        ),
    ],
)
def test_role_more_forms(text: str, name: str, role: str) -> None:
    found = actor(extract_text(text), name)
    assert found.role.lower().startswith(role.lower()), found.role


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        (
            "Inspector General Ravi Menon, Commander of the Coast Guard Region, spoke.",
            "Commander of the Coast Guard Region",
        ),
        (
            "Hon. Grace Siaguru, Minister for Petroleum; Hon. Tom Kora, Minister for Lands.",
            "Minister for Petroleum",
        ),
        ("Mines Minister Awa Traoré told reporters the deal was fair.", "Mines"),
        ("Host Prime Minister Desmond Arthur spoke on Monday.", "Host"),
    ],
)
def test_titles_are_no_organisations(text: str, not_org: str) -> None:
    assert not_org not in {a.name for a in extract_text(text).actors}


def test_ministry_with_two_remits_stays_one_body() -> None:
    found = extract_text("Ecuador's Ministry of Transport and Public Works approved the plan.")
    assert "Ministry of Transport and Public Works" in {a.name for a in found.actors}


def test_complement_in_another_language_is_no_name() -> None:
    found = extract_text("Rosa Vidal has been Chile's Ministra de Minería since March.")
    assert "de Minería" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A capitalised title in brackets after the name (transcripts, Hansard).
        (
            "Hon. Nalin Perera (Minister of Power and Energy):\nThank you, Mr Speaker.",
            "Nalin Perera",
            "Minister of Power and Energy",
        ),
        (
            "Hon. Selva Kandiah (Member for Vanni):\nWhen will the work start?",
            "Selva Kandiah",
            "Member for Vanni",
        ),
        (
            "The loan was signed, said Ruth Obi (Director of Debt Management), on Monday.",
            "Ruth Obi",
            "Director of Debt Management",
        ),
        # A capitalised title set off by a comma before an honorific and the name.
        (
            "The loan was approved. The ADB Country Director, Mr. Kenji Sato, confirmed it.",
            "Kenji Sato",
            "Country Director",
        ),
        ("The Permanent Secretary, Dr. Ama Boateng, signed.", "Ama Boateng", "Permanent Secretary"),
        # An adjective of the function before a lower-case title.
        (
            "Piave's technical director Dario Bortoli said the gates were ready.",
            "Dario Bortoli",
            "technical director",
        ),
        (
            "Provincial Energy Minister Imran Qadri opened the plant.",
            "Imran Qadri",
            "Provincial Energy Minister",
        ),
        # Credits: Bloomberg's "With assistance from", a Spanish byline, a name before a line
        # break.
        ("The deal was signed.\n\n--With assistance from Yumi Kato.", "Yumi Kato", ""),
        ("Por Florencia Acosta | 21/10/2025 10:42\n\nThe deal was signed.", "Florencia Acosta", ""),
        (
            "By Linh Pham and Rashed Al Mansoori\nNovember 20, 2025\n\nThe deal was signed.",
            "Rashed Al Mansoori",
            "",
        ),
    ],
)
def test_role_transcripts_and_credits(text: str, name: str, role: str) -> None:
    found = actor(extract_text(text), name)
    assert found.role.lower().startswith(role.lower()), found.role


def test_an_office_addressed_is_no_person() -> None:
    found = extract_text("Hon. Nalin Perera (Minister of Power):\nThank you, Mr Speaker.")
    assert "Speaker" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A family name that opens the name, after a title with its own complement.
        (
            "Deputy Minister of Industry and Trade Tran Quoc Bao attended.",
            "Tran Quoc Bao",
            "Deputy Minister of Industry and Trade",
        ),
        (
            "Minister of Science and Technology Nguyen Van Hai spoke.",
            "Nguyen Van Hai",
            "Minister of Science and Technology",
        ),
        (
            "Vice Minister of Trade and Industry Zhang Wei signed.",
            "Zhang Wei",
            "Vice Minister of Trade and Industry",
        ),
    ],
)
def test_family_name_first(text: str, name: str, role: str) -> None:
    found = actor(extract_text(text), name)
    assert found.role.lower().startswith(role.lower()), found.role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A firm's spokesman who declines to comment is still a person with a role.
        ("Petrobras spokesman Carlos Mendes declined to comment.", "Carlos Mendes", "spokesman"),
        ("Zenrail spokeswoman Aiko Mori declined to say more.", "Aiko Mori", "spokeswoman"),
        # The office a person was appointed to, without the date.
        (
            "Hassan Diab, who was appointed energy minister in March, signed the deal.",
            "Hassan Diab",
            "energy minister",
        ),
        ("Rosa Mbeki, named finance minister last week, signed.", "Rosa Mbeki", "finance minister"),
    ],
)
def test_role_declined_and_appointed(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role


def test_body_after_a_title_is_no_person() -> None:
    found = extract_text(
        "It was signed by Dr. Amina Bello, Deputy Secretary-General of the United Nations."
    )
    assert {a.name for a in found.actors if a.type == "person"} == {"Amina Bello"}


def test_a_leader_after_a_possessive_is_no_firm() -> None:
    found = extract_text("Ghana's President John Mahama and Nigeria's Bola Tinubu met in Abuja.")
    assert "Bola Tinubu" not in {a.name for a in found.actors if a.type == "organization"}


def test_photo_credits() -> None:
    found = extract_text("Photo by Kwame Osei. Reuters photographer Ama Darko took the picture.")
    assert actor(found, "Kwame Osei").role == ""
    assert actor(found, "Ama Darko").role == "photographer"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A body after "for" in a determined title before the name.
        (
            "A spokeswoman for the Mekong Rivers Alliance, Dara Sok, said the dam was a risk.",
            "Dara Sok",
            "spokeswoman",
        ),
        ("An analyst at Baltic Risk Partners, Tomas Berzins, said so.", "Tomas Berzins", "analyst"),
        # A caption's position marker after the name.
        (
            "PHOTO: EGAT governor Somchai Dee (R) and a director at the signing.",
            "Somchai Dee",
            "governor",
        ),
        # An honorific between a lower-case title and the name.
        (
            "Alpenwerk managing director Ing. Klaus Berger said the turbines were ready.",
            "Klaus Berger",
            "managing director",
        ),
        ("Its chairman Dr. Ruth Amankwah said so.", "Ruth Amankwah", "chairman"),
        # The title before an honorific "H.E.".
        (
            "It was signed by the Ambassador, H.E. Paul Tremblay, in Nairobi.",
            "Paul Tremblay",
            "Ambassador",
        ),
    ],
)
def test_role_around_honorifics_and_captions(text: str, name: str, role: str) -> None:
    found = actor(extract_text(text), name)
    assert found.role.lower().startswith(role.lower()), found.role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "By ROSA FAIRLIE and TOMÁS ECHEVARRI\nAssociated Press\n\nThe deal was signed.",
            "TOMÁS ECHEVARRI",
        ),
        (
            "The deal was signed.\n\nContact: Kwabena Appiah-Nuamah, Communication Department, "
            "media@example.org",
            "Kwabena Appiah-Nuamah",
        ),
    ],
)
def test_all_caps_bylines_and_contact_lines(text: str, name: str) -> None:
    assert actor(extract_text(text), name).type == "person"


def test_envoy_of_a_state_to_a_state_before_a_long_name() -> None:
    found = extract_text(
        "Brazil's Ambassador to India, Kenneth Felix Haczynski da Nobrega, attended the ceremony."
    )
    person = actor(found, "Kenneth Felix Haczynski da Nobrega")
    assert (person.role, person.affiliation) == ("Ambassador to India", "Brazil")


def test_envoy_after_a_state_word_before_the_comma() -> None:
    found = extract_text("The US Ambassador to Indonesia, Kamala Lakhdar, attended the ceremony.")
    person = actor(found, "Kamala Lakhdar")
    assert (person.role, person.affiliation) == ("Ambassador to Indonesia", "United States")


def test_last_word_of_a_title_complement_is_no_name() -> None:
    found = extract_text(
        "Nigeria's Minister of State for Petroleum Resources (Oil), Heineken Lokpo, said so."
    )
    assert "Resources" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Governor Adeyemi of the Central Bank of Nigeria said rates would stay.",
            "Adeyemi",
            "Governor",
        ),
        (
            "The Vice Chancellor of the university, Prof. Jane Mwangi, spoke.",
            "Jane Mwangi",
            "Vice Chancellor of the university",
        ),
    ],
)
def test_title_with_a_body_or_a_lower_case_complement(text: str, name: str, role: str) -> None:
    assert actor(extract_text(text), name).role == role
