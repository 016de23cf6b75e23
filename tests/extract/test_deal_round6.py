"""Deals and parties by kind of wording (issue 10, round 6): made-up sentences, several per kind.

Each kind was seen on text the rules were not written for; the names here are invented, and
each kind has the cases that must stay as they are.
"""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals

APPROVED = "approved"


# --- A state's finance ministry approving the financing of a purchase is no lender ----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pacific fleet of the Philippine Navy will receive five new frigates from Hyundai "
            "Heavy Industries. The financing of $1.1 billion was approved by the Department of "
            "Finance.",
            ("Philippine Navy", "Hyundai Heavy Industries", "arms_sale", "$1.1 billion", APPROVED),
        ),
        (
            "Peru will buy 30 electric buses from Yutong. The financing of $45 million was "
            "cleared by the Finance Ministry.",
            ("Peru", "Yutong", "other", "$45 million", "approved"),
        ),
        (
            "The Ghana Navy will receive two offshore patrol vessels from Damen Shipyards. The "
            "Ministry of Finance approved the EUR 120 million financing on Monday.",
            ("Ghana Navy", "Damen Shipyards", "arms_sale", "EUR 120 million", "approved"),
        ),
    ],
)
def test_a_treasury_approving_a_purchase_is_no_lender(
    text: str, expected: tuple[str, str, str, str, str]
) -> None:
    assert deals(text)[:1] == [expected], deals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a finance ministry that lends to another state stays the lender
            "Laos needs cash. Japan's Ministry of Finance approved a $300 million loan to Laos "
            "on Monday.",
            ("Laos", "Ministry of Finance", "loan", "$300 million", "approved"),
        ),
        (  # a bank's financing stays a loan
            "The World Bank approved financing of $200 million for Kenya's roads.",
            ("Kenya", "World Bank", "loan", "$200 million", "approved"),
        ),
    ],
)
def test_lenders_that_stay_lenders(text: str, expected: tuple[str, str, str, str, str]) -> None:
    assert deals(text)[:1] == [expected], deals(text)


# --- A side named by a description that points back to one named company or state ----------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Daewon Shipbuilding Co. is based in Changwon. Senegal signed a $120 million contract "
            "with the Changwon-based manufacturer for four ferries.",
            "Senegal",
            "Daewon Shipbuilding Co",
        ),
        (
            "Navantia has built ships for decades. Peru ordered two patrol vessels worth EUR 300 "
            "million from the Spanish yard on Monday.",
            "Peru",
            "Navantia",
        ),
        (
            "Orlando Motors makes buses in Brazil. Chile signed a $40 million contract with the "
            "company for 80 buses.",
            "Chile",
            "Orlando Motors",
        ),
        (
            "Saudi Arabia is expanding its navy. Fincantieri will supply four corvettes worth $2 "
            "billion to the kingdom.",
            "Saudi Arabia",
            "Fincantieri",
        ),
        (
            "Bahrain has a small shipyard. Jordan will buy 40 vehicles worth $80 million from the "
            "kingdom.",
            "Jordan",
            "Bahrain",
        ),
    ],
)
def test_a_description_points_back_to_the_one_actor_it_fits(
    text: str, buyer: str, seller: str
) -> None:
    assert [(d[0], d[1]) for d in deals(text)][:1] == [(buyer, seller)], deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # two companies fit "the company": no guess between them
            "Orlando Motors Ltd and Ferrante Buses SpA make buses. Chile signed a $40 million "
            "contract with the company for 80 buses.",
            "",
            "",
        ),
        (  # the name follows the description: the name is the side
            "Tanaka Anode Corp. makes anodes. Ghana signed a $30 million offtake deal with the "
            "Korean anode maker Hanwol Anode Materials.",
            "Hanwol Anode Materials",  # "offtake with Y" names the buyer
            "Ghana",
        ),
        (  # "the Spanish yard" with no Spanish company before stays Spain
            "Peru ordered two patrol vessels worth EUR 300 million from the Spanish yard.",
            "Peru",
            "Spain",
        ),
        (  # "the kingdom" does not fit a republic
            "Chile is expanding its navy. Fincantieri will supply four corvettes worth $2 "
            "billion to the kingdom.",
            "",
            "Fincantieri",
        ),
    ],
)
def test_descriptions_that_fit_none_or_several_stay_as_they_were(
    text: str, buyer: str, seller: str
) -> None:
    assert [(d[0], d[1]) for d in deals(text)][:1] == [(buyer, seller)], deals(text)


# --- A contract with X put on hold is a suspended deal with X as a side ---------------------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Ghana froze its contract with Marlow Aerospace Ltd for two helicopters.",
            "Ghana",
            "Marlow Aerospace Ltd",
        ),
        ("Bolivia put its contract with Volga Energy on hold.", "Bolivia", "Volga Energy"),
        ("The contract with Tecnovia SA has been frozen since May.", "", "Tecnovia SA"),
        (
            "Kenya's contract with Norinco for 30 armoured vehicles is on hold, officials said.",
            "Kenya",  # "Kenya's contract with X": X is not Kenya's company
            "Norinco",
        ),
        (
            "Bolivia's deal with Marlow Aerospace Ltd for two helicopters was put on hold.",
            "Bolivia",
            "Marlow Aerospace Ltd",
        ),
    ],
)
def test_a_contract_on_hold_is_a_suspended_deal(text: str, buyer: str, seller: str) -> None:
    assert [(d[0], d[1], d[4]) for d in deals(text)] == [(buyer, seller, "suspended")], deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia put its contract with Volga Energy up for review.",  # not on hold
        "The order was frozen in 2019, long before the talks with Volga Energy began.",
        "Ghana froze the accounts of Marlow Aerospace Ltd.",  # no contract
    ],
)
def test_no_hold_no_suspended_deal(text: str) -> None:
    assert all(d[4] != "suspended" or not d[1] for d in deals(text)), deals(text)


