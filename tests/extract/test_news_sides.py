"""Deal sides as news tells them (round 14): made-up sentences in several wordings, with the
ones that must stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> list[tuple[str, str]]:
    return [(row[0], row[1]) for row in deals(text)]


# A side named by its part in the deal, a sentence after the deal.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "The buyer, X, is ..."
            "Halvorsen Kapital AS said on Monday it would sell its 40% stake in Tana Geothermal "
            "Ltd for $180 million. The buyer, Rift Valley Power Holdings, is a listed producer.",
            ("Rift Valley Power Holdings", "Halvorsen Kapital AS"),
        ),
        (  # "The purchaser is X"
            "Halvorsen Kapital AS has agreed to sell its cement unit for 95 million euros. The "
            "purchaser is Dunarea Materiale SRL, a Romanian builder.",
            ("Dunarea Materiale SRL", "Halvorsen Kapital AS"),
        ),
        (  # "X, the seller, ..."
            "Rift Valley Power Holdings will pay $180 million for a 40% stake in the Olkaria "
            "plant. Halvorsen Kapital AS, the seller, has owned the stake since 2015.",
            ("Rift Valley Power Holdings", "Halvorsen Kapital AS"),
        ),
        (  # a loan reads only borrower and lender: "The lender, X, ..."
            "Tana Geothermal Ltd has raised a $90 million loan to drill six wells. The lender, "
            "Kestrel Infrastructure Partners LLC, has financed two plants in Kenya.",
            ("Tana Geothermal Ltd", "Kestrel Infrastructure Partners LLC"),
        ),
    ],
)
def test_a_part_named_after_the_deal_is_that_side(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


def test_the_named_part_is_a_mention_later_on() -> None:
    # "The buyer, X, ..." and then "lend the buyer $120 million": X borrows.
    text = (
        "Halvorsen Kapital AS said it would sell its stake in Tana Geothermal Ltd for $180 "
        "million. The buyer, Rift Valley Power Holdings, is a listed producer. Nordvik Bank ASA "
        "has agreed to lend the buyer $120 million over seven years."
    )
    assert ("Rift Valley Power Holdings", "Nordvik Bank ASA") in _sides(text)


@pytest.mark.parametrize(
    "text",
    [
        # a trade part says nothing of a loan's sides
        "Tana Geothermal Ltd has raised a $90 million loan to drill six wells. The buyer, "
        "Rift Valley Power Holdings, is a listed producer.",
        # "the buyer" named nowhere: no side from it
        "Halvorsen Kapital AS said it would sell its stake in Tana Geothermal Ltd for $180 "
        "million. The buyer was not named.",
    ],
)
def test_no_side_from_a_part_that_does_not_fit(text: str) -> None:
    assert "Rift Valley Power Holdings" not in {side for row in _sides(text) for side in row}
    assert all(row[0] == "" or row[0] != "Rift Valley Power Holdings" for row in _sides(text))


def test_a_part_named_for_another_deal_far_away_is_left() -> None:
    filler = " ".join(["The plant has run since 2009 and employs 300 people nearby."] * 12)
    text = (
        "Halvorsen Kapital AS said it would sell its stake in Tana Geothermal Ltd for $180 "
        f"million. {filler} The buyer, Rift Valley Power Holdings, is a listed producer."
    )
    assert ("Rift Valley Power Holdings", "Halvorsen Kapital AS") not in _sides(text)


# A lead told by descriptions, the bodies named in the next sentence.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the subject buys
            "The operator of the Riga tram network has agreed to buy 20 low-floor trams from a "
            "Czech manufacturer for 84 million euros. Riga City Transport Ltd, which runs the "
            "network, signed the contract with Moravia Tramcar a.s. on Friday.",
            ("Riga City Transport Ltd", "Moravia Tramcar a.s."),
        ),
        (  # the subject sells: the other side named after "with" buys
            "A Gdańsk shipbuilder will sell three ferries to a Norwegian operator for 150 "
            "million euros. Baltic Hull Works SA inked the deal with Fjordline Ferjer AS in "
            "Oslo on Tuesday.",
            ("Fjordline Ferjer AS", "Baltic Hull Works SA"),
        ),
        (  # "has ordered"; an apposition between the name and the signing
            "The state's water utility has ordered 40 pumps worth $12 million. Karoo Water "
            "Board, set up in 1998, signed the order with Hydrotec Pumps GmbH last week.",
            ("Karoo Water Board", "Hydrotec Pumps GmbH"),
        ),
    ],
)
def test_a_lead_of_descriptions_takes_the_names_of_the_next_sentence(
    text: str, sides: tuple[str, str]
) -> None:
    assert _sides(text)[0] == sides


@pytest.mark.parametrize(
    "text",
    [
        # "X and Y signed": no direction
        "The operator of the Riga tram network has agreed to buy 20 trams for 84 million "
        "euros. Riga City Transport Ltd and Moravia Tramcar a.s. signed the contract on Friday.",
        # another contract, not "the contract" just told
        "The operator of the Riga tram network has agreed to buy 20 trams for 84 million "
        "euros. Riga City Transport Ltd signed a separate contract with Moravia Tramcar a.s.",
    ],
)
def test_no_sides_from_a_next_sentence_that_gives_no_direction(text: str) -> None:
    # The priced trams deal takes no sides from it (round 20: "signed a separate contract
    # with" is an unpriced deal of its own, the signer buying; deal_firm_pair).
    priced = [(row[0], row[1]) for row in deals(text) if row[3]]
    assert priced and ("Riga City Transport Ltd", "Moravia Tramcar a.s.") not in priced


# A priced loan or grant that pays for the purchase told before it.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # "The purchase will be financed with a $X loan from Y", a state named after it
            "Riga City Transport Ltd has agreed to buy 20 trams from Moravia Tramcar a.s. for "
            "84 million euros. The purchase will be financed with a 60 million euro "
            "loan from Nordvik Bank ASA, guaranteed by Norway's export credit agency.",
            ("Riga City Transport Ltd", "Nordvik Bank ASA"),
        ),
        (  # "The works are paid for by a grant from X"
            "The Ministry of Water awarded a KSh 800 million contract to Pwani Builders Ltd "
            "to rebuild the dam. The works are paid for by a KSh 500 million grant from "
            "Denmark.",
            ("Ministry of Water", "Denmark"),
        ),
    ],
)
def test_a_loan_paying_for_a_purchase_goes_to_its_buyer(text: str, sides: tuple[str, str]) -> None:
    assert sides in _sides(text)


def test_a_borrower_the_loan_sentence_names_stays() -> None:
    text = (
        "Riga City Transport Ltd signed a contract with Moravia Tramcar a.s. for 20 trams worth 84 "
        "million euros. Riga City Council's part will be financed with a 30 million euro loan "
        "from Nordvik Bank ASA."
    )
    assert ("Riga City Transport Ltd", "Nordvik Bank ASA") not in _sides(text)


def _actors(text: str) -> set[str]:
    from briefdesk.extract import extract_text

    return {actor.name for actor in extract_text(text).actors}


# A dateline's dash opens the lead's first clause: its stopwords are no part of a name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "JAKARTA, July 2 - When Fjordkraft Invest AS said it would sell its stake, few "
            "were surprised.",
            "Fjordkraft Invest AS",
        ),
        (
            "OSLO, March 3 (Reuters) – After Halvorsen Kapital AS sold its stake, shares rose.",
            "Halvorsen Kapital AS",
        ),
        (
            "NAIROBI — While Tana Power Ltd waits for its licence, the ministry has moved on.",
            "Tana Power Ltd",
        ),
    ],
)
def test_a_stopword_after_a_dateline_dash_is_no_part_of_a_name(text: str, name: str) -> None:
    found = _actors(text)
    assert name in found
    assert not any(other.endswith(name) and other != name for other in found)


def test_a_dash_inside_a_name_keeps_it_whole() -> None:
    # an unspaced hyphen is no clause break
    assert "Rolls-Royce Holdings plc" in _actors(
        "LONDON, May 4 - Rolls-Royce Holdings plc said it had won an engine order."
    )


# Giving a figure is no giving of money: the amount after it is the price told before.
@pytest.mark.parametrize(
    "text",
    [
        "Vietnam will buy 20 howitzers from South Korea. He gave no price, but two officials "
        "said the package was worth about $310 million.",
        "Vietnam will buy 20 howitzers from South Korea. The minister did not give a figure; "
        "officials put the package at $310 million.",
        "Vietnam will buy 20 howitzers from South Korea. Officials, who gave no details of "
        "the talks, said the package was worth $310 million.",
    ],
)
def test_a_figure_given_is_no_grant(text: str) -> None:
    rows = deals(text)
    assert [row[2] for row in rows if row[3]] == ["arms_sale"]
    assert [(row[0], row[1]) for row in rows if row[3]] == [("Vietnam", "South Korea")]


@pytest.mark.parametrize(
    "text",
    [
        "Japan gave no details of the talks but said it would provide $5 million for patrols.",
        "Japan gave Mongolia $5 million for the hospital.",
    ],
)
def test_money_given_stays_a_grant(text: str) -> None:
    assert [row[2] for row in deals(text)] == ["grant"]


# A body described after a preposition and named in the apposition that follows.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Last year the Kenya Navy bought two patrol boats from a Dutch yard, Damstra "
            "Shipbuilding BV, for KSh 900 million.",
            ("Kenya Navy", "Damstra Shipbuilding BV"),
        ),
        (
            "Halvorsen Kapital AS sold its 40% stake for $60 million to a local developer, "
            "Kivu Estates Ltd.",
            ("Kivu Estates Ltd", "Halvorsen Kapital AS"),
        ),
        (
            "Egypt's Ministry of Transport signed a $45 million contract with an Italian "
            "manufacturer, Ferrante Rotabili SpA, for 12 locomotives.",
            ("Ministry of Transport", "Ferrante Rotabili SpA"),
        ),
    ],
)
def test_a_described_body_named_in_an_apposition_is_the_side(
    text: str, sides: tuple[str, str]
) -> None:
    buyer, seller = _sides(text)[0]
    assert sides[0].lower() in buyer.lower() and seller == sides[1]


def test_an_apposition_that_goes_on_names_no_side() -> None:
    # "a Dutch yard, Damstra and two others": a list, not the one body
    text = (
        "Last year the Kenya Navy bought two patrol boats from a Dutch yard, Damstra "
        "Shipbuilding BV and two others, for KSh 900 million."
    )
    assert _sides(text)[0][1] != "Damstra Shipbuilding BV"


# "We" in an official's quotation is the speaker's body, else the speaker's state.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # the attribution after the quotation, "told"
            '"We will buy 20 howitzers from South Korea for $310 million," Vietnamese Defence '
            "Minister Tran Quoc Vinh told lawmakers.",
            ("Vietnam", "South Korea"),
        ),
        (  # "said <name>, <state>'s <post>"
            '"We have ordered 20 howitzers worth $310 million from South Korea," said Tran '
            "Quoc Vinh, Vietnam's defence minister.",
            ("Vietnam", "South Korea"),
        ),
        (  # the attribution before the quotation; the speaker's state sells
            'Italian Defence Minister Carlo Ferretti said: "We will sell the two frigates to '
            'Indonesia for $900 million."',
            ("Indonesia", "Italy"),
        ),
        (  # a company's executive: the company
            '"We signed a $40 million contract with Kenya Power for 300 transformers," said '
            "Amina Hassan, chief executive of Rift Electrical Ltd.",
            ("Kenya Power", "Rift Electrical Ltd"),
        ),
    ],
)
def test_we_in_a_quotation_is_the_speaker_s_side(text: str, sides: tuple[str, str]) -> None:
    assert _sides(text)[0] == sides


@pytest.mark.parametrize(
    "text",
    [
        # "they" is not the speaker
        '"They will buy 20 howitzers from South Korea for $310 million," Vietnamese Defence '
        "Minister Tran Quoc Vinh told lawmakers.",
        # no speaker named in the attribution
        '"We will buy 20 howitzers from South Korea for $310 million," a spokesman told '
        "reporters in Hanoi.",
    ],
)
def test_we_without_a_named_speaker_names_nobody(text: str) -> None:
    assert _sides(text)[0][0] != "Vietnam"
