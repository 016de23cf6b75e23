"""Round 5, bodies named after an office and names wrapped across lines: made-up sentences
(invented names)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.text import normalise
from tests.extract.conftest import actor, names


def _orgs(text: str) -> set[str]:
    return names(extract_text(text), "organization")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Office of the Chief of Staff confirmed the order.", "Office of the Chief of Staff"),
        (
            "The Office of the Prime Minister said the loan was signed.",
            "Office of the Prime Minister",
        ),
        (
            "The Department of the Attorney General approved it.",
            "Department of the Attorney General",
        ),
        # A line that ends on "of the" goes on below.
        (
            "Frigates will come from Daewon Marine, the Office of the\nChief of Staff said.",
            "Office of the Chief of Staff",
        ),
    ],
)
def test_body_named_after_an_office(text: str, org: str) -> None:
    orgs = _orgs(text)
    assert org in orgs
    assert not any(o.endswith((" of the", " of")) for o in orgs)


def test_a_role_for_a_body_named_after_an_office() -> None:
    found = extract_text("A spokesman for the Office of the President, Tom Oduya, said so.")
    who = actor(found, "Tom Oduya")
    assert (who.role, who.affiliation) == ("spokesman", "Office of the President")


def test_a_body_before_a_title_does_not_end_on_of_the() -> None:
    found = extract_text("Ministry of the Interior Permanent Secretary John Kamau said so.")
    assert (actor(found, "John Kamau").role, actor(found, "John Kamau").affiliation) == (
        "Permanent Secretary",
        "Ministry of the Interior",
    )
    assert "Ministry of the" not in names(found, "organization")


# A narrow column (two-column PDF): every line well under 50 characters.
COLUMN = (
    "Separately, Ruritania said it had\n"
    "picked the Lynx 7 armoured car\n"
    "for its mountain brigades and\n"
    "would sign with Halvorsen Land\n"
    "Systems Group in the spring.\n"
)


def test_a_narrow_column_is_joined() -> None:
    assert "Halvorsen Land Systems Group" in _orgs(COLUMN)
    assert "\n" not in normalise(COLUMN).rstrip("\n")


def test_short_lines_that_are_not_prose_stay_apart() -> None:
    address = "Kestrel Port Services\nHarbour Road 12\nPort Vila\nVanuatu\n"
    assert normalise(address) == address


@pytest.mark.parametrize(
    ("text", "org", "acronym"),
    [
        # A name in another language keeps its later words in lower case.
        (
            "The permit came from the Office des mines nationales et des industries "
            "stratégiques (OMNIS) on Monday.",
            "Office des mines nationales et des industries stratégiques",
            "OMNIS",
        ),
        (
            "A loan from the Caja de ahorro y fomento rural (CAFR) was approved.",
            "Caja de ahorro y fomento rural",
            "CAFR",
        ),
        # A regnal numeral has no letter in the acronym; "Bureau" heads a body.
        (
            "The King Hussein II Design and Development Bureau (KHDDB) will build it.",
            "King Hussein II Design and Development Bureau",
            "KHDDB",
        ),
    ],
)
def test_acronym_defined_after_a_name(text: str, org: str, acronym: str) -> None:
    assert acronym in actor(extract_text(text), org).aliases


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A plural possessive inside a body's name.
        ("The Kolahun Citizens' Forum objected.", "Kolahun Citizens' Forum"),
        ("The Kenya Farmers' Union protested.", "Kenya Farmers' Union"),
        # "and" inside the remit of a committee.
        (
            "The Senate Committee on Lands and Investment approved it.",
            "Senate Committee on Lands and Investment",
        ),
        # An acronym-defined name is whole even after "A and the ...".
        (
            "Then EPS and the Balkan Bank for Reconstruction and Development (BBRD) signed.",
            "Balkan Bank for Reconstruction and Development",
        ),
    ],
)
def test_body_names_kept_whole(text: str, org: str) -> None:
    orgs = _orgs(text) | names(extract_text(text), "international_organization")
    assert org in orgs
    assert not {"Forum", "Union", "Balkan Bank"} & orgs


def test_a_state_possessive_before_a_body_is_no_part_of_it() -> None:
    assert "Philippines' Department of Energy" not in _orgs(
        "The Philippines' Department of Energy agreed."
    )


def test_a_person_of_a_forum() -> None:
    found = extract_text("Shanta Rai-Gurung of the Nepal Hydro Developers' Forum has warned.")
    assert actor(found, "Shanta Rai-Gurung").affiliation == "Nepal Hydro Developers' Forum"


def test_a_ministry_remit_is_no_person() -> None:
    found = extract_text(
        "Eng. Tarek Samir El-Sayed, Minister of Petroleum and Mineral Resources, signed."
    )
    assert names(found, "person") == {"Tarek Samir El-Sayed"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A second legal form after the first, or one set off by a comma.
        ("It signed with Tanwa Metals Trading Co., Ltd. in May.", "Tanwa Metals Trading Co., Ltd."),
        (
            "Work went to Minhai Harbour Engineering Co. Ltd on Monday.",
            "Minhai Harbour Engineering Co. Ltd",
        ),
        ("The EPC went to Minera Quilcas S.A.A. last year.", "Minera Quilcas S.A.A."),
        ("Sales to Petróleos del Sur, S.A. stopped.", "Petróleos del Sur, S.A."),
        # A date after the name ends it.
        ("The loan from Banco Austral on Feb 5 was signed.", "Banco Austral"),
        # A coined name after a country's adjective and "the".
        (
            "The licence went to the Canadian Northcrest Copper Corp. in May.",
            "Northcrest Copper Corp",
        ),
        (
            "Sanctions by the United States Office of Foreign Assets Control apply.",
            "Office of Foreign Assets Control",
        ),
    ],
)
def test_body_boundaries(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("It went to Falcon Metals Holding of Abu Dhabi.", "Falcon Metals Holding", "Abu Dhabi"),
        ("Kii Launch Services of Wakayama will fly it.", "Kii Launch Services", "Wakayama"),
    ],
)
def test_a_firm_and_its_town(text: str, org: str, place: str) -> None:
    found = extract_text(text)
    assert org in names(found, "organization")
    assert place in {p.name for p in found.places}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Indian Oil Corporation agreed.", "Indian Oil Corporation"),
        ("The Philippine Navy ordered ships.", "Philippine Navy"),
        ("The Bank of Kigali agreed.", "Bank of Kigali"),
    ],
)
def test_names_that_keep_their_lead(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_a_question_is_no_body() -> None:
    orgs = _orgs(
        "Could the Minister say more? Is the Government aware? Q: Are the World Bank "
        "and the IMF involved?"
    )
    assert not any(o.startswith(("Could", "Is ", "Are ")) for o in orgs)


def test_registered_and_area_compounds_name_towns() -> None:
    found = extract_text("A Kinshasa-registered trader and a Lisbon-area MRO firm bid.")
    assert {"Kinshasa", "Lisbon"} <= {p.name for p in found.places}


@pytest.mark.parametrize(
    ("text", "org", "state"),
    [
        (
            "The order was approved by Global Affairs Canada on Monday.",
            "Global Affairs Canada",
            "Canada",
        ),
        (
            "The grant from Millennium Challenge Account Nepal will fund it.",
            "Millennium Challenge Account Nepal",
            "Nepal",
        ),
        ("Students at the University of Rwanda built it.", "University of Rwanda", "Rwanda"),
    ],
)
def test_a_body_named_with_its_state(text: str, org: str, state: str) -> None:
    found = extract_text(text)
    assert actor(found, org).affiliation == state
    assert state in names(found, "state")


def test_a_registered_firm_named_with_its_state() -> None:
    # Round 7: the firm keeps its state as affiliation, but a state named only inside a
    # registered firm's name is no actor (tuning gold 109, "MDV Slovakia s.r.o.").
    found = extract_text("Hulls will come from Danubia Slovakia s.r.o. next year.")
    assert actor(found, "Danubia Slovakia s.r.o.").affiliation == "Slovakia"
    assert "Slovakia" not in names(found, "state")


@pytest.mark.parametrize(
    "text",
    [
        "Upper Egypt is dry this year.",
        "Meanwhile Kenya agreed to the terms.",
        "Work went to Mannar Island firms.",
    ],
)
def test_a_region_or_an_adverb_before_a_state_is_no_body(text: str) -> None:
    assert not _orgs(text)


def test_an_acronym_after_a_name_in_another_language() -> None:
    found = extract_text(
        "Electric Power Industry of Serbia (Elektroprivreda Srbije, EPS) signed. EPS said so."
    )
    assert "EPS" in actor(found, "Electric Power Industry of Serbia").aliases
    assert "EPS" not in _orgs(
        "Electric Power Industry of Serbia (Elektroprivreda Srbije, EPS) signed. EPS said so."
    )


def test_a_firms_town_before_and() -> None:
    found = extract_text(
        "The runway went to Kauri Civil Ltd of Auckland and Viti Asphalt Pte Ltd of Lautoka."
    )
    assert {"Kauri Civil Ltd", "Viti Asphalt Pte Ltd"} <= names(found, "organization")
    assert {"Auckland", "Lautoka"} <= {p.name for p in found.places}


def test_a_states_exim_bank() -> None:
    found = extract_text("A loan from Indonesia Eximbank covers the rest.")
    assert actor(found, "Indonesia Eximbank").affiliation == "Indonesia"


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Shipping Asia Weekly — 3 December 2025\n\nKCL said it would buy ships.\n",
            "Shipping Asia Weekly",
        ),
        ("(Newsgate) -- Vietnam signed a deal on Monday.\n", "Newsgate"),
        ("Vietnam signed a deal.\n\n©2026 Bloomfield L.P.\n", "Bloomfield L.P."),
        ("Fiji signed.\n(c) 2026 Suva Daily Post. All rights reserved.\n", "Suva Daily Post"),
        (
            'Original published in the daily "Politicka rec", Belgrade, 19 February 2026\n\nEPS '
            "signed.\n",
            "Politicka rec",
        ),
        ("Procter & Gamble said so.", "Procter & Gamble"),
    ],
)
def test_publications_and_firms(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_no_publication_from_a_rights_line_or_a_section_heading() -> None:
    orgs = _orgs(
        "SHIPPING | SOUTH & SOUTH-EAST ASIA\nKCL orders ships\n\n© 2025 All rights reserved.\n"
    )
    assert not {"All", "SOUTH & SOUTH-EAST ASIA"} & orgs


@pytest.mark.parametrize(
    ("text", "org", "not_org"),
    [
        ("Kazakhstan and Samruk-Power 33 percent each.", "", "Samruk-Power 33"),
        ("News\nHome\nKenya signed a loan.", "", "News"),
        ("Kotka Marine Engines Oy said so.", "Kotka Marine Engines Oy", ""),
        (
            "Engines come from a Finnish supplier, Kotka Marine Engines Oy, in Vigo.",
            "Kotka Marine Engines Oy",
            "",
        ),
    ],
)
def test_share_numbers_nav_words_and_finnish_firms(text: str, org: str, not_org: str) -> None:
    orgs = _orgs(text)
    if org:
        assert org in orgs
    if not_org:
        assert not_org not in orgs
    assert "Kotka Marine Engines Oy" not in names(extract_text(text), "person")
