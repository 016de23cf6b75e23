"""Round 3, organisations and states: kinds of construction, several made-up phrasings each."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import actor, names


def orgs(text: str) -> set[str]:
    extraction = extract_text(text)
    return names(extraction, "organization") | names(extraction, "international_organization")


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The concession was granted by the Tamale Roads and Bridges Authority (TRBA) today.",
            "Tamale Roads and Bridges Authority",
            "TRBA",
        ),
        (
            "A loan came from the Andean Bank for Rural Development (ABRD) in May.",
            "Andean Bank for Rural Development",
            "ABRD",
        ),
        (
            "Repairs will be done at the Baltic Shipbuilding and Repair Yard (BSRY) in Gdansk.",
            "Baltic Shipbuilding and Repair Yard",
            "BSRY",
        ),
        (
            "The Fund for Water and Sanitation Investment (FWSI) approved it.",
            "Fund for Water and Sanitation Investment",
            "FWSI",
        ),
    ],
)
def test_a_name_that_spells_its_acronym_is_one_organisation(
    text: str, name: str, acronym: str
) -> None:
    extraction = extract_text(text)
    found = actor(extraction, name)
    assert acronym in found.aliases
    assert any(r.rule == "org.acronym-defined" for r in found.why)
    parts = {"Tamale Roads", "Bridges Authority", "Andean Bank", "Rural Development"}
    assert not orgs(text) & parts


@pytest.mark.parametrize(
    "text",
    [
        "They signed a Memorandum of Understanding (MoU) on Monday.",
        "The Extended Credit Facility (ECF) was approved.",
        "Research and Development (R&D) spending rose.",
    ],
)
def test_agreements_and_programmes_with_acronyms_are_no_organisations(text: str) -> None:
    assert not orgs(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Financing is the crux. The bank has offered a loan.", "Financing"),
        ("Q: Are you worried?\nA: Smuggling is the bigger problem.", "Smuggling"),
        ("Read more: Coal exports through the port hit a record", "Coal"),
        ("Launch is planned for 2027, the agency said.", "Launch"),
        ("Shipping will resume next week.", "Shipping"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_organisation(text: str, word: str) -> None:
    assert word not in orgs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gazprom is ready to sell.", "Gazprom"),
        ("Saab offered technology transfer.", "Saab"),
        ("Shell said it would buy the cargo.", "Shell"),
    ],
)
def test_companies_opening_a_sentence_stay(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "company", "town"),
    [
        ("Ferrotecnica of Brescia will build the plant.", "Ferrotecnica", "Brescia"),
        ("Valdora of Porto has signed the contract.", "Valdora", "Porto"),
    ],
)
def test_a_company_of_a_town_ends_before_of(text: str, company: str, town: str) -> None:
    extraction = extract_text(text)
    assert company in orgs(text)
    assert town in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mine will ship ore to a smelter run by Lumina Cell Materials.",
            "Lumina Cell Materials",
        ),
        ("Analysts at Jakarta brokerage Mandala Sekuritas expect a fall.", "Mandala Sekuritas"),
    ],
)
def test_organisations_by_what_is_said_around_them(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "brand", "state"),
    [
        (
            "Peru Gold Traders SA, a trading house, signed an offtake.",
            "Peru Gold Traders SA",
            "Peru",
        ),
        ("Muscat-based Oman Blue Foods LLC also buys tea.", "Oman Blue Foods LLC", "Oman"),
        ("Chile Pacific Wines Ltd shipped more bottles.", "Chile Pacific Wines Ltd", "Chile"),
    ],
)
def test_a_company_named_after_a_country_with_a_legal_form_names_no_state(
    text: str, brand: str, state: str
) -> None:
    extraction = extract_text(text)
    assert brand in orgs(text)
    assert state not in names(extraction, "state")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Italians offered maintenance in Hidd.", "Italy"),
        ("Germans and Poles disagreed on the price.", "Germany"),
    ],
)
def test_a_plural_demonym_names_its_state(text: str, state: str) -> None:
    extraction = extract_text(text)
    assert state in names(extraction, "state")
    assert not orgs(text)


def test_a_facility_named_with_a_country_word_is_a_place() -> None:
    extraction = extract_text("It will fly from the Guiana Space Centre in Kourou in 2027.")
    assert "French Guiana" not in names(extraction, "state")
    assert "Guiana Space Centre" in {p.name for p in extraction.places}


def test_korea_alone_is_south_korea() -> None:
    extraction = extract_text("Korea will send a trade mission to Lima in 2026.")
    assert "South Korea" in names(extraction, "state")
    assert "Korea" not in orgs("Korea will send a trade mission to Lima in 2026.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant is owned by Halvard Maritime AS and Tasman Rail Pty Ltd.",
            {"Halvard Maritime AS", "Tasman Rail Pty Ltd"},
        ),
        (
            "Sarawak Timber Bhd and Nusantara Baja Tbk hold stakes in Lombardia Cavi SpA.",
            {"Sarawak Timber Bhd", "Nusantara Baja Tbk", "Lombardia Cavi SpA"},
        ),
        (
            "Volga Freight JSC and Anatolia Kablo AS agreed a merger with Rhein Stahl GmbH.",
            {"Volga Freight JSC", "Anatolia Kablo AS", "Rhein Stahl GmbH"},
        ),
        (
            "Lafaek Energia Lda holds 20%, and Kiboshi Orbital KK builds the satellite.",
            {"Lafaek Energia Lda", "Kiboshi Orbital KK"},
        ),
    ],
)
def test_legal_forms_end_names_and_split_lists(text: str, expected: set[str]) -> None:
    assert expected <= orgs(text)


def test_as_in_lower_case_or_opening_a_sentence_is_no_legal_form() -> None:
    assert not orgs("As Prime Minister Ana Ruiz said, the talks went well.")


@pytest.mark.parametrize(
    ("text", "brand", "state"),
    [
        ("Norway Star Line will carry the cargo.", "Norway Star Line", "Norway"),
        ("Japan Ocean Lines said its ships were full.", "Japan Ocean Lines", "Japan"),
    ],
)
def test_shipping_lines_named_after_a_country(text: str, brand: str, state: str) -> None:
    extraction = extract_text(text)
    assert brand in orgs(text)
    assert state not in names(extraction, "state")


def test_a_body_named_again_with_its_state_is_one_body() -> None:
    text = (
        "Pelangi signs contract with Ministry of Defence. Pelangi signed it with the Ministry "
        "of Defence Malaysia (MINDEF) on Monday. MINDEF said the simulators were needed."
    )
    extraction = extract_text(text)
    body = actor(extraction, "Ministry of Defence Malaysia")
    assert {"Ministry of Defence", "MINDEF"} <= set(body.aliases)
    assert "Ministry of Defence" not in orgs(text)


@pytest.mark.parametrize(
    "text",
    ["Vega-C will fly in 2027.", "Ariane-6 is late again.", "The satellite rode a Kahu-2."],
)
def test_a_designated_product_is_no_organisation(text: str) -> None:
    assert not orgs(text)


def test_a_forum_is_a_body() -> None:
    text = "The African Development Bank and the Pacific Islands Forum welcomed it."
    assert "Pacific Islands Forum" in orgs(text)
    assert "Pacific Islands Forum" not in names(extract_text(text), "person")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Ministers met at the Pacific Islands Forum Leaders Meeting in Honiara.",
            "Pacific Islands Forum",
        ),
        ("The Andean Development Fund Annual Meeting opened in Quito.", "Andean Development Fund"),
    ],
)
def test_an_event_named_after_a_body_is_the_body(text: str, body: str) -> None:
    assert body in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "INS Vikrant sailed from Kochi.",
        "The HTMS Chakri Naruebet docked at Sattahip.",
        "The tanker MT Orion Star was seized.",
    ],
)
def test_ships_are_no_organisations(text: str) -> None:
    assert not orgs(text)


@pytest.mark.parametrize(
    ("text", "not_an_org", "place"),
    [
        (
            '"It is small," said Bhima Nugroho of the Jakarta think tank Institute for Space and '
            "Defence Economics (ISDE).",
            "Jakarta",
            "Jakarta",
        ),
        (
            "The Port of Nacala will grow. Nacala is the natural gateway for Malawi.",
            "Nacala",
            "Nacala",
        ),
        (
            "Kyrgyzstan suspends licence of Chinese-owned Ishtamberdy gold mine.",
            "Ishtamberdy",
            "Ishtamberdy",
        ),
    ],
)
def test_places_named_like_bodies(text: str, not_an_org: str, place: str) -> None:
    extraction = extract_text(text)
    assert not_an_org not in orgs(text)
    assert place in {p.name for p in extraction.places}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The state took over the mine from Canada's Northlake Gold, officials said.",
            "Northlake Gold",
        ),
        (
            "Partners are Petrosen and London-listed Atlantis Frontier Resources.",
            "Atlantis Frontier Resources",
        ),
        ("It raised $300 million in a facility arranged by Afreximbank last year.", "Afreximbank"),
        ("Patrols in Lamu, where the Al-Shabaab militant group has attacked.", "Al-Shabaab"),
        ("The loan was financed by Nordbank Kapital, the statement said.", "Nordbank Kapital"),
    ],
)
def test_bodies_named_by_what_is_said_around_them(text: str, name: str) -> None:
    assert name in orgs(text)


def test_a_name_with_post_nominal_letters_is_a_person() -> None:
    extraction = extract_text("The Hon. Catherine Wardell MP visited Honiara.")
    assert "Catherine Wardell" in names(extraction, "person")
    assert not orgs("The Hon. Catherine Wardell MP visited Honiara.")


def test_a_country_s_person_is_no_firm() -> None:
    text = "The prize went to Canada's Justin Moreau, the jury said."
    assert "Justin Moreau" not in orgs(text)


def test_a_body_before_a_title_may_be_a_leading_part_of_a_firm_named_before() -> None:
    text = (
        "Kenya bought vehicles from Karoo Defence Systems. "
        "From left: Karoo Defence CEO Ms T. Mbeki-Nkosi and guests."
    )
    extraction = extract_text(text)
    person = actor(extraction, "T. Mbeki-Nkosi")
    assert (person.role, person.affiliation) == ("CEO", "Karoo Defence Systems")
    assert "Karoo Defence" in actor(extraction, "Karoo Defence Systems").aliases
    assert not orgs(text) & {"Karoo", "Karoo Defence"}


def test_a_leading_part_without_a_business_word_stays_its_own_body() -> None:
    assert {"Bank of China Leasing", "Bank of China"} <= orgs(
        "Bank of China Leasing signed. Bank of China said it would lend."
    )
