"""Deal sides of the kinds the retired blind sets showed (issue 10, round 10): made-up
paraphrases that the articles do not contain, with the sentences that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.deal_rows import deals


def _rows(text: str) -> dict[str | None, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text)}


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # "subcontracted X to Y": the subject buys the work, Y does it
            "Ground works: Halvorsen Marine AS has subcontracted the two dry docks, at Bergen and "
            "Stavanger, to Fjordbygg Entreprenør AS under a NOK 310 million contract.",
            "NOK 310 million",
            "Halvorsen Marine AS",
            "Fjordbygg Entreprenør AS",
        ),
        (  # "outsourced X to Y" the same way
            "Kestrel Airways has outsourced its heavy maintenance to Sabaki Aero Services Ltd "
            "in a deal worth $45 million over five years.",
            "$45 million",
            "Kestrel Airways",
            "Sabaki Aero Services Ltd",
        ),
        (  # "the export of N items by A to B": A sells, B buys
            "The board cleared the export of 12 mine-resistant trucks by Karoo Mobility "
            "Ltd to the Zambia Army, valued at R410 million.",
            "R410 million",
            "Zambia Army",
            "Karoo Mobility Ltd",
        ),
    ],
)
def test_frames_of_new_deal_words(text: str, value: str, buyer: str, seller: str) -> None:
    assert _rows(text)[value] == (buyer, seller)


def test_a_charter_to_a_party_makes_it_the_charterer() -> None:
    text = (
        "Piraeus-based Aegean Tankers said it had cancelled a one-year charter of its tanker "
        "Nereid to Coral Bay Shipping Ltd, worth about $9 million."
    )
    assert _rows(text)["about $9 million"][0] == "Coral Bay Shipping Ltd"


def test_a_line_broken_after_with_keeps_the_other_side() -> None:
    # A page wrapped "with" at a line's end, the block ending in a link, not a stop.
    text = (
        "Peru's Ministry of Transport has cancelled a US$80 million contract with\n"
        "Andes Vial Constructora SAC for 40 km of road near Cusco, citing delays.\n"
        "Read more >\n"
    )
    assert _rows(text)["US$80 million"] == ("Ministry of Transport", "Andes Vial Constructora SAC")


def test_a_heading_that_ends_in_with_is_still_a_heading() -> None:
    # A short heading line ending in "with" is rare; a line ending in "by" before a name
    # that is a new sentence is not joined when the line ends a sentence.
    text = "Deals signed.\nKenya signed a $20 million contract with Halden Works Ltd."
    assert _rows(text)["$20 million"] == ("Kenya", "Halden Works Ltd")


@pytest.mark.parametrize(
    ("text", "value", "buyer"),
    [
        (  # a UN agency whose name ends in "Programme" receives the grant
            "Norway will give NOK 90 million to the United Nations Environment Programme "
            "(UNEP) for mangrove restoration in Guinea-Bissau.",
            "NOK 90 million",
            "United Nations Environment Programme",
        ),
        (
            "Denmark has pledged $12 million to the World Food Programme for school meals in "
            "Mali, the ministry said.",
            "$12 million",
            "World Food Programme",
        ),
    ],
)
def test_an_agency_named_programme_is_a_side(text: str, value: str, buyer: str) -> None:
    assert _rows(text)[value][0] == buyer


def test_a_project_named_programme_is_still_no_side() -> None:
    text = (
        "The World Bank approved a $50 million loan to Ghana for the Northern Roads "
        "Improvement Programme on Tuesday."
    )
    assert _rows(text)["$50 million"] == ("Ghana", "World Bank")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # the amount's own sentence
            "The Ministry of Defence signed a GHS 900 million contract with Tema Marine Works "
            "Ltd for four fast patrol craft for the Ghana Navy on Tuesday.",
            "GHS 900 million",
        ),
        (  # the sentence the amount points back to
            "The Ministry of Defence today signed a contract with Tema Marine Works Ltd for the "
            "construction of four fast patrol craft for the Ghana Navy. The contract, worth "
            "GHS 900 million, covers the craft and two years of support.",
            "GHS 900 million",
        ),
        (  # a demonym before the company
            "The Ministry of Defence signed a GHS 900 million contract with Dutch builder "
            "Tema Marine Works Ltd for four fast patrol craft for the Ghana Navy.",
            "GHS 900 million",
        ),
    ],
)
def test_the_signer_buys_not_the_end_user(text: str, value: str) -> None:
    assert _rows(text)[value] == ("Ministry of Defence", "Tema Marine Works Ltd")


def test_the_government_side_buys_when_the_company_signs_first() -> None:
    text = (
        "Kenya Shipyards Ltd signed a KSh 2 billion contract with the Ministry of Defence for "
        "two harbour tugs for the Kenya Navy."
    )
    assert _rows(text)["KSh 2 billion"] == ("Ministry of Defence", "Kenya Shipyards Ltd")


def test_a_beneficiary_after_for_without_a_signing_pair_stays() -> None:
    # No "signed ... with" between a government body and a company: the rule stays out.
    text = (
        "The Treasury released KSh 3 billion for two harbour tugs for the Kenya Navy under a "
        "contract with Kenya Shipyards Ltd."
    )
    assert _rows(text)["KSh 3 billion"][0] == "Kenya Navy"


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # the contract named after the work of the side it is signed with
            "Andes Cobre S.A. has signed an EPC contract with Meridian Plant Builders Ltd worth "
            "$640 million for the concentrator at Quellaveco.",
            "$640 million",
            "Andes Cobre S.A.",
            "Meridian Plant Builders Ltd",
        ),
        (
            "Nordic Cable Holdings AS signed a $90 million cable installation contract "
            "with Baltic Subsea Works Oy for the Gotland link.",
            "$90 million",
            "Nordic Cable Holdings AS",
            "Baltic Subsea Works Oy",
        ),
    ],
)
def test_a_works_contract_with_a_company(text: str, value: str, buyer: str, seller: str) -> None:
    assert _rows(text)[value] == (buyer, seller)


def test_a_gas_supply_agreement_keeps_its_guess() -> None:
    # "supply" alone names no direction: gas and power are supplied either way.
    text = (
        "Andes Cobre S.A. signed a $40 million gas supply agreement with Meridian Gas Ltd "
        "for the Quellaveco plant."
    )
    deal = extract_text(text).deals[0]
    assert all("named after the work" not in r.text for r in deal.why)


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence concluded the contract for 12 drones with the company Gulf "
        "Aero Systems LLC from the United Arab Emirates, in the value of 40 million euros.",
        "The Ministry of Defence signed a contract with Shenzhen Radar Co., Ltd. from China "
        "for coastal radars, with a value of 40 million euros.",
    ],
)
def test_the_state_a_firm_is_from_is_no_side(text: str) -> None:
    buyer, seller = _rows(text)["40 million euros"]
    assert buyer == "Ministry of Defence"
    assert seller not in {"United Arab Emirates", "China"}


def test_one_actor_is_never_both_sides() -> None:
    # "for Brazilian" in the headline is read as a buyer, "Brazilian-made" in the lead as the
    # seller: the weaker reading goes and the article's own state buys.
    text = (
        "Chile signs $310 mln deal for Brazilian trainer jets\n\n"
        "SANTIAGO, March 3 (Reuters) - Chile has signed a US$310 million contract for "
        "Brazilian-made trainer jets, officials said."
    )
    rows = [row for row in deals(text) if row[0] or row[1]]
    assert all(row[0] != row[1] for row in rows)
    assert rows[0][:2] == ("Chile", "Brazil")


@pytest.mark.parametrize(
    ("text", "value", "buyer", "seller"),
    [
        (  # the company that commits the investment holds the rights: it buys
            "The Ministry of Mines granted a 25-year mining licence for the Kabwe North deposit "
            "last week. Under the licence, Copperbelt Ridge Mining Ltd committed to invest "
            "US$410 million in the mine and a concentrator.",
            "US$410 million",
            "Copperbelt Ridge Mining Ltd",
            "Ministry of Mines",
        ),
        (  # the company named nearest before "commits", not the state company before it
            "The second block, awarded with the National Petroleum Company of Kenya, lies "
            "offshore Lamu, where the Norwegian company Fjellvik Petroleum AS commits "
            "US$ 80 million over the first exploration phase.",
            "US$ 80 million",
            "Fjellvik Petroleum AS",
            "",
        ),
    ],
)
def test_the_company_that_commits_the_investment_buys(
    text: str, value: str, buyer: str, seller: str
) -> None:
    got = _rows(text)[value]
    assert got[0] == buyer
    if seller:
        assert got[1] == seller


def test_a_consortium_leader_commits_not_its_partner() -> None:
    text = (
        "The port authority signed the concession on Friday. The consortium, led by Manila "
        "Harbour Terminals Inc. together with the local group Grupo Fonseca SA, committed "
        "itself to invest 400 million dollars over ten years."
    )
    assert _rows(text)["400 million dollars"][0] == "Manila Harbour Terminals Inc"


def test_a_loan_commitment_keeps_its_lender() -> None:
    # Loans and grants are no investment in rights: "committed" there keeps its reading.
    text = "The World Bank committed a US$200 million loan to Zambia for rural roads."
    assert _rows(text)["US$200 million"] == ("Zambia", "World Bank")


def test_a_wire_update_prefix_is_no_part_of_the_first_name() -> None:
    text = (
        "UPDATE 2-Chile signs $900 mln frigate deal with Spanish yard\n\n"
        "SANTIAGO, June 2 (Reuters) - Chile signed a $900 million contract with Astilleros "
        "Cantábricos SA on Tuesday for two frigates, the navy said."
    )
    rows = [row for row in deals(text) if row[3]]
    assert rows[0][:2] == ("Chile", "Astilleros Cantábricos SA")
    names = {a.name for a in extract_text(text).actors}
    assert not any(name.startswith(("2 ", "UPDATE")) for name in names)
