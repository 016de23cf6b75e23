"""Deal parties by kind of wording (issue 10, round 2): made-up sentences, one per kind."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def first_deal(text: str) -> tuple[str, str, str]:
    deal = extract_text(text).deals[0]
    return deal.buyer, deal.seller, deal.kind


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # beneficiary after "to help"
            "Australia will provide A$25 million in budget support to help Fiji host the summit.",
            "Fiji",
            "Australia",
        ),
        (  # a concession given "to" the concessionaire, the verb well before
            "The government of Guinea granted a 25-year concession for the port to Harbourline "
            "Terminals, which will invest $400 million.",
            "Harbourline Terminals",
            "Guinea",
        ),
        (  # the state acting through its armed forces
            "Egypt's armed forces will procure 30 K9 howitzers from South Korea for about "
            "$1.6 billion.",
            "Egypt",
            "South Korea",
        ),
        (  # "pay ... for": the payer buys; a range gives its first amount
            "Vietnam will pay between $300 million and $400 million for the radars from Israel.",
            "Vietnam",
            "Israel",
        ),
        (  # a disbursement is a loan or grant without the noun
            "The World Bank has disbursed $50 million to Malawi under the programme.",
            "Malawi",
            "World Bank",
        ),
        (  # the party after "with", describing words between
            "Ghana signed a $80 million deal for four patrol boats with Dutch shipbuilder Damen.",
            "Ghana",
            "Damen",
        ),
        (
            "Bolivia signed a $200 million contract with a subsidiary of Turkish group Otokar.",
            "Bolivia",
            "Otokar",
        ),
    ],
)
def test_party_wordings(text: str, buyer: str, seller: str) -> None:
    assert first_deal(text)[:2] == (buyer, seller)


def test_money_given_to_support_is_a_grant_whatever_it_buys() -> None:
    text = (
        "The Prime Ministers announced a package of A$90 million to support the Tongan police, "
        "including patrol vehicles."
    )
    assert first_deal(text)[2] == "grant"


def test_a_bare_amount_sentence_takes_the_parties_of_the_sentence_before() -> None:
    text = (
        "Ghana signed a deal for four patrol boats with Dutch shipbuilder Damen. "
        "The contract is worth $80 million."
    )
    assert first_deal(text)[:2] == ("Ghana", "Damen")


def test_an_unknown_name_that_wins_a_contract_is_a_company_and_the_seller() -> None:
    text = "Hanwha Ocean won a $1.2 billion contract from the Royal Thai Navy for two frigates."
    result = extract_text(text)
    assert any(a.name == "Hanwha Ocean" and a.type.value == "organization" for a in result.actors)
    assert first_deal(text)[:2] == ("Royal Thai Navy", "Hanwha Ocean")


def test_a_person_who_signs_is_not_made_a_company() -> None:
    result = extract_text("Maria Lopez will supply the answers, the ministry said.")
    assert not any(
        a.name == "Maria Lopez" and a.type.value == "organization" for a in result.actors
    )


@pytest.mark.parametrize(
    ("text", "stated", "currency"),
    [
        ("Morocco will pay Dh2 billion for the drones from Turkey.", "Dh2 billion", "MAD"),
        ("Nigeria has signed an N150 billion contract with Julius Berger.", "N150 billion", "NGN"),
        (
            "Senegal took CFA 50 billion in loans from the African Development Bank.",
            "CFA 50 billion",
            "XOF",
        ),
        ("Kenya signed a KSh3.5 billion contract with a Chinese builder.", "KSh3.5 billion", "KES"),
        ("The IMF approved a loan of SDR 26.6 million to Malawi.", "SDR 26.6 million", "XDR"),
    ],
)
def test_local_currency_signs(text: str, stated: str, currency: str) -> None:
    value = extract_text(text).deals[0].value
    assert value is not None and (value.as_stated, value.currency) == (stated, currency)


def test_a_lone_letter_is_no_currency_sign() -> None:
    assert not extract_text("The K9 howitzers and Category R 5 m trucks were ordered.").deals


def test_a_passive_concession_names_the_concessionaire() -> None:
    text = (
        "The mine concession, worth an estimated $2 billion, was granted to Andes Copper by Peru."
    )
    assert first_deal(text)[:2] == ("Andes Copper", "Peru")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Pedro Alves, who heads the state oil company Petrobrax, signed the deal.",
            "Pedro Alves",
            "head",
        ),
        (
            "Hiro Tanaka, who is president of Nippon Rail, said the order was firm.",
            "Hiro Tanaka",
            "president of Nippon Rail",
        ),
    ],
)
def test_roles_in_relative_clauses(text: str, name: str, role: str) -> None:
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert people.get(name) == role


def test_the_state_the_article_is_about_fills_an_unnamed_side() -> None:
    text = (
        "Kyrgyzstan suspended a gold mine on Monday. Kyrgyzstan's cabinet said the mine polluted "
        "a river. Separately, an agreement under which Hexi Metals was to build a $150 million "
        "plant was frozen. Kyrgyzstan will review other licences."
    )
    assert first_deal(text)[:2] == ("Kyrgyzstan", "Hexi Metals")


def test_a_loan_keeps_an_unnamed_borrower_empty() -> None:
    text = (
        "Kenya opened a new port. Kenya's president said trade would grow. Kenya hopes for "
        "more ships. The Afreximbank arranged a $300 million loan facility last year."
    )
    assert first_deal(text)[0] == ""


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Qatar will buy Kigali Terminals Ltd for US$1.3 billion, the ministry said.",
            "Kigali Terminals Ltd",
        ),
        ("Tullow Energy for Lake Albert holds the licence, said Kampala.", "Tullow Energy"),
        ("The Institute for Space Research will run the tests.", "Institute for Space Research"),
    ],
)
def test_for_continues_a_public_body_only_and_a_legal_form_ends_a_name(text: str, org: str) -> None:
    names = [a.name for a in extract_text(text).actors]
    assert org in names


@pytest.mark.parametrize(
    "body",
    [
        "Ministry of Energy, Petroleum and Mines",
        "State Committee for Industry, Energy and Subsoil Use",
    ],
)
def test_a_public_body_named_by_a_list_of_remits(body: str) -> None:
    names = [a.name for a in extract_text(f"The {body} signed the licence on Monday.").actors]
    assert body in names
    assert "Mines" not in names and "Energy" not in names


def test_a_body_before_and_a_firm_stay_two() -> None:
    names = [
        a.name for a in extract_text("The Ministry of Defence and Airbus signed a deal.").actors
    ]
    assert "Ministry of Defence" in names and "Airbus" in names


def test_a_head_word_alone_is_no_organisation_but_a_named_house_is() -> None:
    text = "The Government said the Board and the Police agreed. Congress approved it."
    names = [a.name for a in extract_text(text).actors]
    assert not {"Government", "Board", "Police"} & set(names)
    assert "Congress" in names


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Major General Kyaw Min, the junta's spokesman, told state television.",
            "Kyaw Min",
            "spokesman",
        ),
        (
            "Named were Delta Oil's managing director, Lim Boon Hock, and Gamma Tankers' "
            "chairman, Somchai Prasert.",
            "Lim Boon Hock",
            "managing director",
        ),
    ],
)
def test_roles_with_a_common_noun_owner_and_in_lists(text: str, name: str, role: str) -> None:
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert people.get(name) == role


def test_the_one_who_reports_a_shipment_is_no_party() -> None:
    text = "A State Department official said the firms had shipped fuel worth $33 million."
    deals = extract_text(text).deals
    assert not deals or deals[0].seller != "State Department"


def test_the_one_who_says_it_will_buy_is_the_buyer() -> None:
    text = "Kenya said it would buy six helicopters from Airbus for $90 million."
    assert first_deal(text)[:2] == ("Kenya", "Airbus")


def test_budget_support_is_aid_and_also_provide_starts_a_deal_of_its_own() -> None:
    text = (
        "Australia announced a package of A$190 million to support the police of Fiji. "
        "The package includes patrol boats. Australia will also provide budget support of "
        "A$25 million to help Fiji host the summit."
    )
    deals = extract_text(text).deals
    assert [d.value.as_stated for d in deals if d.value] == ["A$190 million", "A$25 million"]
    assert (deals[0].seller, deals[1].buyer, deals[1].seller) == ("Australia", "Fiji", "Australia")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        ("Japan announced a 50 billion yen loan for a metro line.", "", "Japan"),
        ("Kenya announced a $500 million loan from China.", "Kenya", "China"),
    ],
)
def test_who_announces_a_loan_lends_unless_it_comes_from_another(
    text: str, buyer: str, seller: str
) -> None:
    assert first_deal(text)[:2] == (buyer, seller)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Uzbekistan has picked Rosatom to build two reactors in a $1.1 billion deal.",
            "Uzbekistan",
            "Rosatom",
        ),
        (
            "The Philippine Navy has taken delivery of two frigates built by Hyundai Heavy "
            "Industries under a $337 million deal.",
            "Philippine Navy",
            "Hyundai Heavy Industries",
        ),
    ],
)
def test_chosen_to_build_and_taken_delivery(text: str, buyer: str, seller: str) -> None:
    assert first_deal(text)[:2] == (buyer, seller)


def test_the_firm_in_a_contract_between_a_body_and_it() -> None:
    text = "A $120 million contract between the Ghana Navy and Damen was signed on Monday."
    assert first_deal(text)[:2] == ("Ghana Navy", "Damen")


def test_a_person_in_a_list_before_and_the_next_title_keeps_the_name_without_that_title() -> None:
    text = (
        "The deal was signed in the presence of the Minister of Mines, Energy and Water, "
        "Kanoa Rattana, and the Ambassador of Peru to Fiji, Luis Ortega."
    )
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert "Kanoa Rattana" in people
    assert "Ambassador" not in people["Kanoa Rattana"]


def test_is_the_director_of_reads_as_an_apposition() -> None:
    text = "Grace Osei is the country director of the World Bank for Ghana."
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert people["Grace Osei"].startswith("country director")


def test_the_function_before_a_rank_is_the_role() -> None:
    text = "Navy spokesman Commander Ali Khan said the frigates would arrive next year."
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert people["Ali Khan"] == "Navy spokesman"


def test_a_name_with_a_serial_number_is_a_product_not_an_organisation() -> None:
    text = "Kahu-2 will replace the old satellite. The Kahu-2 launch is set for May."
    assert "Kahu-2" not in [a.name for a in extract_text(text).actors]
