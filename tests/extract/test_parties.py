"""Buyer/seller and borrower/lender patterns, organisation cues and joined titles."""

from __future__ import annotations

import pytest

from briefdesk.extract import Extraction, extract_text
from tests.extract.conftest import actor


def names(result: Extraction) -> list[str]:
    return [a.name for a in result.actors]


def parties(text: str) -> tuple[str, str]:
    [deal] = extract_text(text).deals
    return deal.buyer, deal.seller


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Indonesia agreed to buy 42 Rafale jets from France for $8.1 billion.",
            "Indonesia",
            "France",
        ),
        (
            "Vietnam will purchase 12 Yak-130 trainers from Russia in a deal worth $350 million.",
            "Vietnam",
            "Russia",
        ),
        (
            "South Korea will supply 48 K9 howitzers to Egypt under a $1.7 billion contract.",
            "Egypt",
            "South Korea",
        ),
        (
            "Poland's purchase of 250 Abrams tanks from the United States is worth $4.75bn.",
            "Poland",
            "United States",
        ),
        ("The frigates will be sold to Greece by France for €3 billion.", "Greece", "France"),
        (
            "The Philippines ordered US-built Black Hawk helicopters worth $624 million.",
            "Philippines",
            "United States",
        ),
        (
            "Saudi Arabia signed a $2 billion contract with Turkey's Baykar for Akinci drones.",
            "Saudi Arabia",
            "Baykar",
        ),
        ("Aselsan won a $500 million order from Malaysia for radars.", "Malaysia", "Aselsan"),
        (
            "Petrobras signed a deal to buy LNG from Shell for $1 billion.",
            "Petrobras",
            "Shell",
        ),
    ],
)
def test_sale_direction_from_the_governing_word(text: str, buyer: str, seller: str) -> None:
    assert parties(text) == (buyer, seller)


def test_approved_by_names_no_seller() -> None:
    buyer, seller = parties(
        "The sale of 40 F-16 jets to Turkey, worth $23 billion, was approved by Congress."
    )
    assert (buyer, seller) == ("Turkey", "")


def test_a_company_is_never_the_counterparty_of_its_own_country() -> None:
    text = "Gazprom agreed to sell gas to China's CNPC under a $400 billion contract."
    assert parties(text) == ("CNPC", "Gazprom")


@pytest.mark.parametrize(
    ("text", "borrower", "lender"),
    [
        (
            "The African Development Bank approved a $120 million loan for Kenya to build roads.",
            "Kenya",
            "African Development Bank",
        ),
        (
            "Pakistan received a $1.2 billion loan from the Islamic Development Bank.",
            "Pakistan",
            "Islamic Development Bank",
        ),
        (
            "A $500 million loan to Sri Lanka from the Asian Infrastructure Investment Bank "
            "was signed.",
            "Sri Lanka",
            "Asian Infrastructure Investment Bank",
        ),
        ("The European Union will give Egypt €7.4 billion in grants.", "Egypt", "European Union"),
        ("Ghana secured a $3 billion bailout from the IMF on Friday.", "Ghana", "IMF"),
    ],
)
def test_loan_direction(text: str, borrower: str, lender: str) -> None:
    [deal] = extract_text(text).to_json()["deals"]
    assert (deal["borrower"], deal["lender"]) == (borrower, lender)


def test_weekday_is_not_glued_to_a_name() -> None:
    result = extract_text(
        "Egypt secured a $3 billion loan from the International Monetary Fund on Friday."
    )
    assert "International Monetary Fund" in names(result)
    assert not [n for n in names(result) if "Friday" in n]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz said so.",
            "Deputy Prime Minister and Defence Minister",
        ),
        (
            "India's Commerce and Industry Minister Piyush Goyal met them.",
            "Commerce and Industry Minister",
        ),
    ],
)
def test_titles_joined_by_and_stay_whole(text: str, role: str) -> None:
    [person] = [a for a in extract_text(text).actors if a.type == "person"]
    assert person.role == role


def test_lowercase_title_set_off_by_commas() -> None:
    result = extract_text("Indonesia's defence minister, Prabowo Subianto, signed the deal.")
    prabowo = actor(result, "Prabowo Subianto")
    assert (prabowo.role, prabowo.affiliation) == ("defence minister", "Indonesia")


