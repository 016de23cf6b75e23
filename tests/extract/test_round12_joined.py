"""Round 12: an unpriced deal beside a priced one needs two sides; they are read when the
sentence joins them to the deal in any usual frame (a date or the goods between the noun and
"with", the pair around "between", a noun phrase "A's offtake with B"), and a licence to make
goods is licensed production with the licensee buying. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_joined import joined_sides
from briefdesk.extract.deal_licence import licence_kind

# A priced deal first: the sentence under test is then read by the unpriced pass.
_PRICED = (
    "Ruritania's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _second_deal(sentence: str) -> tuple[str, str, str] | None:
    deals = extract_text(_PRICED + sentence).deals
    if len(deals) < 2:
        return None
    return deals[1].kind, deals[1].buyer, deals[1].seller


@pytest.mark.parametrize(
    ("sentence", "kind", "sides"),
    [
        (
            "The state utility Kovia Power signed a five-year LNG supply agreement on 3 March "
            "with Brightwater Gas Marketing Ltd, the Dubai-based trader, for its Port Ellis plant.",
            "energy_supply",
            {"Kovia Power", "Brightwater Gas Marketing Ltd"},
        ),
        (
            "Petromar signed a concession agreement on Sunday with Sinai Offshore Resources B.V. "
            "for the West Delta block.",
            "concession",  # "other" before brief format 3 (N12-17)
            {"Petromar", "Sinai Offshore Resources B.V."},
        ),
        (
            "Orion Metals has signed a life-of-mine offtake for its concentrate with "
            "Geneva-based trader Kestrel Smelting SA.",
            "other",
            {"Orion Metals", "Kestrel Smelting SA"},
        ),
        (
            "Westport Terminals has agreed with Bergen-based Fjordline Marine Systems AS that the "
            "latter will supply and integrate the navigation package for the three ferries.",
            "other",
            {"Westport Terminals", "Fjordline Marine Systems AS"},
        ),
        (
            "The contract between Tarrant Yards and the Coast Guard Agency was signed on 2 May; "
            "its value is confidential.",
            "other",
            {"Tarrant Yards", "Coast Guard Agency"},
        ),
    ],
)
def test_two_sides_joined_to_an_unpriced_deal(sentence: str, kind: str, sides: set[str]) -> None:
    second = _second_deal(sentence)
    assert second is not None
    assert second[0] == kind
    assert {second[1], second[2]} == sides


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the utility might one day sign a supply deal with a foreign producer.",
        "The utility has not signed any agreement with Brightwater Gas Marketing Ltd, the "
        "minister said.",
        "The navy signed a contract in 2019 with Tarrant Yards for four tugs, which were "
        "delivered last year.",
    ],
)
def test_no_deal_from_a_wish_a_denial_or_a_past_contract(sentence: str) -> None:
    assert _second_deal(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "joined"),
    [
        ("A signed a ten-year gas sales contract on Friday with Delta Gas Ltd.", True),
        ("A placed an order for six cranes with Nordkran Lifting Oy.", True),
        ("We signed in August with Scheldemond Dredging NV for the channel.", True),
        ("The contract between Kongsvik AS and the Armament Agency was signed.", True),
        ("Norbridge Power and Harbour Grid, a retailer, signed a power purchase agreement.", True),
        ("A signed a contract for the new terminal, which opens with Delta in 2027.", False),
        ("The plan was agreed with reluctance by the two firms.", False),
        ("The agreement comes with conditions attached, the minister said.", False),
        ("Talks between the two governments ended without agreement.", False),
    ],
)
def test_joined_sides_frames(sentence: str, joined: bool) -> None:
    assert joined_sides(sentence) is joined


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        (
            "State-owned Norbridge Shipyard has signed a licence and technology-transfer "
            "agreement with Germany's Weser Werft GmbH to build six 62-metre patrol vessels at "
            "its yard.",
            ("Norbridge Shipyard", "Weser Werft GmbH"),
        ),
        (
            "The remaining 40 will be assembled by Tarrant Vehicle Works, which has concluded a "
            "licence agreement with Harlan Marine Ltd for the assembly of the vehicles at its "
            "plant.",
            ("Tarrant Vehicle Works", "Harlan Marine Ltd"),
        ),
        (
            "Under a second agreement, Harlan Marine licensed the state-owned arms maker Fabrica "
            "Norte SA to assemble the boats in Lima.",
            ("Fabrica Norte SA", "Harlan Marine Ltd"),
        ),
        (
            "The Latvian company Balt Materials SIA will fill and assemble 155 mm shells under "
            "licence from Nordammo AB.",
            ("Balt Materials SIA", "Nordammo AB"),
        ),
    ],
)
def test_a_licence_to_make_goods_is_licensed_production(
    sentence: str, sides: tuple[str, str]
) -> None:
    assert _second_deal(sentence) == ("licensed_production", *sides)


@pytest.mark.parametrize(
    "sentence",
    [
        "The navy also signed a maintenance contract with Harlan Marine Ltd, whose licence to "
        "operate the yard runs to 2030.",
        "Balt Materials SIA holds a licence from the Ministry of Defence to store explosives.",
    ],
)
def test_a_licence_to_operate_is_no_licensed_production(sentence: str) -> None:
    assert licence_kind(sentence) == ""
    second = _second_deal(sentence)
    assert second is None or second[0] != "licensed_production"


@pytest.mark.parametrize(
    "sentence",
    [
        "Westport Terminals has placed an order with Nordkran Lifting Oy for four "
        "ship-to-shore cranes, for delivery in 2028.",
        "Tarrant Yards has ordered six main engines from Rhine Motoren GmbH for the tankers.",
    ],
)
def test_an_unpriced_order_takes_its_kind_from_its_own_sentence(sentence: str) -> None:
    # The patrol boats of the sentence before make no arms sale of cranes or engines.
    second = _second_deal(sentence)
    assert second is not None
    assert second[0] == "other"
