"""Kinds a first-time user met on invented articles (newcomer12 N12-01, 02, 03, 04, 05, 15, 27,
...), each with made-up paraphrases in several wordings and negatives that must not change."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


def _deals(text: str) -> list[tuple[str, str, str]]:
    """(value as stated, buyer, seller) of each deal."""
    return [
        (d.value.as_stated if d.value else "", d.buyer, d.seller) for d in extract_text(text).deals
    ]


# N12-05 / N12-15: a state a route passes ("via", "through", "across", "transiting") is no side.
@pytest.mark.parametrize(
    "text",
    [
        "Kazakh producer Ertis Oil will supply Poland's Wisla Refining with crude for ten years. "
        "The contract, worth about $4 billion, will ship the oil through Georgia and Turkey.",
        "Qatar's Lusail Gas will sell 2 million tonnes of LNG a year to Slovenia's Sava Energija "
        "in a deal worth €6 billion, with cargoes landed via Croatia.",
        "The €800 million electricity deal will carry power from Norway's Fjell Kraft across "
        "Denmark and Germany to Czech buyer Vltava Energie.",
    ],
)
def test_a_transit_state_is_no_side(text: str) -> None:
    transit = {"Georgia", "Turkey", "Croatia", "Denmark", "Germany"}
    for _value, buyer, seller in _deals(text):
        assert buyer not in transit and seller not in transit


def test_a_state_that_sells_through_no_route_word_keeps_its_side() -> None:
    text = "Turkey signed a $300 million deal to sell 20 armoured vehicles to Georgia."
    assert ("$300 million", "Georgia", "Turkey") in _deals(text)


# N12-15: a name prefix or a region's adjective joined by a dash names no towns of a route.
@pytest.mark.parametrize(
    ("text", "never"),
    [
        (
            "The gas will travel along the Trans-Balkan route through Serbia to Hungary.",
            {"Trans", "Balkan"},
        ),
        ("Officials discussed the Pan-Arab power line in Amman.", {"Pan", "Arab"}),
        ("The Sino-Kazakh pipeline carries gas to Xinjiang.", {"Sino", "Kazakh"}),
    ],
)
def test_a_prefixed_name_is_no_route_of_towns(text: str, never: set[str]) -> None:
    places = {p.name for p in extract_text(text).places}
    assert not places & never


def test_towns_joined_by_a_dash_still_name_a_route() -> None:
    text = "Work began on the Tabora-Kigoma road in Tanzania last week."
    places = {p.name for p in extract_text(text).places}
    assert {"Tabora", "Kigoma"} <= places


# N12-03: what a tribunal or court orders paid is no deal's price (so no purchase with a buyer
# and a seller). Round 14 (N14-07): "ordered X to pay Y $N" is read as an award (kind "award",
# payer and payee), which brief format 3 has; no other kind of deal comes from it.
@pytest.mark.parametrize(
    "text",
    [
        "The tribunal ordered the Republic of Tajikistan to pay the claimant US$212.4 million "
        "plus interest after it cancelled Orvel Copper's licence.",
        "An arbitration panel ordered Venezuela to pay Cordillera Mining $75 million.",
        "The court awarded the Zambian contractor K120 million in damages from the Ministry "
        "of Works.",
        "Ghana must pay Volta Power Ltd $48 million in compensation for the cancelled contract, "
        "the tribunal ruled.",
    ],
)
def test_an_award_to_pay_is_no_deal(text: str) -> None:
    assert all(d.kind == "award" for d in extract_text(text).deals)


def test_an_order_for_goods_is_still_a_deal() -> None:
    text = "Chile ordered six patrol boats from Astilleros Sur for $210 million."
    assert [v for v, _b, _s in _deals(text)] == ["$210 million"]


# N12-01: the price of an option for more units is no deal's value.
@pytest.mark.parametrize(
    "text",
    [
        "The contract includes an option for a further 10 vehicles worth up to EUR 35 million.",
        "Estonia also holds options to order four more boats valued at $60 million.",
    ],
)
def test_an_option_price_is_no_deal(text: str) -> None:
    assert _deals(text) == []


def test_a_contract_priced_with_its_options_keeps_its_value() -> None:
    text = (
        "Latvia signed a contract with Halvard Works for 30 ambulances; the deal, "
        "including options, is worth EUR 90 million."
    )
    assert [v for v, _b, _s in _deals(text)] == ["EUR 90 million"]


# N12-01: the labelled fields of an award notice give the sides of the deal it prices.
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "CONTRACT AWARD NOTICE\n\nContracting authority: Ministry of Defence of the "
            "Republic of Latvia\n\nObject: Supply of 30 armoured ambulances.\n\n"
            "Successful tenderer: Halvard Vehicle Works Oy, Tampere, Finland\n\n"
            "Value of the contract: EUR 96,800,000 excluding VAT.\n",
            "Ministry of Defence",
            "Halvard Vehicle Works Oy",
        ),
        (
            "Tender result\n\nProcuring entity:\nKenya Ports Authority\n\nWinning bidder:\n"
            "Baltic Cranes AB\n\nContract value: US$41 million for four ship-to-shore cranes.\n",
            "Kenya Ports Authority",
            "Baltic Cranes AB",
        ),
    ],
)
def test_labelled_fields_give_the_notice_its_sides(text: str, buyer: str, seller: str) -> None:
    [(_value, got_buyer, got_seller)] = _deals(text)
    assert (got_buyer, got_seller) == (buyer, seller)


# N12-01, N12-30: a state in brackets after a company is its country, not another name for it.
@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Other bidders were Brennmark Fahrzeugbau GmbH (Germany) and others.", "Brennmark"),
        ("The frigates come from Naval Group (France), the ministry said.", "Naval Group"),
    ],
)
def test_a_country_in_brackets_is_no_alias(text: str, company: str) -> None:
    [actor] = [a for a in extract_text(text).actors if a.name.startswith(company)]
    assert actor.aliases == []


def test_an_acronym_in_brackets_is_still_an_alias() -> None:
    text = "The order went to Hindustan Aeronautics Limited (HAL) on Monday."
    [actor] = [a for a in extract_text(text).actors if a.name.startswith("Hindustan")]
    assert "HAL" in actor.aliases


# N12-04: an offer turned down is no going deal.
@pytest.mark.parametrize(
    "text",
    [
        "China offered Wing Loong drones to Astana in 2025 for $200 million but the offer was "
        "rejected.",
        "Officials said Moscow offered Su-35 fighters to Egypt for $2 billion and was turned down.",
        "Egypt declined the offer of 24 Russian jets worth $2 billion.",
    ],
)
def test_a_rejected_offer_is_cancelled(text: str) -> None:
    [deal] = extract_text(text).deals
    assert deal.status == "cancelled"


def test_an_offer_not_turned_down_stays_proposed() -> None:
    [deal] = extract_text("Russia offered Su-35 fighters to Egypt for $2 billion.").deals
    assert deal.status == "proposed"


# N12-02: money written in words, as transcripts and speeches write it.
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Namibia will borrow two point five billion dollars from banks.", "2500000000", "USD"),
        ("The fund has committed eight hundred million dollars.", "800000000", "USD"),
        ("The bank will lend twenty-five million euros to the port.", "25000000", "EUR"),
        ("She said a hundred million pounds would be spent.", "100000000", "GBP"),
    ],
)
def test_an_amount_in_words(text: str, amount: str, currency: str) -> None:
    [money] = find_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    "text",
    [
        "Four hundred million people live in the region.",
        "The field holds seven million barrels.",
        "It took one billion five hundred million dollars of reserves.",  # not half of it
    ],
)
def test_no_amount_in_words_without_a_currency_or_in_part(text: str) -> None:
    assert find_money(text) == []


def test_a_loan_in_words_is_a_deal() -> None:
    text = (
        "PRESENTER (NALEDI SERETSE): Zambia says it will borrow seven hundred million dollars "
        "from the Doha Development Fund to build a dam.\n\nSERETSE: Minister, thank you.\n"
    )
    [deal] = extract_text(text).deals
    assert deal.kind == "loan" and deal.value is not None
    assert deal.value.amount == Decimal("700000000")


# N12-27: a transcript's speaker labels ("KAFUE: ...") are no datelines, so no places.
@pytest.mark.parametrize(
    ("text", "never"),
    [
        (
            "EVENING REPORT\n\nPRESENTER (NALEDI SERETSE): Good evening.\n\nKAFUE: It is a loan "
            "from the Doha Development Fund.\n\nSERETSE: Minister Kafue, thank you.\n",
            "Kafue",
        ),
        (
            "LOBATSE: We will sign the contract next week.\n\nHOST: And the price?\n\n"
            "LOBATSE: About two hundred million dollars.\n",
            "Lobatse",
        ),
    ],
)
def test_a_speaker_label_is_no_dateline(text: str, never: str) -> None:
    assert never not in {p.name for p in extract_text(text).places}


def test_a_dateline_with_a_colon_is_still_a_dateline() -> None:
    text = "NAIROBI: Kenya signed a $300 million loan with the World Bank on Monday.\n"
    assert "Nairobi" in {p.name for p in extract_text(text).places}


def test_a_state_s_own_channel_after_through_keeps_its_side() -> None:
    text = (
        "Peru signed a $90 million contract for 12 Korean trainers, its first purchase "
        "through Korea's government-to-government sales programme."
    )
    assert ("$90 million", "Peru", "South Korea") in _deals(text)


# N12-04: to sign for goods from another is to buy them; a value told after it points back.
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan has signed for 8 armed drones from Turkey's Akdeniz Havacilik, worth "
        "$140 million.",
        "Mongolia signed for four transport helicopters from Ulan Aero in a $60 million deal.",
    ],
)
def test_signing_for_goods_buys_them(text: str) -> None:
    [(_value, buyer, _seller)] = _deals(text)
    assert buyer in {"Kazakhstan", "Mongolia"}


@pytest.mark.parametrize(
    "text",
    [
        "1/ Kazakhstan has signed for 8 armed drones from Akdeniz Havacilik. Value said to be "
        "~$140m.",
        "Mongolia has signed for four helicopters from Ulan Aero. The price, according to two "
        "sources, is around $60 million.",
        "Oman signed for two corvettes from Vosper Marine. Value per our sources ~$300m.",
    ],
)
def test_a_value_told_after_a_signing_for_goods_is_its_value(text: str) -> None:
    deals = extract_text(text).deals
    assert len(deals) == 1 and deals[0].value is not None


def test_a_value_sentence_after_no_purchase_is_no_deal() -> None:
    text = "The minister visited the plant on Monday. Its value is said to be $40 million."
    assert extract_text(text).deals == []


# N12-09: an analyst's own estimative sentence is the first significance candidate.
@pytest.mark.parametrize(
    "sentence",
    [
        "We judge it likely that Egypt will seek further European air-defence systems within "
        "the next two years.",
        "We assess with moderate confidence that Hanoi will order a second batch of frigates.",
        "The authors estimate that Manila is unlikely to finalise the deal before 2028.",
        "In our judgement, the purchase almost certainly reflects a wish to hedge against Moscow.",
    ],
)
def test_an_estimative_sentence_is_offered_first(sentence: str) -> None:
    text = (
        "Egypt signed a contract for 30 fighter jets worth about €3.1 billion, a landmark deal "
        "that underscores a strategic shift and could reduce its reliance on Washington. "
        "The order is financed by a loan from French banks. " + sentence
    )
    significance = extract_text(text).significance
    assert significance and significance[0].sentence == sentence


def test_a_quoted_official_who_expects_is_not_an_estimative_judgment() -> None:
    text = (
        "Egypt signed a contract for 30 fighter jets worth about €3.1 billion. "
        "Officials said they judge the jets suitable for the air force's needs."
    )
    assert all("Officials said" not in s.sentence for s in extract_text(text).significance)


# N12-33: a compound modifier ("Embraer-rival", "Kremlin-linked") is no part of the name after it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The bank agreed to lend 1.5 billion cedis to Tema-rival Volta Cargo Lines for "
            "new cranes.",
            "Volta Cargo Lines",
        ),
        (
            "Separately, BNDES agreed to lend about US$420 million to Embraer-rival Aeroleve "
            "Indústria for a new jet line.",
            "Aeroleve Indústria",
        ),
    ],
)
def test_a_rival_modifier_leaves_the_borrower_named(text: str, name: str) -> None:
    [deal] = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert deal.buyer == name


def test_a_hyphenated_name_keeps_its_parts() -> None:
    text = "Rolls-Royce will supply engines worth $90 million to the Royal Navy."
    assert "Rolls-Royce" in {a.name for a in extract_text(text).actors}


# N12-30: a table's Buyer/Seller/Quantity columns give each priced row's deal its sides and count.
_TABLE = (
    "Quarterly arms transfer digest\n\n"
    "The monitor lists the main contracts of the quarter.\n\n"
    "{header}\n"
    "Chile | Thales Air Systems (France) | Ground Master radars | 4 | €160 million\n"
    "Kenya | Paramount Group (South Africa) | Mbombe armoured vehicles | 40 | $95 million\n"
    "Peru | Hanwha Aerospace (South Korea) | K9 howitzers | 18 | $230 million\n\n"
    "Analyst Maren Solberg said Chile's order was the most advanced of the quarter.\n"
)


@pytest.mark.parametrize(
    "header",
    ["Buyer | Seller | Item | Quantity | Value", "Customer | Supplier | System | Qty | Value"],
)
def test_a_table_row_takes_its_sides_and_count_from_the_columns(header: str) -> None:
    deals = extract_text(_TABLE.format(header=header)).deals
    rows = {(d.buyer, d.seller, d.quantity) for d in deals}
    assert ("Kenya", "Paramount Group", 40) in rows
    assert ("Peru", "Hanwha Aerospace", 18) in rows


def test_a_table_read_from_a_word_file(tmp_path: Path) -> None:
    import docx

    from briefdesk.sources import import_file

    document = docx.Document()
    document.add_paragraph("Arms transfers signed in the quarter.")
    table = document.add_table(rows=3, cols=5)
    for r, row in enumerate(
        [
            ("Buyer", "Seller", "Item", "Quantity", "Value"),
            ("Morocco", "Elbit Systems (Israel)", "ATMOS howitzers", "36", "$250 million"),
            ("Vietnam", "Hindustan Aeronautics (India)", "Dhruv helicopters", "12", "$310 million"),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Analyst Sigrid Halvorsen said Vietnam's order was the largest.")
    path = tmp_path / "digest.docx"
    document.save(str(path))
    deals = extract_text(import_file(path).text).deals
    rows = {(d.buyer, d.seller, d.quantity) for d in deals}
    assert ("Morocco", "Elbit Systems", 36) in rows


def test_a_table_without_side_columns_gives_no_sides() -> None:
    text = (
        "Programme | Item | Value\n"
        "Coastal radar | Ground Master radars | €160 million\n"
        "Armour | Mbombe vehicles | $95 million\n"
    )
    assert all(not d.buyer and not d.seller for d in extract_text(text).deals)


# N12-07: the loan that pays for a purchase is read without an amount; a donor's yearly
# programme figure is no loan.
@pytest.mark.parametrize(
    ("text", "lender"),
    [
        (
            "Egypt signed a contract for 30 fighter jets from Aerodyne Aviation worth about "
            "€3.1 billion. The order is financed by a loan from a consortium of French banks "
            "led by Banque Sorel.",
            "Banque Sorel",
        ),
        (
            "Ghana ordered four patrol boats from Damen Shipyards for €80 million. The boats "
            "will be paid for with an export credit from Nordvik Bank.",
            "Nordvik Bank",
        ),
    ],
)
def test_a_purchase_financed_by_a_loan_gives_the_loan(text: str, lender: str) -> None:
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert [(d.seller, d.buyer) for d in loans] == [(lender, text.split()[0])]


def test_a_yearly_aid_figure_is_no_deal() -> None:
    text = (
        "Washington has repeatedly withheld part of its annual $1.3 billion in military "
        "financing over human rights concerns."
    )
    assert extract_text(text).deals == []


def test_a_purchase_paid_in_cash_gives_no_loan() -> None:
    text = "Ghana ordered four patrol boats from Damen Shipyards for €80 million, paid in cash."
    assert [d.kind for d in extract_text(text).deals if d.kind == "loan"] == []


def test_a_financing_bank_after_its_state_s_possessive_is_the_lender() -> None:
    text = (
        "Botswana ordered two transport aircraft from Iberaero SA. Most of the purchase will be "
        "paid for with a loan from Spain's Banco Castellano, backed by the export credit agency."
    )
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert [(d.seller, d.buyer) for d in loans] == [("Banco Castellano", "Botswana")]


# N12-08: a firm named again without its free-zone or regional legal form is the same firm.
@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The Council added Baltica Grain Trading FZE to its list. It also named the owner "
            "of Baltica Grain Trading.",
            "Baltica Grain Trading FZE",
            "Baltica Grain Trading",
        ),
        (
            "Orders went to Corvin Motors Zrt in May. Corvin Motors said the first trucks would "
            "follow in the autumn.",
            "Corvin Motors Zrt",
            "Corvin Motors",
        ),
    ],
)
def test_a_legal_form_variant_is_one_firm(text: str, full: str, short: str) -> None:
    actors = extract_text(text).actors
    assert short not in {a.name for a in actors}
    assert short in next(a for a in actors if a.name == full).aliases


# N12-08: a byline's role stops at the dash before the date.
@pytest.mark.parametrize(
    "byline",
    [
        "By Lena Kowalczyk, Warsaw correspondent — 12 March 2027",
        "By Lena Kowalczyk, Warsaw correspondent - Tuesday, 12 March",
    ],
)
def test_a_byline_role_has_no_date(byline: str) -> None:
    text = byline + "\n\nPoland signed a $300 million deal for radars from Thales on Monday.\n"
    [person] = [a for a in extract_text(text).actors if a.name == "Lena Kowalczyk"]
    assert person.role == "Warsaw correspondent"


def test_a_role_with_a_dash_and_no_date_keeps_its_words() -> None:
    text = "Kari Nordvik, head of air-defence programmes at Kongsberg, said the deal was signed."
    [person] = [a for a in extract_text(text).actors if a.name == "Kari Nordvik"]
    assert "air-defence" in person.role
