"""Round 4, organisations and things that are no actors: kinds of construction, each with
several made-up phrasings (invented names; none taken from a corpus article)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.conftest import names


def _orgs(text: str) -> set[str]:
    found = extract_text(text)
    return names(found, "organization") | names(found, "international_organization")


def _people(text: str) -> set[str]:
    return names(extract_text(text), "person")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # An apposition that says what kind of body it is, with a possessive owner.
        ("Qilin Heavy, China's largest crane maker, will supply the cranes.", "Qilin Heavy"),
        ("Tumaini Agro, Tanzania's biggest sisal exporter, signed.", "Tumaini Agro"),
        # A part of another body.
        ("Kestrel Defence, a unit of Hollis Group, builds drones.", "Kestrel Defence"),
        ("Zambezi Power, a subsidiary of Nkana Energy, will build the line.", "Zambezi Power"),
        ("Andes Lumen, a joint venture of two Chilean miners, won.", "Andes Lumen"),
        # A "which" clause about where a body sits.
        ("The order went to Meridian Dredging, which is based in Antwerp.", "Meridian Dredging"),
        ("Talks with Sorvik Kemi, which is listed in Oslo, ended.", "Sorvik Kemi"),
        # A state's firm opening the sentence.
        ("South Korea's Hanbit Rotem builds trains.", "Hanbit Rotem"),
        ("Brazil's Cerrado Papel will buy the pulp mill.", "Cerrado Papel"),
        # A company word at the end of the name.
        ("Fitch Ratings said the deal was credit positive.", "Fitch Ratings"),
        ("Analysts at Kuznets Ratings expect a downgrade.", "Kuznets Ratings"),
        ("Work will be done by Sahel Construction and Ouaga Ciment.", "Ouaga Ciment"),
        ("Kowalczyk Bros declined to comment.", "Kowalczyk Bros"),
        ("Falcon Aero and the Royal Thai Air Force signed a support contract.", "Falcon Aero"),
        # "and the" starts a second name.
        (
            "Falcon Aero and the Royal Thai Air Force signed a support contract.",
            "Royal Thai Air Force",
        ),
    ],
)
def test_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        # A title with its remit, after a state's possessive, is no firm.
        ("Ghana's Minister for Trade and Industry, Kojo Asante, spoke.", "Minister for Trade"),
        ("Australia's Minister for Pacific Affairs, Mara Lowe, flew in.", "Minister for Pacific"),
    ],
)
def test_not_organisation(text: str, not_org: str) -> None:
    assert not any(name.startswith(not_org) for name in _orgs(text))


def test_legal_form_before_the_name_is_one_firm() -> None:
    for text in (
        "Indonesia's Bumi Sakti Nikel signed. Later PT Bumi Sakti Nikel said it would ship ore.",
        "PT Bumi Sakti Nikel signed the deal. Bumi Sakti Nikel will ship the ore from May.",
    ):
        assert len(_orgs(text)) == 1, _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Ciaran disrupted flights across the north.",
        "Cyclone Amara hit the coast in March and Typhoon Lanok followed.",
        "Hurricane Otilio struck the port on Sunday.",
        "Tropical Storm Alma weakened overnight.",
        "The tanker Ocean Grace was seized off the coast.",
        "The vessel Grace Harmony was detained for a week.",
        "The frigate Almirante Rosales docked in the port on Monday.",
        "MV Lady Kamara ran aground on the reef.",
    ],
)
def test_storms_and_ships_are_no_people(text: str) -> None:
    assert _people(text) == set()


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        # The leading words of a name with a legal form are its short form.
        (
            "Canadian miner Tamarack Gold Inc of Vancouver won. Tamarack's chief executive spoke.",
            "Tamarack",
            "Tamarack Gold Inc",
        ),
        (
            "Salar Alto Litio SpA signed. Days later Salar Alto shipped its first cargo.",
            "Salar Alto",
            "Salar Alto Litio SpA",
        ),
        (
            "Turkey's Egemen Naval Works AŞ will build it. Egemen Naval Works said so.",
            "Egemen Naval Works",
            "Egemen Naval Works AŞ",
        ),
        # An acronym named before its full name.
        (
            "EADB board approves loan. The East African Development Bank (EADB) approved it.",
            "EADB",
            "East African Development Bank",
        ),
    ],
)
def test_short_form_is_the_same_body(text: str, short: str, full: str) -> None:
    found = extract_text(text)
    bodies = [a for a in found.actors if a.type in {"organization", "international_organization"}]
    assert len(bodies) == 1, [a.name for a in bodies]
    assert bodies[0].answers_to(short) or bodies[0].name == full


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Andean Mining Review, 14 March 2026\n\nThe ministry signed the deal.",
            "Andean Mining Review",
        ),
        (
            "By Jane Okafor | Sahel Business Daily | Bamako, 2 May 2025\n\nIt was signed.",
            "Sahel Business Daily",
        ),
        (
            "Pacific Trade Wire live desk | Last updated 26 February 2026, 17:40\n\nIt was signed.",
            "Pacific Trade Wire",
        ),
        (
            "[Translated from Portuguese. Original: Jornal do Planalto, Brasília, 9 June 2025]\n\n"
            "It was signed.",
            "Jornal do Planalto",
        ),
    ],
)
def test_publication_in_a_header_line(text: str, outlet: str) -> None:
    assert outlet in _orgs(text)


def test_header_line_negatives() -> None:
    found = extract_text(
        "Nairobi, Kenya, 4 May 2024\n\n[Translated from Portuguese.]\n\nMonday, 3 March 2025\n"
    )
    assert _orgs("Nairobi, Kenya, 4 May 2024\n\nMonday, 3 March 2025\n") == set()
    assert "Portugal" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        (
            "The board completed the third review of the Extended Fund Facility.",
            "Extended Fund Facility",
        ),
        ("The Exchange of Notes was signed by both ministers.", "Exchange of Notes"),
        ("Under the new Mining Code the state keeps a 10% stake.", "Mining Code"),
        ("The Petroleum Act was amended in May.", "Petroleum Act"),
        ("The EADB Board approved the loan on Monday.", "EADB Board"),
        ("Once the IMF Executive Board signs off, the money flows.", "IMF Executive Board"),
    ],
)
def test_instruments_and_boards_are_no_bodies(text: str, not_org: str) -> None:
    assert not_org not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A body named in Spanish, Portuguese or French keeps its lower-case connectors.
        (
            "The civil works went to Constructora Andina del Norte in May.",
            "Constructora Andina del Norte",
        ),
        (
            "It awaits an audit by the Contraloría General del Estado. No value was given.",
            "Contraloría General del Estado",
        ),
        ("The story ran in Diario del Litoral on Monday.", "Diario del Litoral"),
        (
            "The permit came from the Ministère des Mines et des Ressources Stratégiques.",
            "Ministère des Mines et des Ressources Stratégiques",
        ),
        (
            "A loan from Banco Nacional de Fomento e Comércio was signed.",
            "Banco Nacional de Fomento e Comércio",
        ),
        # A name that spells its acronym, with connectors of another language.
        ("Elektrarne na Srednja Dolina (ESD) took the loan.", "Elektrarne na Srednja Dolina"),
    ],
)
def test_foreign_organisation(text: str, org: str) -> None:
    assert org in _orgs(text)


def test_foreign_body_of_a_town() -> None:
    found = extract_text("OFAC removed Banco Cibao Oriental of San Pedro de Macorís from its list.")
    assert "Banco Cibao Oriental" in {a.name for a in found.actors}
    assert "San Pedro de Macorís" in {p.name for p in found.places}


@pytest.mark.parametrize(
    "text",
    [
        "Construction will start in May.",
        "Insurance is the sticking point, officials said.",
        "Por Ana Lucía Ferreyra | 21/10/2025 10:42 | English edition\n\nIt was signed.",
    ],
)
def test_no_body_from_a_trade_word_or_a_spanish_byline(text: str) -> None:
    assert _orgs(text) == set()


def test_a_province_is_no_short_form_of_a_firm() -> None:
    found = extract_text(
        "Catamarca grants a lithium concession. The province's firm Catamarca Minera y "
        "Energética Sociedad del Estado signed it."
    )
    assert "Catamarca" in {p.name for p in found.places}


def test_acronym_defined_name_with_a_rank_word_is_one_body() -> None:
    found = extract_text("It was awarded by the Directorate General of Naval Supply (DGNS).")
    assert "Directorate General of Naval Supply" in _orgs(
        "It was awarded by the Directorate General of Naval Supply (DGNS)."
    )
    assert not {a.name for a in found.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The EPC contract went to Orion Builders in May.", "Orion Builders"),
        ("The dredging was done by Kivu Dredging and Mwanza Contractors.", "Mwanza Contractors"),
        ("Canada Goose opened a store in Nairobi.", "Canada Goose"),
        ("Chile Pacific launched a new route.", "Chile Pacific"),
    ],
)
def test_more_company_words_and_country_brands(text: str, org: str) -> None:
    found = extract_text(text)
    assert org in _orgs(text)
    assert org not in {a.name for a in found.actors if a.type == "person"}


def test_a_country_brand_names_no_state() -> None:
    found = extract_text("Canada Goose opened a store in Nairobi.")
    assert "Canada" not in {a.name for a in found.actors}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("On Friday the Asian Infrastructure Bank approved the loan.", "Asian Infrastructure Bank"),
        ("Myanma Rubber Enterprise was added to the list.", "Myanma Rubber Enterprise"),
    ],
)
def test_day_before_a_body_and_enterprise(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The World Bank's Board of Executive Directors approved the grant.",
        "The fund's Board of Governors met in Abidjan.",
        "It was the first Official Visit of the President of the Republic to Paris.",
    ],
)
def test_boards_and_formal_state_words_are_no_people(text: str) -> None:
    found = extract_text(text)
    assert not {a.name for a in found.actors if a.type == "person"}
    assert not any("Directors" in n or "Governors" in n for n in _orgs(text))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "A senior fellow at the Kandy-based Centre for Ocean Policy said so.",
            "Centre for Ocean Policy",
        ),
        (
            "Shares were listed on the Stock Exchange of Malaysia in May.",
            "Stock Exchange of Malaysia",
        ),
    ],
)
def test_body_boundaries(text: str, org: str) -> None:
    assert org in _orgs(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("The two Sides welcomed the progress of the talks.", "Sides"),
        ("ADI TUIDRAKI: If I may add, the boats are ready.", "I"),
        ("Vietnam Utility Unit Signs 15-Year LNG Deal", "LNG Deal"),
        ("It was signed by the High Commissioner of Canada to Kenya, H.E. Paul Roy.", "High"),
    ],
)
def test_more_non_bodies(text: str, not_org: str) -> None:
    assert not_org not in _orgs(text)


def test_ministry_for_two_remits_stays_one_body() -> None:
    text = "The Coordinating Ministry for Maritime and Investment Affairs said so."
    assert "Coordinating Ministry for Maritime and Investment Affairs" in _orgs(text)


def test_coined_name_and_a_body_are_two() -> None:
    found = _orgs("Petrobras and Indian Oil Corporation signed a memorandum of understanding.")
    assert {"Petrobras", "Indian Oil Corporation"} <= found


def test_name_with_its_acronym_is_not_split() -> None:
    text = "It was chosen by Thailand's Geo-Informatics and Space Technology Agency (GISTA)."
    assert "Space Technology Agency" not in _orgs(text)


@pytest.mark.parametrize(
    ("text", "not_org"),
    [
        ("Its IPO is planned for 2026.", "IPO"),
        ("The EPC is signed and the PPA is next.", "PPA"),
        ("The Belt and Road Initiative has funded ports.", "Belt"),
        ("The Trade and Investment Framework was renewed.", "Trade"),
    ],
)
def test_business_acronyms_and_programmes_joined_by_and(text: str, not_org: str) -> None:
    assert not_org not in _orgs(text)


def test_a_town_name_that_agrees_to_sell_is_a_firm() -> None:
    text = "Vale agreed to sell its stake to Manara Minerals."
    assert "Vale" in _orgs(text)
    assert "Vale" not in {p.name for p in extract_text(text).places}


def test_officials_from_unknown_names_are_bodies() -> None:
    text = "Officials from Gecamines and Trafigura met in Lubumbashi."
    assert {"Gecamines", "Trafigura"} <= _orgs(text)
    assert {p.name for p in extract_text(text).places} == {"Lubumbashi"}


def test_a_coined_word_joined_to_a_body_is_a_body() -> None:
    assert "Afrexim" in _orgs("The loan was arranged by Standard Chartered and Afrexim.")
