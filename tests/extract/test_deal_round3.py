"""Deals and parties by kind of wording (issue 10, round 3): made-up sentences, several per kind.

Each kind is a construction unseen copy uses: orders with no price beside a priced deal, a
value sentence that points back to the contract named sentences before, a bank's board acting
for the bank, "have access to" a disbursement, "signed a deal for ... from", and statuses said
with phrases ("cleared the way", "put on hold", "scrapped").
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money
from tests.extract.deal_rows import deals


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Vietnam signed a $500 million deal to buy jets from Russia. Separately, Vietnam "
            "will buy four patrol boats from South Korea's Hanjin.",
            "Vietnam",
            "Hanjin",
        ),
        (
            "Kenya agreed a $200 million loan from the World Bank. The Kenyan army ordered six "
            "helicopters from Italy's Leonardo.",
            "Kenya",
            "Leonardo",
        ),
        (
            "Kazakhstan and France signed a deal on oil worth $4 billion. The Sides welcomed the "
            "agreement under which Kazakhstan will buy two transport aircraft from the French "
            "manufacturer Aerolys.",
            "Kazakhstan",
            "Aerolys",
        ),
    ],
)
def test_an_unpriced_order_beside_a_priced_deal(text: str, buyer: str, seller: str) -> None:
    found = deals(text)
    assert len(found) == 2, found
    assert found[1][:2] == (buyer, seller) and found[1][3] is None
    deal = extract_text(text).deals[1]
    assert deal.why[0].rule == "deal.unpriced"


def test_a_separate_unpriced_deal_with_one_named_side() -> None:
    text = (
        "Tanzania's cabinet approved a $1.1 billion contract with Chinese builder Huaxin Rail "
        "Engineering to build the railway. A separate deal for 20 electric locomotives from "
        "South Korean maker Hanbit Rolling Stock was scrapped last week."
    )
    found = deals(text)
    assert found[1][1] == "Hanbit Rolling Stock" and found[1][4] == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        # a past purchase told as background
        "Chile signed a $300 million deal to buy six radars from Israel. Chile bought four "
        "frigates from Britain in 2005.",
        # the priced deal again, in other words
        "Chile signed a $300 million deal to buy six radars from Israel. The deal, the largest "
        "in a decade, covers six radars built by Israel's Elta.",
        # a habit or a volume, not a deal
        "Chile signed a $300 million deal to buy six radars from Israel. Chile still buys "
        "4 million barrels a year from Ecuador.",
        "Chile signed a $300 million deal to buy six radars from Israel. Elta, which also "
        "supplies radars to Peru, will build them.",
        # a headline or a "Related" line
        "Chile signed a $300 million deal to buy six radars from Israel.\n\nRelated:\nPeru "
        "orders four frigates from Spain",
    ],
)
def test_no_unpriced_deal_from_background(text: str) -> None:
    assert len(deals(text)) == 1, deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Zambia awarded a 25-year concession to run the Ndola dry port to Harbourline "
            "Terminals. The question is whether it can deliver. Under the agreement, the "
            "company will invest $250 million in new cranes.",
            "Harbourline Terminals",
            "Zambia",
        ),
        (
            "Peru signed a contract with Navantec for two frigates. Few expected it. The "
            "contract is worth $900 million.",
            "Peru",
            "Navantec",
        ),
    ],
)
def test_a_value_sentence_points_back_past_a_sentence_without_parties(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "The World Bank's Board of Executive Directors approved a US$150 million "
            "development policy financing for Honduras.",
            "Honduras",
            "World Bank",
        ),
        (
            "The African Development Bank's Board of Directors approved a $85 million loan to "
            "Senegal for rural roads.",
            "Senegal",
            "African Development Bank",
        ),
        (
            "The Asian Development Bank's board approved a $30 million grant to Kiribati.",
            "Kiribati",
            "Asian Development Bank",
        ),
    ],
)
def test_a_board_acts_for_its_bank(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    "text",
    [
        "Upon completion of the review, Malawi will have access to a disbursement of SDR 20 "
        "million, the IMF said.",
        "Malawi will have immediate access to SDR 20 million under the Extended Credit Facility.",
    ],
)
def test_access_to_a_disbursement_is_a_loan_to_the_state(text: str) -> None:
    buyer, _seller, kind, _value, _status = deals(text)[0]
    assert (buyer, kind) == ("Malawi", "loan")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Morocco signed a $1 billion deal for tanks from the United States.",
            "Morocco",
            "United States",
        ),
        ("Peru inked a $90 million contract for helicopters from Spain.", "Peru", "Spain"),
    ],
)
def test_the_signer_of_a_deal_for_goods_from_another_buys(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Peru's cabinet cleared the way on Monday for a $400 million contract with Italian "
            "builder Ferrovia Sud, months after the deal was put on hold over costs.",
            "approved",
        ),
        ("Chile gave the go-ahead for a $200 million purchase of radars from Israel.", "approved"),
        ("Peru put the $90 million helicopter contract with Spain on hold.", "suspended"),
        ("Ghana called off a $50 million order for patrol boats from Denmark.", "cancelled"),
        ("The navy has ordered six helicopters from Leonardo for $300 million.", "signed"),
        ("Kenya and Spain finalised a $120 million deal for radars.", "signed"),
    ],
)
def test_status_phrases(text: str, status: str) -> None:
    assert deals(text)[0][4] == status


def test_the_latest_statement_of_an_amount_gives_the_status() -> None:
    text = (
        "Tanzania clears way for $1.1bn rail contract with Chinese builder\n\n"
        "Tanzania's cabinet on Monday approved the $1.1 billion contract with Huaxin Rail "
        "Engineering."
    )
    assert deals(text)[0][4] == "approved"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Gabon awarded a 30-year concession to run the Owendo port to Atlantic Bulk, which "
            "will invest $300 million.",
            "concession",
        ),
        (
            "Senegal signed a production-sharing contract for an offshore oil block with Dakar "
            "Petroleum, which will spend $120 million on drilling.",
            "concession",
        ),
        (
            "Antam Nusantara signed a $300 million offtake agreement to supply nickel ore to "
            "Kumho Cell.",
            "other",
        ),
        (
            "Kyrgyzstan granted a mining licence to Tien Shan Gold, which pledged $80 million.",
            "concession",
        ),
    ],
)
def test_rights_and_offtakes_are_not_goods(text: str, kind: str) -> None:
    """Rights are a concession since brief format 3 (N12-17; "other" before), an offtake
    stays "other": neither is a sale of the goods."""
    assert deals(text)[0][2] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia exported nickel products worth $34 billion last year.",
        "The country shipped about 9 million tonnes last year, worth roughly $1.4 billion.",
        "In 2024 Chile exported copper worth $50 billion.",
    ],
)
def test_a_past_trade_total_is_no_deal(text: str) -> None:
    assert deals(text) == []


def test_a_past_purchase_with_a_new_contract_is_still_a_deal() -> None:
    text = "Chile signed a $300 million contract for radars it had bought from Israel in 2019."
    assert deals(text)[0][3] == "$300 million"


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Two days later Australia announced A$40 million in budget support to Nauru.",
            "Nauru",
            "Australia",
        ),
        ("Japan pledged $15 million in humanitarian aid to Fiji.", "Fiji", "Japan"),
        (
            "Sahelia Energy raised $300 million in a reserve-based lending facility arranged by "
            "the African Export-Import Bank.",
            "Sahelia Energy",
            "African Export-Import Bank",
        ),
        (
            "Aurelia Space SAS said it had been selected by Thailand's space agency GISTDA to "
            "build a satellite under a contract worth €212 million.",
            "GISTDA",
            "Aurelia Space SAS",
        ),
    ],
)
def test_aid_receivers_lenders_and_choosers(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_the_lead_corrects_a_headline_guess() -> None:
    text = (
        "Indonesia's Bumi Nikel inks Rp 5 trillion ore deal with Korea's Hanul Cell\n\n"
        "JAKARTA - Indonesian state miner PT Bumi Nikel has inked an offtake agreement to supply "
        "nickel ore to South Korean battery maker Hanul Cell Co for Rp 5 trillion over five "
        "years, the companies said."
    )
    buyer, seller, *_ = deals(text)[0]
    assert "Hanul" in buyer and "Bumi Nikel" in seller


@pytest.mark.parametrize(
    "text",
    [
        "IMF staff have reached a staff-level agreement on the third review of the ECF "
        "arrangement. Upon Board approval, Malawi will have access to SDR 26.6 million.",
        "The IMF and Zambia reached a staff-level agreement on the second review. Zambia will "
        "have immediate access to about US$185 million.",
    ],
)
def test_access_to_a_fund_drawing_is_a_loan_from_the_fund(text: str) -> None:
    buyer, seller, kind, _value, _status = deals(text)[0]
    assert kind == "loan" and seller in {"IMF", "International Monetary Fund"}
    assert buyer in {"Malawi", "Zambia"}


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Peru needs helicopters, Peru's navy chief said. Peru has waited. The Peru-Spain "
            "helicopter deal is worth €90 million, Peru said.",
            "Peru",
            "Spain",
        ),
        (
            "Pakistan wants submarines. Pakistan's navy said the $2 billion Sino-Pakistani deal "
            "covers eight boats. Pakistan agreed.",
            "Pakistan",
            "China",
        ),
    ],
)
def test_a_verbless_two_state_deal_takes_the_articles_state_as_buyer(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_a_verbless_pair_without_the_articles_state_stays_empty() -> None:
    assert deals("The US-India defence deal is worth $3 billion.")[0][:2] == ("", "")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Ghana will get two patrol ships first built for Denmark's navy in a $140 million "
            "deal with Vestkyst Marine.",
            "Ghana",
            "Vestkyst Marine",
        ),
        (
            "The ships, originally intended for the Danish navy, will go to Ghana under a "
            "$140 million contract.",
            "Ghana",
            "",
        ),
        (
            "Kazakhstan will pay 40 billion tenge for two satellites from Airbus.",
            "Kazakhstan",
            "Airbus",
        ),
    ],
)
def test_who_was_first_meant_to_have_the_goods_is_no_party(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    "text",
    [
        "The company would also have to pay damages of 220 million som before the licence returns.",
        "The miner was told to pay a fine of $2 million for the spill.",
    ],
)
def test_penalties_are_no_deals(text: str) -> None:
    assert deals(text) == []


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Ghana signed a purchase agreement for two patrol ships, officials said. Under the "
            "agreement Vestkyst Marine Ltd will also train 60 Ghanaian sailors and deliver "
            "spare parts.",
            "Ghana",
            "Vestkyst Marine Ltd",
        ),
        (
            "Peru signed a contract for six helicopters. As part of the contract, Aeronaves "
            "Holdings Ltd will supply spare parts and train Peruvian pilots.",
            "",
            "Aeronaves Holdings Ltd",
        ),
    ],
)
def test_a_later_sentence_about_the_same_deal_gives_a_missing_side(
    text: str, buyer: str, seller: str
) -> None:
    found = deals(text)
    assert len(found) == 1 and found[0][1] == seller
    assert found[0][0] in {buyer, "Ministry of Defence", ""}


def test_a_demonym_before_a_noun_is_the_subject_of_nothing() -> None:
    text = "Hanjin Shipbuilding will train Peruvian crews and supply four boats for $90 million."
    buyer, seller, *_ = deals(text)[0]
    assert seller == "Hanjin Shipbuilding" and buyer != "Peru"


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Ghana signed a $100 million contract for two patrol ships with Denmark's Vestkyst "
            "Marine Ltd.",
            "Ghana",
            "Vestkyst Marine Ltd",
        ),
        (
            "Peru signed a $60 million deal for four transport ships from Spain.",
            "Peru",
            "Spain",
        ),
    ],
)
def test_goods_nouns_that_look_like_verbs(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_a_state_signing_for_ships_is_not_their_seller() -> None:
    assert all(d[1] != "Ghana" for d in deals("Ghana signed a contract for two patrol ships."))


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Senegal's Dakar Petroleum signed a production-sharing contract with state oil firm "
            "Petrosen, committing $120 million to exploration.",
            "Dakar Petroleum",
            "Petrosen",
        ),
        (
            "The Sides welcomed the signing by the French company Orleans Energie SA of a "
            "production-sharing contract with the national oil company QazaqMunai Holding. Under "
            "the contract, Orleans Energie will invest 450 billion tenge.",
            "Orleans Energie SA",
            "QazaqMunai Holding",
        ),
        (
            "Harbourline Terminals won a 25-year concession from Zambia to run the Ndola dry "
            "port and will invest $250 million.",
            "Harbourline Terminals",
            "Zambia",
        ),
    ],
)
def test_who_signs_for_rights_and_the_state_firm_that_grants_them(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_a_state_signing_a_psc_with_a_company_grants_it() -> None:
    text = "Suriname signed a production-sharing contract with Petronas for $200 million."
    assert deals(text)[0][:2] == ("Petronas", "Suriname")


def test_of_several_funds_beside_a_drawing_the_international_organisation_lends() -> None:
    text = (
        "An International Monetary Fund (IMF) team reached a staff-level agreement with Honduras "
        "on the review of the Extended Fund Facility. Upon completion of the review, Honduras "
        "will have access to a disbursement of SDR 45.2 million."
    )
    assert deals(text)[0][:2] == ("Honduras", "International Monetary Fund")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("On Monday, China pledged 150 million yuan in aid to Samoa.", "approved"),
        ("Australia announced A$40 million in budget support to Nauru.", "approved"),
        (
            "Norway pledged NOK 150 million in aid to Kenya, to be delivered through the World "
            "Food Programme.",
            "approved",
        ),
        (
            "A Rp 2.4 trillion contract to build a power plant was awarded to PT Wijaya Karsa.",
            "signed",
        ),
        (
            "The Sides welcomed the signing of a production-sharing contract with QazaqMunai "
            "Holding, under which Orleans Energie SA will invest 450 billion tenge.",
            "signed",
        ),
        (
            "IMF staff and Malawi reached a staff-level agreement on the review. Upon Board "
            "approval, Malawi will have access to SDR 26.6 million.",
            "approved",
        ),
        (
            "Gabon awarded a 30-year concession for the Owendo port to Atlantic Bulk SA last "
            "month. Under the agreement, the company will invest CFA 180 billion.",
            "signed",
        ),
    ],
)
def test_status_from_commitments_and_the_sentence_before(text: str, status: str) -> None:
    assert deals(text)[0][4] == status


def test_a_future_cue_is_no_status() -> None:
    text = "Peru's $90 million helicopter contract with Spain will be signed next month."
    assert deals(text)[0][4] != "signed"


def test_a_name_read_inside_an_amount_is_no_party() -> None:
    text = (
        "Gabon awarded a 30-year concession to run the Owendo port to Atlantic Bulk Terminals "
        "SA. Few expected it. Under the agreement, the company will invest CFA 180 billion."
    )
    buyer, _seller, kind, value, _status = deals(text)[0]
    assert (buyer, kind, value) == ("Atlantic Bulk Terminals SA", "other", "CFA 180 billion")


def test_a_country_word_inside_a_company_name_does_not_make_the_articles_state() -> None:
    text = (
        "PT Nusantara Satelit Prima Tbk signed a launch agreement with China Orbit Launch Co. "
        "China Orbit offered the earliest date. China Orbit Launch Co has flown 40 missions. "
        "The satellite was ordered from Franco-Italian maker Orbitalis Space for €290 million."
    )
    found = deals(text)
    priced = next(d for d in found if d[3] == "€290 million")
    assert priced[0] != "China"


def test_a_signed_supply_contract_with_a_yearly_volume_is_a_deal() -> None:
    text = (
        "Vietnam signed a $500 million deal to buy jets from Russia. Laos signed a contract to "
        "buy 60,000 tonnes of jet fuel a year from Thailand's Siam Coastal Tankers Co."
    )
    assert deals(text)[1][:2] == ("Laos", "Siam Coastal Tankers Co")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Wellington would provide 12 million New Zealand dollars for the wharf, to be built "
            "by Harbour & Reef Civil Ltd under a contract signed with the Tongan ministry.",
            "grant",
        ),
        ("Japan pledged $20 million for new patrol boats for Fiji.", "grant"),
        ("Japan will provide a $20 million loan for the port of Suva.", "loan"),
        ("Chile will pay $200 million for radars from Israel.", "arms_sale"),
    ],
)
def test_money_given_outright_is_a_grant_whatever_it_pays_for(text: str, kind: str) -> None:
    assert deals(text)[0][2] == kind


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Norway will lend Kenya $200 million to buy turbines from Siemens Energy AG.",
            "Kenya",
            "Norway",
        ),
        (
            "Kenya secured a $500 million loan from the World Bank to buy vaccines from India's "
            "Serum Institute.",
            "Kenya",
            "World Bank",
        ),
    ],
)
def test_the_seller_of_what_a_loan_buys_is_no_lender(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "The contract covers two frigates for Colombia to be built by Cotecmar Shipyards SA.",
            "Colombia",
            "Cotecmar Shipyards SA",
        ),
        (
            "Two patrol boats were ordered by the Ghanaian navy from Damen Shipyards Group.",
            "Ghana",
            "Damen Shipyards Group",
        ),
        ("Peru ordered six helicopters from Italy's Leonardo SpA.", "Peru", "Leonardo SpA"),
        (
            "Israel Aerospace Industries will supply four radars to Chile, officials said.",
            "Chile",
            "Israel Aerospace Industries",
        ),
    ],
)
def test_an_article_whose_only_deal_has_no_price(text: str, buyer: str, seller: str) -> None:
    found = deals(text)
    assert len(found) == 1 and found[0][:2] == (buyer, seller) and found[0][3] is None


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "The World Bank approved a second tranche of $500 million for Ukraine.",
            "Ukraine",
            "World Bank",
        ),
        ("The IMF released a $700 million tranche to Egypt on Friday.", "Egypt", "IMF"),
        (
            "The IMF approved a 38-month arrangement for Jordan of about $1.2 billion.",
            "Jordan",
            "IMF",
        ),
    ],
)
def test_tranches_and_arrangements_of_a_fund(text: str, buyer: str, seller: str) -> None:
    buyer_got, seller_got, kind, _value, _status = deals(text)[0]
    assert (buyer_got, seller_got, kind) == (buyer, seller, "loan")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "The €90 million sale of six helicopters to Peru was approved by Spain's cabinet on "
            "Tuesday.",
            "Peru",
            "Spain",
        ),
        (
            "The $2 billion purchase of 40 tanks from South Korea was approved by Poland's "
            "government.",
            "Poland",
            "South Korea",
        ),
        ("Peru has agreed to pay Spain €90 million for six helicopters.", "Peru", "Spain"),
        ("Spain will sell Peru six helicopters for €90m.", "Peru", "Spain"),
    ],
)
def test_who_clears_an_export_and_who_is_paid(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_approved_by_a_legislature_names_no_seller() -> None:
    assert deals("The $2 billion sale was approved by Congress in May.")[0][:2] == ("", "")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "A Spanish consortium led by Aeronaves Ibericas SA will deliver six helicopters to "
            "Peru under a €90 million contract.",
            "Peru",
            "Aeronaves Ibericas SA",
        ),
        (
            "A group led by Hanwha Ocean Co won the $1.2 billion contract from Poland.",
            "Poland",
            "Hanwha Ocean Co",
        ),
    ],
)
def test_the_leader_of_a_consortium_acts_for_it(text: str, buyer: str, seller: str) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a $1.5-billion deal", "1500000000", "USD"),
        ("a US$300-million contract", "300000000", "USD"),
        ("a $5-10 million order", "5000000", "USD"),
        ("E£2 billion", "2000000000", "EGP"),
        ("ZMW 1.2 billion", "1200000000", "ZMW"),
        ("MNT 50 billion", "50000000000", "MNT"),
        ("XOF 25 billion", "25000000000", "XOF"),
        ("5 billion kina", "5000000000", "PGK"),
        ("220 million som", "220000000", "KGS"),
        ("2 billion soles", "2000000000", "PEN"),
        ("3 billion meticais", "3000000000", "MZN"),
        ("40 billion kip", "40000000000", "LAK"),
        ("900 million kyat", "900000000", "MMK"),
    ],
)
def test_more_ways_amounts_are_written(text: str, amount: str, currency: str) -> None:
    found = find_money(text)
    assert [(str(m.amount), m.currency) for m in found] == [(amount, currency)]


def test_kwacha_follows_the_article_country() -> None:
    from collections import Counter

    assert find_money("1.2 billion kwacha", Counter({"ZM": 3}))[0].currency == "ZMW"
    assert find_money("50 billion CFA francs", Counter({"GA": 3}))[0].currency == "XAF"


@pytest.mark.parametrize(
    ("text", "buyer", "seller", "kind"),
    [
        (
            "Egypt will receive $1.2 billion from the IMF after the board completed its review.",
            "Egypt",
            "IMF",
            "loan",
        ),
        (
            "Kenya received $500 million in budget support from the World Bank.",
            "Kenya",
            "World Bank",
            "grant",
        ),
    ],
)
def test_money_received_from_a_fund(text: str, buyer: str, seller: str, kind: str) -> None:
    assert deals(text)[0][:3] == (buyer, seller, kind)


def test_money_received_last_year_is_a_total_not_a_deal() -> None:
    assert deals("Egypt received $30 billion in remittances from workers abroad last year.") == []


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Sahelia Energy Ltd operates three fields in Nigeria. It raised $300 million in a "
            "loan from the African Export-Import Bank.",
            "Sahelia Energy Ltd",
            "African Export-Import Bank",
        ),
        (
            "Sahelia Energy Ltd operates three fields in Nigeria. The company raised $300 "
            "million in a loan from the African Export-Import Bank.",
            "Sahelia Energy Ltd",
            "African Export-Import Bank",
        ),
        (
            "Hanwha Ocean Co builds submarines in Geoje. The shipbuilder will supply three boats "
            "to Poland for $2 billion.",
            "Poland",
            "Hanwha Ocean Co",
        ),
    ],
)
def test_it_and_the_company_point_back_to_the_organisation_just_named(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:2] == (buyer, seller)


def test_it_points_to_no_state() -> None:
    text = "Poland needs submarines. It will buy three boats from Hanwha Ocean Co for $2 billion."
    assert deals(text)[0][:2] == ("", "Hanwha Ocean Co")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "The World Bank approved $300 million for Bangladesh to build cyclone shelters.",
            "Bangladesh",
            "World Bank",
        ),
        (
            "The African Development Bank disbursed $45 million to Malawi on Friday.",
            "Malawi",
            "African Development Bank",
        ),
    ],
)
def test_a_bank_that_approves_or_disburses_an_amount_for_a_state_lends(
    text: str, buyer: str, seller: str
) -> None:
    assert deals(text)[0][:3] == (buyer, seller, "loan")


@pytest.mark.parametrize(
    "text",
    [
        "Parliament approved $5 billion for the new budget.",
        "The cabinet approved $40 million for schools.",
    ],
)
def test_a_budget_vote_is_no_deal(text: str) -> None:
    assert deals(text) == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "The Philippine Navy has taken delivery of the first of two frigates built by "
            "Hyundai Heavy Industries under a $337 million contract.",
            "in_delivery",
        ),
        (
            "India received the first batch of S-400 systems under the $5.43 billion deal.",
            "in_delivery",
        ),
        ("Egypt took delivery of all 24 Rafale jets bought for $5.9 billion.", "delivered"),
    ],
)
def test_the_first_units_handed_over_mean_delivery_has_begun(text: str, status: str) -> None:
    assert deals(text)[0][4] == status
