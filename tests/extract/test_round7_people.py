"""Round 7, people: the body inside a role, a person's country from what the text says of
their body or delegation, and title shapes. Made-up sentences (paraphrases the tuning text
does not contain), with cases that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people as _people


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A state's possessive before the title, a full stop between it and an earlier state.
        (
            "The gas will flow onwards via Bulgaria and Serbia. Azerbaijan's President Ilham "
            "Aliyev has pledged to double exports.",
            "Ilham Aliyev",
            "AZ",
        ),
        (
            "The loan was approved in Abidjan. Sierra Leone's Minister of Finance, Dr Ibrahim "
            "Sesay Kamara, said the government would pay.",
            "Ibrahim Sesay Kamara",
            "SL",
        ),
        # A body the text places in a state.
        (
            "Gustavo Pereyra, director general of the Central Bank of Uruguay, welcomed it.",
            "Gustavo Pereyra",
            "UY",
        ),
        (
            "Norwegian shipbuilder Fjordverft Holding won the order. Fjordverft Holding chief "
            "executive Siri Haugen said it was a milestone.",
            "Siri Haugen",
            "NO",
        ),
        (
            "Professor Amal Haddad of Cairo University said the deal was overdue.",
            "Amal Haddad",
            "EG",
        ),
        (
            "The order went to Rosario-based Paraná Astilleros SA. Paraná Astilleros chairman "
            "Tomás Ibarra called it a turning point.",
            "Tomás Ibarra",
            "AR",
        ),
        (
            "It agreed to sell the plant to Meridian Metals of Abu Dhabi. Meridian Metals "
            "finance director Omar Suwaidi said the price was fair.",
            "Omar Suwaidi",
            "AE",
        ),
        # A delegation the text gives a state.
        (
            "The Kenyan delegation, led by Trade Minister Wanjiku Otieno, arrived on Monday.",
            "Wanjiku Otieno",
            "KE",
        ),
        (
            "Ghana's delegation was headed by Finance Minister Kwesi Ampofo.",
            "Kwesi Ampofo",
            "GH",
        ),
        (
            "For the Peruvian side signed Mr. Jorge Salas, Minister of Energy.",
            "Jorge Salas",
            "PE",
        ),
    ],
)
def test_person_country_from_the_text(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A state that only acts in the sentence before says nothing of the firm.
        (
            "Ecuador signed the loan with Andes Finance. Andes Finance chief executive Paula "
            "Ríos said it was a fair price.",
            "Paula Ríos",
        ),
        # A posting town is no affiliation's state.
        (
            "The Bank's Lagos representative, Tunde Bakare, said the loan was approved.",
            "Tunde Bakare",
        ),
        # A delegation far before, with a clause between, ties nobody.
        (
            "The Kenyan delegation arrived late because flights from Uganda were cancelled, "
            "and Trade Minister Wanjiku Otieno spoke first.",
            "Wanjiku Otieno",
        ),
        # A region inside a body's name is no state.
        (
            "Nimal Perera, a fellow of the Asia Maritime Forum, said the deal was risky.",
            "Nimal Perera",
        ),
    ],
)
def test_no_country_without_a_tie(text: str, name: str) -> None:
    assert _people(text)[name][2] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # The body after "of"/"at" is the affiliation; the title is the role.
        (
            "Ines Duarte, president of Tejo Cabos Navais, said the hulls would be ready. Tejo "
            "Cabos Navais builds ferries.",
            "Ines Duarte",
            "president",
            "Tejo Cabos Navais",
        ),
        (
            "The delay was confirmed by Pavel Orlov, head of the state holding Rostekhmash.",
            "Pavel Orlov",
            "head",
            "Rostekhmash",
        ),
        # A remit or an office that is part of the title stays in it.
        (
            "Hamid Karimi, Minister of State for Foreign Trade, signed the pact.",
            "Hamid Karimi",
            "Minister of State for Foreign Trade",
            "",
        ),
        (
            "Lina Haddad, the minister delegate in charge of the Defence Administration, signed.",
            "Lina Haddad",
            "minister delegate in charge of the Defence Administration",
            None,
        ),
    ],
)
def test_body_inside_a_role(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A given name that is also a month's abbreviation.
        (
            "The order was signed by Defence Minister Jan Kowalski.",
            "Jan Kowalski",
            "Defence Minister",
            "",
        ),
        (
            "Jan Novak, the ministry's spokesman, confirmed the order.",
            "Jan Novak",
            "spokesman",
            None,
        ),
        # A post-nominal between the name and its apposition.
        (
            "David Malo MP, Minister of Infrastructure, launched the project.",
            "David Malo",
            "Minister of Infrastructure",
            None,
        ),
        (
            "The bill was tabled by Rosa Kelly MLA, Minister for Housing.",
            "Rosa Kelly",
            "Minister for Housing",
            None,
        ),
        # A title and its body in brackets after the name (captions, panels).
        (
            "Pieter van der Berg (CEO, Rotterdam Dredging) said the contract was the largest.",
            "Pieter van der Berg",
            "CEO",
            "Rotterdam Dredging",
        ),
        (
            "The deal was praised by Anna Berg (chief economist, Nordbank) and others.",
            "Anna Berg",
            "chief economist",
            "Nordbank",
        ),
    ],
)
def test_name_shapes(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


def test_a_month_before_a_number_is_no_name() -> None:
    assert not any(
        "Jan" in name for name in _people("Deliveries begin in Jan 2027, the ministry said.")
    )


def test_a_caption_side_in_brackets_is_no_title() -> None:
    found = _people("Anna Lind (left, Sweden) and Ola Berg attended.")
    assert found.get("Anna Lind", ("",))[0] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # An honorific of another English variety or language is no part of the name.
        (
            "Alhaji Musa Bello, chairman of the Lagos Ports Board, spoke.",
            "Musa Bello",
            "chairman",
            None,
        ),
        ("Madame Aminata Diallo, ministre des Finances, signed it.", "Aminata Diallo", None, None),
        ("Shri Arvind Menon, Minister of Commerce, led the talks.", "Arvind Menon", None, None),
        # An honorific between a title's comma and the name.
        (
            "The minister, Dr. Amos Kiprono, said the line would be finished.",
            "Amos Kiprono",
            "minister",
            "",
        ),
        ("Its chairman, Dr. Amos Kiprono, said so.", "Amos Kiprono", "chairman", None),
        # A retired officer's mark before the apposition.
        (
            "Commodore Ravi Menon (retd), a defence analyst, called the deal overpriced.",
            "Ravi Menon",
            "defence analyst",
            None,
        ),
        (
            "Ravi Menon (retd), a defence analyst, called it costly.",
            "Ravi Menon",
            "defence analyst",
            None,
        ),
        # A capitalised title, "in/at/of" its body, then the name.
        (
            "Permanent Secretary in the Ministry of Finance, Joseph Mwale, confirmed the grant.",
            "Joseph Mwale",
            "Permanent Secretary",
            "Ministry of Finance",
        ),
        (
            "Director of Procurement at the Kenya Ports Authority, Joseph Mwale, said so.",
            "Joseph Mwale",
            "Director of Procurement",
            "Kenya Ports Authority",
        ),
        (
            "Head of Sales at Nordvik Shipping, Erik Lund, said demand was strong.",
            "Erik Lund",
            "Head of Sales",
            "Nordvik Shipping",
        ),
    ],
)
def test_titles_and_honorifics(
    text: str, name: str, role: str | None, affiliation: str | None
) -> None:
    got = _people(text)[name]
    if role is not None:
        assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


def test_officials_in_a_ministry_are_no_title() -> None:
    found = _people("He met officials in the Ministry of Finance, Joseph Mwale said.")
    assert found["Joseph Mwale"][:2] == ("", "")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A lower-case title that ends in its remit, right before the name.
        (
            "Senior vice president of sales Erik Lund said demand was strong.",
            "Erik Lund",
            "Senior vice president of sales",
            "",
        ),
        (
            "Nordvik's head of procurement Luis Gomez said the tender would close.",
            "Luis Gomez",
            "head of procurement",
            "Nordvik",
        ),
        (
            "It was signed by director of operations Ana Lima on Monday.",
            "Ana Lima",
            "director of operations",
            "",
        ),
        (
            "It was signed by the buyer and Chilean undersecretary for mining Rosa Vidal.",
            "Rosa Vidal",
            "undersecretary for mining",
            "Chile",
        ),
    ],
)
def test_title_ending_in_its_remit(text: str, name: str, role: str, affiliation: str) -> None:
    assert _people(text)[name][:2] == (role, affiliation)


def test_a_remit_with_no_title_is_no_role() -> None:
    found = _people("He spoke of the need for reform Ana Lima said.")
    assert found["Ana Lima"][0] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A capitalised title with a capitalised remit, its comma and honorifics, the name.
        (
            "The loan was approved in June, and the Minister of Trade, Dr Layla al-Amiri-Hassan, "
            "signed the agreement.",
            "Layla al-Amiri-Hassan",
            "Minister of Trade",
            None,
        ),
        (
            "The Minister of Works and the Environment, Dr the Hon. Carla Dawes-Pryce, opened it.",
            "Carla Dawes-Pryce",
            "Minister of Works and the Environment",
            None,
        ),
        (
            "It went to the Minister of Mines, of Energy and of Water, Mrs. Ndeye Faye-Sarr, "
            "on Monday.",
            "Ndeye Faye-Sarr",
            "Minister of Mines, of Energy and of Water",
            None,
        ),
        # A title glued to "the Most Hon." / "the Rt Hon.".
        (
            "Premier the Most Hon. Ian Thorpe-Wallace opened the port.",
            "Ian Thorpe-Wallace",
            "Premier",
            None,
        ),
        # "<body>, whose head, Mr. X,": the body just named owns the title.
        (
            "The grant came from Nordvik Shipping, whose chairman, Dr. Anna Berg, signed it.",
            "Anna Berg",
            "chairman",
            "Nordvik Shipping",
        ),
        # A given name that is no English word after a title's remit starts the name.
        (
            "It was witnessed by Deputy Minister of Trade Bambang Eko Sulistyo on Monday.",
            "Bambang Eko Sulistyo",
            "Deputy Minister of Trade",
            None,
        ),
        # A speaker's name in capitals after an honorific (Hansard).
        (
            "Hon. MARY TALU-OBA (Minister for Lands) — Thank you, Mr Speaker.",
            "Mary Talu-Oba",
            "Minister for Lands",
            None,
        ),
        (
            "Mr PETER WAIM-KOLO (Lae — Opposition) — My question is simple.",
            "Peter Waim-Kolo",
            "",
            None,
        ),
        # Credit lines: a byline after a dash, a labelled credit.
        (
            "Suva, 3 May 2026 — By Mere Tuilagi-Ravu\n\nThe ministry signed.",
            "Mere Tuilagi-Ravu",
            "",
            None,
        ),
        (
            "The ministry signed.\n\nEditor: Wayan Sudiarta-Putra",
            "Wayan Sudiarta-Putra",
            "editor",
            None,
        ),
    ],
)
def test_new_tuning_shapes(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    "text",
    [
        "He thanked Nordvik Shipping, Dr. Anna Berg and others.",  # a list, no title
        "Mr SPEAKER: Order, order.",  # an office addressed in capitals
    ],
)
def test_no_title_from_a_list_or_an_address(text: str) -> None:
    assert all(not role for role, _aff, _c in _people(text).values())


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # A relative clause after a place is no apposition.
        ("Good evening from Apia, where Samoa's Prime Minister Tui Leota opens the talks.", "Apia"),
        ("We are in Lautoka, when the rain allows, for the final day.", "Lautoka"),
        # A region that ends a title's remit is no name.
        (
            '"It is good," said Ana Karimova, ADB Director General for Central and West Asia.',
            "West Asia",
        ),
        # A facility named after a person, before its generic noun.
        ("The grant was handed over at the Nelson Park fire station in Kingston.", "Nelson Park"),
        # A unit in a contact line.
        ("Contact: Media Unit, Ministry of Works, 12 Main Road, Apia", "Media Unit"),
    ],
)
def test_not_a_person(text: str, not_a_person: str) -> None:
    assert not_a_person not in _people(text)


def test_a_person_before_said_the_station_stays() -> None:
    assert "Maria Lopes" in _people("Maria Lopes said the station was full.")


def test_two_titled_people_joined_by_and_the() -> None:
    found = _people(
        "Today in Tashkent, Minister of Energy of the Republic of Uzbekistan Bakhtiyor Nazarov "
        "and the Country Director of the Asian Development Bank (ADB) for Uzbekistan, Kenji "
        "Sato-Hill, signed the loan."
    )
    assert found["Bakhtiyor Nazarov"] == ("Minister of Energy", "Uzbekistan", "UZ")
    assert found["Kenji Sato-Hill"][:2] == ("Country Director", "Asian Development Bank")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # A short form and a gloss in brackets between the body and the name.
        (
            "It was signed by the Head of the Naval Supply Agency (Balagap) [Badan Logistik "
            "Angkatan], Rear Admiral Joko Santoso, and the builder.",
            "Joko Santoso",
            "Head",
            "Naval Supply Agency",
        ),
        # "on" as the remit's preposition; an office owns no affiliation.
        (
            "President's adviser on mining Ravi Persaud-Kallan told the assembly.",
            "Ravi Persaud-Kallan",
            "adviser on mining",
            "",
        ),
    ],
)
def test_more_title_shapes(text: str, name: str, role: str, affiliation: str) -> None:
    assert _people(text)[name][:2] == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "affiliation", "country"),
    [
        # ", of the <body>," right after the name.
        (
            "For the economist Awa Ndiaye, of the Gaston Berger University, the risk is real.",
            "Awa Ndiaye",
            "Gaston Berger University",
            "",
        ),
        # "of the <city> <descriptor> <Firm>": the firm, placed by its city.
        (
            "Analyst Kofi Mensah of the Nairobi consultancy Rift Orbital Insights sees a trend.",
            "Kofi Mensah",
            "Rift Orbital Insights",
            "KE",
        ),
        # A minister in a text that names one state only.
        (
            "Malawi agreed the programme with the IMF. Finance Minister Grace Phiri said talks "
            "were constructive.",
            "Grace Phiri",
            "Malawi",
            "MW",
        ),
    ],
)
def test_more_bodies_and_states(text: str, name: str, affiliation: str, country: str) -> None:
    assert _people(text)[name][1:] == (affiliation, country)


def test_a_minister_between_two_states_stays_without_one() -> None:
    found = _people(
        "Malawi and Zambia agreed the line. Finance Minister Grace Phiri said talks were "
        "constructive."
    )
    assert found["Grace Phiri"][2] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # Two titles joined by "and" after a determiner.
        (
            "The firm's co-founder and chief technology officer, Priya Menon, said it was ready.",
            "Priya Menon",
            "co-founder and chief technology officer",
            None,
        ),
        (
            "Its chairman and chief executive, Paul Ndlovu, said so.",
            "Paul Ndlovu",
            "chairman and chief executive",
            None,
        ),
        # "Former" owns nothing; a possessive of a name ending in s.
        (
            "Former US trade representative Robert Lighthizer criticised the deal.",
            "Robert Lighthizer",
            "trade representative",
            "United States",
        ),
        # A company's title, then a firm no rule had named.
        (
            "Managing Director and CEO of Zenith Ports, Olufemi Adeyemi, said volumes rose.",
            "Olufemi Adeyemi",
            "Managing Director and CEO",
            "Zenith Ports",
        ),
        (
            "The decision was announced by Kwame Owusu, CEO of Accra Power, on Friday.",
            "Kwame Owusu",
            "CEO",
            "Accra Power",
        ),
    ],
)
def test_joined_titles_and_firms_in_titles(
    text: str, name: str, role: str, affiliation: str | None
) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    "text",
    [
        "The loan was signed by the director of the AFD agency in Antananarivo, Marc Duval.",
        "Acting Chief Executive Officer of the Port Authority, Kwesi Boateng, welcomed it.",
    ],
)
def test_no_firm_from_a_generic_or_lower_case_body(text: str) -> None:
    orgs = {a.name for a in extract_text(text).actors if a.type.value != "person"}
    assert "AFD agency" not in orgs and "Port Authority" not in orgs


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # Caption appositions: a firm's name, then its lower-case title.
        (
            "Pictured: Anna Berg, Nordbank CFO; and Li Wei, Sino Rail vice-president.",
            "Anna Berg",
            "CFO",
            "Nordbank",
        ),
        (
            "Pictured: Anna Berg, Nordbank CFO; and Li Wei, Sino Rail vice-president.",
            "Li Wei",
            "vice-president",
            "Sino Rail",
        ),
        # A one-word firm after a company's title.
        (
            "Present were the Managing Director of KenGen, Eng. Abraham Serem, and others.",
            "Abraham Serem",
            "Managing Director",
            "KenGen",
        ),
        # "to" a body that is an organisation (not an envoy's host state).
        (
            "Asif Khan, secretary to the Ministry of Power, told reporters it was ready.",
            "Asif Khan",
            "secretary",
            "Ministry of Power",
        ),
        (
            "Mr Kenji Watanabe, Japan's ambassador to Kenya, attended the signing.",
            "Kenji Watanabe",
            "ambassador to Kenya",
            "Japan",
        ),
        # A Hansard title in capitals, the name in brackets; a remit in brackets.
        (
            "THE MINISTER OF DEFENCE (Mr. Thabo Molefe): Madam Speaker, the contract was signed.",
            "Thabo Molefe",
            "Minister of Defence",
            None,
        ),
        (
            "Also present was Deputy Governor (Operations) Kofi Boateng.",
            "Kofi Boateng",
            "Deputy Governor (Operations)",
            None,
        ),
        # A possessive of a name ending in s.
        (
            "In a statement, Petrobras' chief executive Magda Chambriard said it would start.",
            "Magda Chambriard",
            "chief executive",
            "Petrobras",
        ),
    ],
)
def test_captions_and_brackets(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = _people(text)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


def test_a_state_before_a_title_is_no_firm() -> None:
    assert _people("Ms Ana Lima, Defence Minister, said so.")["Ana Lima"][:2] == (
        "Defence Minister",
        "",
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # A sentence before a determined title does not swallow it.
        (
            "The credit has a term of 15 years. The head of the office, Anja Berger-Wolf, said "
            "the bank supports it.",
            "Anja Berger-Wolf",
            "head of the office",
        ),
        # A capitalised title with a lower-case remit, right before the name.
        (
            "Chairman of the commission Almaz Bekov-Tursun told reporters the firm would pay.",
            "Almaz Bekov-Tursun",
            "Chairman of the commission",
        ),
        # A title stated by its verb.
        (
            "The credit was approved by the board of the bank presided by Dr. Luis Ortega Paz.",
            "Luis Ortega Paz",
            "president",
        ),
        ("The talks were chaired by Ana Lima-Souza on Monday.", "Ana Lima-Souza", "chair"),
        # "our" is no part of a title.
        (
            "He spoke to Dana Haddad, our Beirut correspondent, about it.",
            "Dana Haddad",
            "Beirut correspondent",
        ),
    ],
)
def test_titles_by_verb_and_after_a_sentence(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Titles in the source language of a translated text, with its accents and "de".
        (
            "For the company signed its administrateur directeur général, Mr. Paul Ravel-Noé. "
            "The convention runs for 25 years.",
            "Paul Ravel-Noé",
            "administrateur directeur général",
        ),
        (
            "“We will patrol the coast,” said the Ministro de Marina, Gral. (r) Tomás Vera Ortiz. "
            "More followed.",
            "Tomás Vera Ortiz",
            "Ministro de Marina",
        ),
    ],
)
def test_titles_in_another_language(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A digest's section header that is a state.
        (
            "DEFENCE DIGEST\n\nGHANA | Patrol boats\nGhana will lease two boats from Norway, "
            "Deputy Defence Minister Kofi Ansah told Parliament.\n\nKENYA | Drones\nThe deal "
            "was signed.",
            "Kofi Ansah",
            "GH",
        ),
        # The dateline's state, for a minister whose sentence names no other state.
        (
            "WINDHOEK — Namibia signed the hydrogen deal on Monday. The new mines minister, "
            "Selma Iipumbu, has said little since.",
            "Selma Iipumbu",
            "NA",
        ),
    ],
)
def test_section_and_dateline_states(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A section header that is no state.
        (
            "HYDRO | CENTRAL ASIA\nDeputy Energy Minister Aziz Karimov said the plant was late.",
            "Aziz Karimov",
        ),
        # Another state named in the minister's sentence.
        (
            "WINDHOEK — Namibia signed the deal. Germany's partner, Energy Minister Jonas "
            "Weber-Ilunga, was there.",
            "Jonas Weber-Ilunga",
        ),
    ],
)
def test_no_section_or_dateline_state(text: str, name: str) -> None:
    assert _people(text)[name][2] not in {"NA", "KZ", "TJ", "UZ"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # A state's own body in a text whose home state is plain.
        (
            "LIMA — Peru will build the line. State generator Electrosur agreed to supply "
            "power, Electrosur's general manager, Javier Salas-Nuñez, said.",
            "Javier Salas-Nuñez",
            "PE",
        ),
        # A state's name inside an affiliation that names a body.
        (
            "The contract was signed by Haniza Rahim, Secretary-General of the Ministry of "
            "Defence Malaysia, and the builder.",
            "Haniza Rahim",
            "MY",
        ),
    ],
)
def test_home_state_bodies(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


def test_a_posting_town_or_office_is_no_state() -> None:
    found = _people(
        "Bolivia signed the loan. The representative of the IDB in Bolivia, Ana Trejos, "
        "spoke. The Bank's Kingston representative, Tessa Goldson, also spoke."
    )
    assert found["Tessa Goldson"][2] == ""


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # "who became <body> <title>": the title and its body, not the clause.
        (
            "Ajay Banga, who became World Bank president in 2023, said the loan would help.",
            "Ajay Banga",
            "president",
            "World Bank",
        ),
        (
            "Rosa Berg, who became chief executive in May, said so.",
            "Rosa Berg",
            "chief executive",
            "",
        ),
        # A state before a body's head word, before the title: the body's whole name.
        (
            "Bangladesh Bank Governor Ahsan Mansur said the reserves had improved.",
            "Ahsan Mansur",
            "Governor",
            "Bangladesh Bank",
        ),
    ],
)
def test_relative_clauses_and_state_bodies(
    text: str, name: str, role: str, affiliation: str
) -> None:
    assert _people(text)[name][:2] == (role, affiliation)


def test_a_relative_clause_is_no_title() -> None:
    found = _people("Rosa Berg, who sold the firm in 2020, said the price was fair.")
    assert found.get("Rosa Berg", ("",))[0] == ""


def test_a_town_as_a_surname_after_a_given_name() -> None:
    assert "Jorge Santiago" in _people("The minister met Jorge Santiago on Monday.")


def test_a_town_named_after_a_person_stays_a_place() -> None:
    result = extract_text("They flew to George Town on Monday.")
    assert "George Town" in {p.name for p in result.places}
    assert not [a for a in result.actors if a.type.value == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Hamad bin Isa Al Khalifa received the delegation.",
        "Mohammed bin Rashid Al Maktoum received the delegation.",
    ],
)
def test_a_long_name_with_particles_after_a_given_name(text: str) -> None:
    assert text.split(" received")[0] in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Deputy Akim of Almaty, Saltanat Nurpeissova, thanked the partners.",
            "Saltanat Nurpeissova",
            "KZ",
        ),
        ("Babajide Sanwo-Olu, Governor of Lagos, opened the port.", "Babajide Sanwo-Olu", "NG"),
        ("Ana Berg, director of Operations, said so.", "Ana Berg", ""),
    ],
)
def test_a_city_office(text: str, name: str, country: str) -> None:
    assert _people(text)[name][2] == country


def test_its_capitalised_title_owned_by_the_body_just_named() -> None:
    found = _people(
        "Nordvik Shipping signed the contract. On its behalf the contract was signed by its "
        "Managing Director, Mr. Erik Lund."
    )
    assert found["Erik Lund"][:2] == ("Managing Director", "Nordvik Shipping")


def test_its_title_with_another_name_between_stays_without_a_body() -> None:
    found = _people(
        "Nordvik Shipping signed with Kestrel Holdings Ltd and Andes Rail SA. The deal was "
        "signed by its Managing Director, Mr. Erik Lund."
    )
    assert found["Erik Lund"][1] in {"", "Andes Rail SA"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Vice-Chancellor Grace Mbeki of the University of Lusaka welcomed the grant.",
            "Grace Mbeki",
            "Vice-Chancellor",
        ),
        ("Vice-Admiral Ana Berg said the ships were late.", "Ana Berg", "Vice-Admiral"),
        ("Co-Chair Ana Berg said the talks went well.", "Ana Berg", "Co-Chair"),
    ],
)
def test_hyphenated_titles_are_no_part_of_the_name(text: str, name: str, role: str) -> None:
    assert _people(text)[name][0] == role