def test_generic_body_before_the_title_is_the_affiliation() -> None:
    # Round 6: the newer gold (and most of it) keeps the body out of the title.
    result = extract_text("China's Foreign Ministry spokesperson Mao Ning said on Monday.")
    mao = actor(result, "Mao Ning")
    assert (mao.role, mao.affiliation) == ("spokesperson", "China")


def test_apposition_drops_the_country_it_names() -> None:
    result = extract_text("Hikmet Hajiyev, the Assistant to the President of Azerbaijan, spoke.")
    hajiyev = actor(result, "Hikmet Hajiyev")
    assert (hajiyev.role, hajiyev.affiliation) == ("Assistant to the President", "Azerbaijan")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Rheinmetall AG and Leonardo SpA formed a joint venture.", "Leonardo SpA"),
        ("Embraer S.A. and Boeing Co. ended their partnership.", "Embraer S.A."),
        ("The Seoul-based Hyundai Rotem will deliver the tanks.", "Hyundai Rotem"),
        (
            "Officials at Garden Reach Shipbuilders & Engineers declined to comment.",
            "Garden Reach Shipbuilders & Engineers",
        ),
        ("Tanks will be produced under licence by Bumar-Labedy in Gliwice.", "Bumar-Labedy"),
        ("Petróleos Mexicanos (Pemex) imports gas.", "Petróleos Mexicanos"),
        ("Gazprom agreed to cut supplies.", "Gazprom"),
    ],
)
def test_organisations_without_a_descriptor(text: str, org: str) -> None:
    result = extract_text(text)
    assert actor(result, org).type == "organization"


def test_a_lone_legal_suffix_is_not_an_organisation() -> None:
    result = extract_text("Mitsubishi Heavy Industries, Ltd. will build two destroyers.")
    assert names(result) == ["Mitsubishi Heavy Industries"]


def test_origin_adjective_names_the_maker_state() -> None:
    result = extract_text("Nigeria took delivery of Chinese-made JF-17 jets worth $184 million.")
    assert "China" in names(result)
    [deal] = result.deals
    assert (deal.buyer, deal.seller) == ("Nigeria", "China")


def test_item_prefers_the_designation_named_elsewhere() -> None:
    text = (
        "The two countries sealed a $1.6 billion fighter jet sale agreement. "
        "It covers the sale of JF-17C Block-III fighter jets from Pakistan to Azerbaijan."
    )
    [deal] = extract_text(text).deals
    assert deal.item == "JF-17C Block-III fighter jets"
    assert (deal.buyer, deal.seller) == ("Azerbaijan", "Pakistan")


def test_honorific_and_surname_is_a_person() -> None:
    result = extract_text("Mr Modi and Ms Wong met in Delhi. Modi later flew to Kolkata.")
    modi = actor(result, "Modi")
    assert modi.type == "person"
    assert len(modi.evidence) == 2
    assert actor(result, "Wong").type == "person"


def test_known_given_name_marks_a_person_without_any_cue() -> None:
    result = extract_text("Talks were chaired by Maria Fernanda Espinosa and Juan Carlos Pinzón.")
    assert {a.name for a in result.actors if a.type == "person"} == {
        "Maria Fernanda Espinosa",
        "Juan Carlos Pinzón",
    }


def test_given_name_rule_leaves_places_and_companies_alone() -> None:
    result = extract_text("Officials met at Naval Group in Kuala Lumpur with Hyundai Rotem staff.")
    assert not [a for a in result.actors if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Minister of Foreign Affairs Nasser Bourita met him.",
            "Nasser Bourita",
            "Minister of Foreign Affairs",
            "",
        ),
        (
            "Cabinet Secretary for Defence Soipan Tuya said so.",
            "Soipan Tuya",
            "Cabinet Secretary for Defence",
            "",
        ),
        (
            "President of Azerbaijan Ilham Aliyev said so.",
            "Ilham Aliyev",
            "President",
            "Azerbaijan",
        ),
    ],
)
def test_title_complement_before_the_name(
    text: str, name: str, role: str, affiliation: str
) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighting continued in the port city of Gwadar.", "Gwadar"),
        ("Extra volumes will flow through the Transmed pipeline.", "Transmed pipeline"),
        ("Output from the giant Zohr field declines.", "Zohr"),
        (
            "The gas will flow through the Trans-Adriatic Pipeline to Italy.",
            "Trans-Adriatic Pipeline",
        ),
    ],
)
def test_named_sites_are_places(text: str, place: str) -> None:
    assert place in [p.name for p in extract_text(text).places]