# --- A price told a sentence or a paragraph after its deal is that deal's ------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile has ordered 40 electric buses from Hanwol Motors Ltd, the transport ministry "
            "said on Monday.\n\nThe buses will be built in Ulsan. Hanwol Motors Ltd said the "
            "order was worth $80 million.",
            ("Chile", "Hanwol Motors Ltd", "$80 million"),
        ),
        (
            "Vietnam signed a deal with Baltic Rail AB for 20 trams on Friday.\n\nOfficials gave "
            "few details. Vietnam will pay $300 million over five years.",
            ("Vietnam", "Baltic Rail AB", "$300 million"),
        ),
        (
            "Tanzania has ordered six ferries from Kestrel Marine Ltd.\n\nDelivery starts in "
            "2027. Kestrel Marine Ltd put the value of the order at EUR 90 million.",
            ("Tanzania", "Kestrel Marine Ltd", "EUR 90 million"),
        ),
        (  # two paragraphs away, the value sentence naming nobody
            "Zambia has ordered six locomotives from Kestrel Rail Ltd, the ministry said.\n\n"
            "The engines will be built in Durban at the works of Kestrel Rail Ltd. Each will "
            "pull 40 wagons.\n\nThe order is worth $90 million, according to a filing.",
            ("Zambia", "Kestrel Rail Ltd", "$90 million"),
        ),
    ],
)
def test_a_price_after_its_deal_takes_the_deals_sides(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert [(d[0], d[1], d[3]) for d in deals(text)] == [expected], deals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a loan for the order is a deal of its own
            "Vietnam signed a deal with Baltic Rail AB for 20 trams on Friday. The World Bank "
            "will lend Vietnam $300 million for the line.",
            ("Vietnam", "World Bank", "$300 million"),
        ),
        (  # a separate order with a side the first deal lacks
            "Vietnam signed a deal with Baltic Rail AB for 20 trams on Friday. Separately, "
            "Vietnam will buy 10 buses from Hanwol Motors Ltd for $30 million.",
            ("Vietnam", "Hanwol Motors Ltd", "$30 million"),
        ),
    ],
)
def test_other_priced_deals_stay_apart(text: str, expected: tuple[str, str, str]) -> None:
    found = deals(text)
    assert [(d[0], d[1], d[3]) for d in found][:1] == [expected], found
    assert len(found) == 2, found


# --- "we" in an interview's answers is the interviewee's organisation -----------------------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Ghana Ports Authority director general Kofi Mensah-Bonsu spoke to us in Accra.\n\n"
            "Q: What did you buy this year?\nA: We ordered four tugboats from Daewon "
            "Shipbuilding Co. for $60 million in March.",
            "Ghana Ports Authority",
            "Daewon Shipbuilding Co",
        ),
        (
            "Lagos Metro Authority chief executive Jane Wambui Otieno spoke to our reporter in "
            "Lagos.\n\nQ: Any new suppliers?\nA: Yes. We signed a contract with Nordwind GmbH for "
            "30 trams worth EUR 45 million.",
            "Lagos Metro Authority",
            "Nordwind GmbH",
        ),
    ],
)
def test_we_in_an_answer_is_the_interviewees_organisation(
    text: str, buyer: str, seller: str
) -> None:
    assert [(d[0], d[1]) for d in deals(text)] == [(buyer, seller)], deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # not an interview: "we" stays nobody
            "Ghana Ports Authority director general Kofi Mensah-Bonsu spoke to us in Accra. We "
            "ordered four tugboats from Daewon Shipbuilding Co. for $60 million, a source said.",
            "",
            "Daewon Shipbuilding Co",
        ),
        (  # an answer about another buyer
            "Ghana Ports Authority director general Kofi Mensah-Bonsu spoke to us in Accra.\n\n"
            "Q: What did Togo buy?\nA: Togo ordered four tugboats from Daewon Shipbuilding Co. "
            "for $60 million. We were not involved.",
            "Togo",
            "Daewon Shipbuilding Co",
        ),
        (  # no organisation introduced: "we" stays nobody
            "Q: Any new suppliers?\nA: Yes. We signed a contract with Nordwind GmbH for 30 trams "
            "worth EUR 45 million.",
            "",
            "Nordwind GmbH",
        ),
    ],
)
def test_we_outside_an_interview_answer_is_no_side(text: str, buyer: str, seller: str) -> None:
    assert [(d[0], d[1]) for d in deals(text)] == [(buyer, seller)], deals(text)


def test_a_possessor_before_a_describing_noun_still_owns_the_company() -> None:
    text = (
        "South Korea's state-owned shipbuilder Hanwol Marine will build two frigates for Peru "
        "for $900 million."
    )
    assert [(d[0], d[1]) for d in deals(text)] == [("Peru", "Hanwol Marine")], deals(text)
