"""Formal documents (round 13): filings, award notices, rulings, sanctions notices, FAQs.

Each rule is a layout or frame true of the genre, tried on made-up sentences in several
wordings, with negatives that must not change.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type.value for a in extract_text(text).actors}


def _deals(text: str) -> list[tuple[str, str, str, str]]:
    """(value as stated, buyer, seller, status) of each deal."""
    return [
        (d.value.as_stated if d.value else "", d.buyer, d.seller, d.status.value)
        for d in extract_text(text).deals
    ]


# --- defined terms: the short form in brackets is the party before it ---------------------
@pytest.mark.parametrize(
    ("text", "party", "term"),
    [
        (
            'Kauri Freight Ltd (NZX: KFL) ("Kauri" or "the Company") today announced a new '
            "chief financial officer. The Company expects revenue to rise.",
            "Kauri Freight Ltd",
            "Company",
        ),
        (
            "The contract was signed with Ostrava Rail Works a.s. (hereinafter \u201cthe "
            "Contractor\u201d) on Monday. The Contractor will finish the depot by 2028.",
            "Ostrava Rail Works a.s.",
            "Contractor",
        ),
        (
            'The claim was brought by Baltica Cement AS (the "Claimant") against the Republic '
            'of Moldova (the "Respondent"). The Claimant sought damages.',
            "Baltica Cement AS",
            "Claimant",
        ),
        (
            "An agreement was signed with Sertão Minerals S.A. (hereinafter referred to as "
            '"the Employer"). The Employer shall pay within 30 days.',
            "Sertão Minerals S.A.",
            "Employer",
        ),
    ],
)
def test_a_defined_role_term_is_the_party_not_an_organisation(
    text: str, party: str, term: str
) -> None:
    result = extract_text(text)
    names = {a.name for a in result.actors}
    assert term not in names and f"the {term}" not in names
    actor = next(a for a in result.actors if a.name == party)
    assert term in actor.aliases
    assert len(actor.evidence) >= 3  # the name, the term in brackets and its later use


def test_a_defined_term_after_a_common_noun_binds_nobody() -> None:
    text = (
        'Lindqvist Marine AB signed a framework agreement (the "Agreement") with Norrland '
        "Ports AB on Monday. The Agreement runs for five years."
    )
    for actor in extract_text(text).actors:
        assert "Agreement" not in actor.aliases and actor.name != "Agreement"


def test_an_acronym_defined_in_quotes_is_the_company_before_it() -> None:
    text = (
        'Pinecrest Holdings agreed to buy Tamarind Cold Chain Pty Ltd ("TXL") for A$40 '
        "million. TXL runs six warehouses."
    )
    actors = {a.name: a for a in extract_text(text).actors}
    assert "TXL" not in actors and "TXL" in actors["Tamarind Cold Chain Pty Ltd"].aliases


# --- a defined side takes its side of the deal ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            'Kauri Freight Ltd ("the Company") has entered into a binding agreement with '
            'Moana Depots Limited (the "Vendor") to acquire 100% of the shares in Pacific Reefer '
            "Services Ltd for NZ$62 million.",
            "Kauri Freight Ltd",
            "Moana Depots Limited",
        ),
        (
            'Under the agreement, Harbour Cranes GmbH (the "Seller") and Port of Mombasa '
            'Terminals Ltd (the "Buyer") agreed a price of EUR 18 million for four cranes.',
            "Port of Mombasa Terminals Ltd",
            "Harbour Cranes GmbH",
        ),
        (
            'Ostrava Rail Works a.s. (hereinafter "the Supplier") will deliver 12 trams to '
            'Skopje City Transport (hereinafter "the Purchaser") under a contract worth '
            "EUR 31 million.",
            "Skopje City Transport",
            "Ostrava Rail Works a.s.",
        ),
    ],
)
def test_a_defined_side_sells_or_buys(text: str, buyer: str, seller: str) -> None:
    deals = _deals(text)
    assert any(b == buyer and s == seller for _v, b, s, _st in deals), deals


def test_a_purchaser_is_no_borrower_by_its_term() -> None:
    text = (
        'The Ministry of Defence (the "Purchaser") will buy the boats. A loan of EUR 50 million '
        "from Banca Ligure will pay for them, the Purchaser said."
    )
    loans = [d for d in extract_text(text).deals if d.kind.value == "loan"]
    assert all(d.buyer != "Ministry of Defence" or "defined" not in str(d.why) for d in loans)


# --- notices: labelled fields give the sides and the status --------------------------------
NOTICE = (
    "NOTICE OF CONTRACT AWARD\n"
    "Reference: MW/2026/11\n\n"
    "Procuring entity: Ministry of Water and Sanitation, Lilongwe\n"
    "Object of the contract: Supply of 40 borehole pumps\n"
    "Successful tenderer: Rift Pumps Ltd, Nairobi, Kenya\n"
    "Contract value: USD 2,310,000\n"
    "Status: {status}\n"
)


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("Contract signed on 2 May 2026", "signed"),
        ("Awarded; contract to be signed", "signed"),
        ("Cancelled after a complaint", "cancelled"),
    ],
)
def test_a_notice_value_line_below_the_heading_takes_the_fields(status: str, expected: str) -> None:
    deals = _deals(NOTICE.format(status=status))
    assert (
        "USD 2,310,000",
        "Ministry of Water and Sanitation",
        "Rift Pumps Ltd",
        expected,
    ) in deals


def test_a_notice_without_a_status_field_keeps_the_status_reported() -> None:
    text = NOTICE.replace("Status: {status}\n", "")
    assert ("USD 2,310,000", "Ministry of Water and Sanitation", "Rift Pumps Ltd", "reported") in (
        _deals(text)
    )


def test_a_contract_and_the_grant_that_pays_it_are_two_deals() -> None:
    text = (
        NOTICE.format(status="Contract signed")
        + "\nThe pumps are financed by a grant of USD 2.3 million from the Kuwait Fund.\n"
    )
    values = {v for v, _b, _s, _st in _deals(text)}
    assert {"USD 2,310,000", "USD 2.3 million"} <= values


def test_a_rounded_restatement_of_the_same_contract_is_still_one_deal() -> None:
    text = (
        "Rift Pumps Ltd won a USD 2.3 million contract from Malawi's Ministry of Water. "
        "The contract, worth USD 2,310,000, covers 40 pumps."
    )
    assert len(_deals(text)) == 1


# --- status: a formal signing --------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Kauri Freight Ltd has entered into a binding share sale agreement with Moana Depots "
        "Limited to buy its reefer business for NZ$62 million.",
        "Kauri Freight Ltd executed a definitive purchase agreement with Moana Depots Limited "
        "for NZ$62 million.",
        "On 3 May Kauri Freight Ltd entered into two supply contracts with Moana Depots Limited "
        "worth NZ$62 million.",
    ],
)
def test_entered_into_an_agreement_is_signed(sentence: str) -> None:
    assert [st for _v, _b, _s, st in _deals(sentence)] == ["signed"]


def test_a_plan_to_enter_into_an_agreement_is_not_signed() -> None:
    sentence = (
        "Kauri Freight Ltd expects to enter into a share sale agreement with Moana Depots "
        "Limited to buy its reefer business for NZ$62 million."
    )
    assert "signed" not in [st for _v, _b, _s, st in _deals(sentence)]


# --- signature and contact blocks: a name line above a post line --------------------------
@pytest.mark.parametrize(
    ("block", "name", "role"),
    [
        (
            "For further information:\nDaniel Okafor\nChief Financial Officer\n",
            "Daniel Okafor",
            "Chief Financial Officer",
        ),
        (
            "Issued by: Tendai Mazvita-Moyo\nDirector of Procurement\n",
            "Tendai Mazvita-Moyo",
            "Director",
        ),
        ("Issued by:\nJoyce Akinyi\nHead, Government Communication Unit\n", "Joyce Akinyi", "Head"),
        (
            "1. Name: Oksana Petrenko\nPosition: General Director of Baltic Tanker Services LLC\n",
            "Oksana Petrenko",
            "General Director",
        ),
        (
            "2. Name: Timur Akhmetov\nPosition: Beneficial owner of Caspian Fuel Trading FZE\n",
            "Timur Akhmetov",
            "Beneficial owner",
        ),
    ],
)
def test_a_signature_block_names_a_person_and_post(block: str, name: str, role: str) -> None:
    text = "The ministry signed the contract on Monday.\n\n" + block
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert (people.get(name) or "").startswith(role), people


def test_a_signed_post_leaves_its_state_out_of_the_role() -> None:
    text = "Yours faithfully,\n\nGrace Kamau\nMinister of Trade of Kenya\n"
    people = {a.name: a.role for a in extract_text(text).actors if a.type.value == "person"}
    assert people.get("Grace Kamau") == "Minister of Trade"


def test_a_post_line_under_a_name_is_no_organisation() -> None:
    text = "The company signed the deal on Monday.\n\nDaniel Okafor\nCompany Secretary\n"
    actors = _actors(text)
    assert actors.get("Daniel Okafor") == "person"
    assert "Company" not in actors and "Company Secretary" not in actors


def test_a_labelled_position_keeps_its_body_for_the_other_rules() -> None:
    text = (
        "Designated today.\n\n1. Name: Oksana Petrenko\n"
        "Position: General Director of Baltic Tanker Services LLC\n"
    )
    assert _actors(text).get("Baltic Tanker Services LLC") == "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Kenya Signs Rail Deal\nDirector of the port quits\n",  # a headline, no given name
        "Rail deal signed.\n\nMaria Lopez\nThe minister said the deal would go ahead.\n",
        "Rail deal signed.\n\nPorto Alegre Terminal\nChief Executive Office\n",
    ],
)
def test_lines_that_are_no_signature_give_no_post(text: str) -> None:
    for actor in extract_text(text).actors:
        assert actor.role not in {"Director of the port quits", "The minister said the deal"}
        assert actor.name != "Porto Alegre Terminal" or actor.type.value != "person"


@pytest.mark.parametrize(
    ("text", "party", "term"),
    [
        (
            "The Claimant, Baltica Cement AS, a Latvian producer, sued the Republic of Moldova. "
            "The Claimant sought USD 40 million.",
            "Baltica Cement AS",
            "Claimant",
        ),
        (
            "The Respondent, Sertão Minerals S.A., denied the claim. The Tribunal found that "
            "the Respondent had breached the contract.",
            "Sertão Minerals S.A.",
            "Respondent",
        ),
    ],
)
def test_a_role_before_the_name_in_commas_is_the_party(text: str, party: str, term: str) -> None:
    result = extract_text(text)
    assert term not in {a.name for a in result.actors}
    assert term in next(a for a in result.actors if a.name == party).aliases


def test_a_plain_word_before_a_name_in_commas_is_no_defined_role() -> None:
    text = "The Minister, Ana Lopes, opened the port. The Minister said trade would grow."
    for actor in extract_text(text).actors:
        assert "Minister" not in actor.aliases or actor.type.value == "person"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Ghana's Attorney-General, Ama Owusu-Ansah, said the state would appeal.",
            "Ama Owusu-Ansah",
            "Attorney-General",
        ),
        (
            "Solicitor-General Peter Kamau told the court the award was void.",
            "Peter Kamau",
            "Solicitor-General",
        ),
        (
            "The Auditor-General, Kofi Mensah-Bonsu, said the accounts were late.",
            "Kofi Mensah-Bonsu",
            "Auditor-General",
        ),
    ],
)
def test_a_hyphenated_general_office_is_a_title(text: str, name: str, role: str) -> None:
    actors = {a.name: a for a in extract_text(text).actors}
    assert actors[name].role == role
    assert role not in actors


# --- a form's labelled field line is no headline --------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "DESIGNATION NOTICE\n\nName: Rift Valley Fuels Ltd\nAddress: Industrial Area, "
            "Nairobi, Kenya\n",
            "Nairobi",
        ),
        ("CONTRACT AWARD\n\n2. Address: Central Stores Yards, Lilongwe, Malawi\n", "Lilongwe"),
    ],
)
def test_a_labelled_field_line_is_no_headline(text: str, place: str) -> None:
    assert place in {p.name for p in extract_text(text).places}


def test_a_title_case_headline_is_still_a_headline() -> None:
    text = "Kenya Signs Rail Deal With Chinese Builders\n\nNairobi signed the deal on Monday.\n"
    assert "Rail Deal" not in _actors(text)


# --- an honorific without its stop is no part of the name -----------------------------------
@pytest.mark.parametrize("honorific", ["Ms", "Mr", "Dr", "Mrs", "Prof"])
def test_an_honorific_without_a_stop_is_no_part_of_the_name(honorific: str) -> None:
    text = f"Questions may be sent to the Hydrogen Commissioner, {honorific} Jane Mwale, today."
    people = {a.name for a in extract_text(text).actors if a.type.value == "person"}
    assert people == {"Jane Mwale"}


# --- Italian and Czech legal forms with lower-case letters --------------------------------
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "We agreed to sell the yard to Cantieri Adriatici S.r.l. for EUR 45 million.",
            "Cantieri Adriatici S.r.l.",
        ),
        ("Officine Liguri S.r.l. will supply the cranes.", "Officine Liguri S.r.l."),
        (
            "The buyer is Constructora Illimani S.R.L., a Bolivian builder.",
            "Constructora Illimani S.R.L.",
        ),
    ],
)
def test_a_lower_case_legal_form_ends_the_firm_name(text: str, firm: str) -> None:
    assert _actors(text).get(firm) == "organization"


# --- a company announcement's own "we" is the company that announces ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Genoa, 7 July - Adriamar Navale S.p.A. today announced its half-year results.\n\n"
        "In a separate transaction, we have agreed to sell our repair yard in Ancona to "
        "Officine Liguri S.r.l. for EUR 45 million.",
        "Brno Tram Works s.r.o. is pleased to announce a new order book record.\n\n"
        "We also sold our bus division to Kolin Motors a.s. for CZK 900 million.",
    ],
)
def test_the_announcements_we_is_the_issuer(text: str) -> None:
    sellers = {s for _v, _b, s, _st in _deals(text)}
    assert sellers & {"Adriamar Navale S.p.A.", "Brno Tram Works s.r.o."}, sellers


def test_a_quoted_we_is_its_speakers_not_the_issuers() -> None:
    text = (
        "Adriamar Navale S.p.A. today announced a new order.\n\n"
        '"We have agreed to sell our depot to Adriamar for EUR 5 million," said Marco Rossi, '
        "chief executive of Ligure Depositi S.p.A."
    )
    assert all(s != "Adriamar Navale S.p.A." for _v, _b, s, _st in _deals(text))