def test_capital_as_object_of_a_supply_verb_is_the_state() -> None:
    result = extract_text("Moscow will supply Tehran with Su-35 fighter jets.")
    assert {"Russia", "Iran"} <= set(names(result))
    assert not result.places


def test_joint_venture_has_no_buyer_or_seller() -> None:
    [deal] = extract_text(
        "The UAE's EDGE Group agreed with Brazil's Avibras on a joint venture worth $200 million."
    ).deals
    assert (deal.kind, deal.buyer, deal.seller) == ("joint_venture", "", "")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Rear Admiral Edwin, a navy spokesman, spoke.", "Edwin", "Rear Admiral", ""),
        (
            "Bank of Korea Governor Rhee Chang-yong warned.",
            "Rhee Chang-yong",
            "Governor",
            "Bank of Korea",
        ),
        (
            "Oleg Ivanov, a senior official at Rosatom, said so.",
            "Oleg Ivanov",
            "senior official",
            "Rosatom",
        ),
        (
            "Elena Petrova, head of the Russian Export Center, said so.",
            "Elena Petrova",
            "head",
            "Russian Export Center",
        ),
        ("The EGAS chairman, Yassin Mohamed, signed.", "Yassin Mohamed", "chairman", "EGAS"),
        (
            '"We will deliver," said Jana Novak, the company\'s chairman.',
            "Jana Novak",
            "chairman",
            "",
        ),
    ],
)
def test_rank_and_organisation_titles(text: str, name: str, role: str, affiliation: str) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Sonatrach and Eni agreed to raise volumes.", {"Sonatrach", "Eni"}),
        ("Pemex and CFE import about 70% of the gas.", {"Pemex", "CFE"}),
        ("The Vietnam People's Army will operate them.", {"Vietnam People's Army"}),
        ("Shares in Rheinmetall rose 4% in Frankfurt.", {"Rheinmetall"}),
        ("Human Rights Watch criticised the sale.", {"Human Rights Watch"}),
        (
            "Officials from the Ministry of Energy and Mineral Resources said so.",
            {"Ministry of Energy and Mineral Resources"},
        ),
        ("The Comprehensive Economic Partnership Agreement (CEPA) will cut tariffs.", set()),
    ],
)
def test_organisation_cues(text: str, orgs: set[str]) -> None:
    result = extract_text(text)
    assert {a.name for a in result.actors if a.type == "organization"} == orgs


@pytest.mark.parametrize(
    ("text", "places", "states"),
    [
        (
            "Prime Minister Narendra Modi visited Kyiv and Warsaw last week.",
            {"Kyiv", "Warsaw"},
            set(),
        ),
        ("Officials in Islamabad and Beijing said so.", {"Islamabad", "Beijing"}, set()),
        ("The new base worries Washington.", set(), {"United States"}),
        (
            "Cargo will be shipped to Mombasa and Dar es Salaam.",
            {"Mombasa", "Dar es Salaam"},
            set(),
        ),
        ("A base in Cambodia's Preah Sihanouk province.", {"Preah Sihanouk"}, {"Cambodia"}),
    ],
)
def test_capitals_and_areas(text: str, places: set[str], states: set[str]) -> None:
    result = extract_text(text)
    assert {p.name for p in result.places} == places
    assert {a.name for a in result.actors if a.type == "state"} == states


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Rheinmetall has received an order from Hungary for Lynx vehicles worth €2 billion.",
            "Hungary",
            "Rheinmetall",
        ),
        (
            "The United States approved a possible $2.5 billion sale of Abrams tanks to Poland.",
            "Poland",
            "United States",
        ),
        (
            "The $7 billion contract, signed with Lockheed Martin, covers 24 F-35s "
            "for the Czech Republic.",
            "Czech Republic",
            "Lockheed Martin",
        ),
    ],
)
def test_orders_approvals_and_designations(text: str, buyer: str, seller: str) -> None:
    [deal] = extract_text(text).deals
    assert (deal.kind, deal.buyer, deal.seller) == ("arms_sale", buyer, seller)


def test_item_does_not_swallow_the_verb_and_quantity() -> None:
    [deal] = extract_text(
        "Italy's Fincantieri sold two frigates to Indonesia for €1.18 billion."
    ).deals
    assert (deal.item, deal.quantity) == ("frigates", 2)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Opposition leader Rahul Gandhi criticised the deal.",
            "Rahul Gandhi",
            "Opposition leader",
            "",
        ),
        (
            "The head of Russia's Rostec, Sergei Chemezov, said so.",
            "Sergei Chemezov",
            "head",
            "Rostec",
        ),
        (
            "Lt Col Ahmed Saleh, the defence ministry's spokesman, said so.",
            "Ahmed Saleh",
            "spokesman",
            "",
        ),
        (
            "Haluk Gorgun, who heads the Defence Industry Agency, signed.",
            "Haluk Gorgun",
            "head",
            "Defence Industry Agency",
        ),
        ("His Majesty Sultan Haitham bin Tarik received them.", "Haitham bin Tarik", "Sultan", ""),
        (
            "Egypt's Minister of Petroleum and Mineral Resources Karim Badawi signed.",
            "Karim Badawi",
            "Minister of Petroleum and Mineral Resources",
            "Egypt",
        ),
    ],
)
def test_more_title_forms(text: str, name: str, role: str, affiliation: str) -> None:
    person = actor(extract_text(text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_country_is_never_a_person() -> None:
    result = extract_text("Winston Peters, Minister for Foreign Affairs of New Zealand, met him.")
    assert actor(result, "New Zealand").type == "state"


def test_capitalised_short_form_joins_the_last_body_of_that_kind() -> None:
    result = extract_text("Ministry of Defence officials met.\n\nThe Ministry announced the order.")
    assert [a.name for a in result.actors] == ["Ministry of Defence"]
    assert "Ministry" in actor(result, "Ministry of Defence").aliases


def test_word_written_in_lower_case_elsewhere_is_not_an_organisation() -> None:
    result = extract_text("HIGHLIGHTS\n- Deal signed\n- The deal covers jets")
    assert not [a for a in result.actors if a.type == "organization"]


@pytest.mark.parametrize("text", ["READ MORE: Why Egypt buys jets", "The Dialogue resumes in May."])
def test_headings_and_months_are_not_places(text: str) -> None:
    assert not extract_text(text).places


def test_formal_state_name_is_cut_from_a_ministry() -> None:
    result = extract_text("The Ministry of Energy of the Republic of Kazakhstan signed it.")
    ministry = actor(result, "Ministry of Energy")
    assert ministry.country == "KZ" and ministry.affiliation == "Kazakhstan"


def test_first_word_of_a_company_name_is_its_short_form() -> None:
    result = extract_text(
        "Baykar bought Piaggio Aerospace last year. Piaggio, based in Villanova d'Albenga, "
        "employs 700 people."
    )
    assert "Piaggio" in actor(result, "Piaggio Aerospace").aliases
    assert "Villanova d'Albenga" in [p.name for p in result.places]


def test_type_name_before_an_item_noun_is_not_an_organisation() -> None:
    result = extract_text("The deal follows Baykar's sale of Akinci drones to Indonesia.")
    assert "Akinci" not in [a.name for a in result.actors]


def test_capital_as_indirect_object_is_the_state() -> None:
    result = extract_text("Analysts said the move gave Ankara a foothold in Europe.")
    assert "Turkey" in [a.name for a in result.actors]
    assert "Ankara" not in [p.name for p in result.places]


def test_government_of_a_country_is_the_state() -> None:
    text = "The Asian Development Bank and the Government of Sri Lanka signed a $200 million loan."
    result = extract_text(text)
    assert "Government" not in [a.name for a in result.actors]
    [deal] = result.to_json()["deals"]
    assert (deal["borrower"], deal["lender"]) == ("Sri Lanka", "Asian Development Bank")


def test_company_named_for_its_commodity() -> None:
    text = "Sri Lanka's CEB agreed to buy LNG from India's Petronet LNG for $1.1 billion."
    result = extract_text(text)
    assert actor(result, "Petronet LNG").type == "organization"
    assert "LNG" not in [a.name for a in result.actors]
