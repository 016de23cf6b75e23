"""Deals whose price is told apart from their sides (issue 10, round 6 continued, the kinds of
tuning articles 144-163): made-up sentences with invented names, and those that must not change.
"""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan Navy has placed an order with Mombasa Yards Ltd for a patrol vessel. The "
            "contract was signed in Nairobi on Monday. The Ministry of Defence put the contract "
            "value at KES 9 billion.",
            ("Kenyan Navy", "Mombasa Yards Ltd", "KES 9 billion", "signed"),
        ),
        (
            "Peru signed a deal on Thursday to buy 12 jets from a Korean manufacturer. The "
            "contract with Hanwol Aerospace was signed in Lima. It is worth 3 billion soles, "
            "officials said.",
            ("Peru", "Hanwol Aerospace", "3 billion soles", "signed"),
        ),
        (
            "Lurio Graphite Lda signed a contract with an engineering house to build the plant. "
            "The contractor, Drakensberg Engineering Ltd, built two plants in the region. The "
            "contract is worth US$96 million.",
            ("", "Drakensberg Engineering Ltd", "US$96 million", "signed"),
        ),
    ],
)
def test_a_price_told_apart_reads_the_sentences_it_points_back_to(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert [(d[0], d[1], d[3], d[4]) for d in deals(text)][:1] == [expected], deals(text)


@pytest.mark.parametrize(
    "text",
    [
        # a loan names its own sides
        "Kenya signed a contract with Mombasa Yards Ltd. The loan is worth KES 9 billion.",
    ],
)
def test_no_sides_are_read_back_across_another_deal(text: str) -> None:
    rows = [d for d in deals(text) if d[3] == "KES 9 billion"]
    assert rows and (rows[0][0], rows[0][1]) == ("", ""), deals(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Two people said the order for two patrol vessels is worth 104 billion CFA francs "
            "and is paid from the state budget rather than with export credit.",
            "arms_sale",
        ),
        (
            "Ghana ordered two ferries worth $40 million from Damen; no export credit was used.",
            "other",
        ),
        ("Ghana took a $40 million export credit from Citibank for two ferries.", "loan"),
    ],
)
def test_an_instrument_not_used_is_no_kind(text: str, kind: str) -> None:
    assert [d[2] for d in deals(text)][:1] == [kind], deals(text)


# --- Unpriced deals told in words the rules lacked ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan Navy has placed an order with state-owned shipbuilder Mombasa Yards Ltd "
            "for a fourth patrol vessel.",
            ("Kenyan Navy", "Mombasa Yards Ltd", "signed"),
        ),
        (
            "Bangladesh Satellite Company Limited has booked the launch with NewSpace India "
            "Limited in a contract signed last month.",
            ("Bangladesh Satellite Company Limited", "NewSpace India Limited", "signed"),
        ),
        (
            "Ghana has also started to receive six armed drones from Turkey's Kuzgun Aerospace.",
            ("Ghana", "Kuzgun Aerospace", "in_delivery"),
        ),
        (
            "Under the deal the Defence Materiel Administration buys the aircraft from the "
            "manufacturer, Norrland Aero AB of Linköping.",
            ("Defence Materiel Administration", "Norrland Aero AB", "reported"),
        ),
    ],
)
def test_unpriced_deals_in_new_words(text: str, expected: tuple[str, str, str]) -> None:
    assert [(d[0], d[1], d[4]) for d in deals(text)][:1] == [expected], deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana received six visitors from Kuzgun Aerospace last week.",
        "The Kenyan Navy has placed a wreath with Mombasa Yards Ltd staff.",
    ],
)
def test_no_unpriced_deal_without_goods_or_order(text: str) -> None:
    assert deals(text) == [], deals(text)


# --- Amounts that are no deal's value --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "The IDB approved a loan of US$180 million for the road. The credit, equivalent to "
            "about 1,252 million bolivianos, has a term of 25 years.",
            ["US$180 million"],
        ),
        (
            "The council reviewed projects in fisheries and tourism worth more than USD 1 "
            "billion, and encouraged firms to sign deals.",
            [],
        ),
        (
            '"We pay more than Tk 150 crore a year for foreign satellite images," said the head '
            "of the satellite company that signed the deal.",
            [],
        ),
        (
            "The cabinet approved the navy's plan to buy three helicopters worth 4.9 billion "
            "baht, but no supplier has been chosen.",
            [],
        ),
        (  # a deal's own yearly terms stay a deal
            "Kenya will pay $40 million a year for ten years to lease two ferries from Damen.",
            ["$40 million"],
        ),
        (  # one project's worth stays a deal
            "Kenya signed a contract for a port project worth $300 million with Damen.",
            ["$300 million"],
        ),
    ],
)
def test_amounts_that_are_no_deals_value(text: str, values: list[str]) -> None:
    assert [d[3] for d in deals(text) if d[3]] == values, deals(text)


# --- Works on an energy asset are no energy supply ------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Albania's state power company KESH has awarded a EUR 34 million contract to "
            "rehabilitate the spillway of the Fierza dam to Idrocostruzioni Piave SpA.",
            "construction",  # format 4 names works under contract (round 14; "other" before)
        ),
        (
            "The plant's engineering, procurement and construction contract, worth $540 million, "
            "has been signed with Jiangsu Huadian Power Construction Co.",
            "construction",
        ),
        (  # energy sold stays a supply
            "Srbijagas will buy 400 million cubic metres of natural gas a year from Caspian "
            "Meridian Trading for $120 million.",
            "energy_supply",
        ),
        (
            "Kenya Power signed a $90 million deal to buy electricity from the new geothermal "
            "plant built by Ormat.",
            "energy_supply",
        ),
    ],
)
def test_works_on_an_energy_asset_are_no_supply(text: str, kind: str) -> None:
    assert [d[2] for d in deals(text)][:1] == [kind], deals(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Propulsion for the three corvettes will come from Wartsila Marine Ltd under a Tk "
            "3.1 billion subcontract placed by Jiangnan Shipyard.",
            "other",
        ),
        (
            "A separate training and support contract for the navy, worth 9.5 billion CFA "
            "francs, was signed with CNE Afrique SAS.",
            "other",
        ),
        (
            "The PhilSA contract for the radar satellite with Hanbit Aerospace Co., worth 4.8 "
            "billion pesos, has been suspended.",
            "other",
        ),
        (  # a weapon named beside the training keeps the arms sale
            "Peru signed a $500 million contract with Saab for 12 fighters and a training and "
            "support package.",
            "arms_sale",
        ),
        ("Ghana will buy two radars worth $40 million from Thales.", "arms_sale"),
    ],
)
def test_services_around_arms_are_no_arms_sale(text: str, kind: str) -> None:
    assert [d[2] for d in deals(text)][:1] == [kind], deals(text)


# --- A memorandum signed without a price is a deal with no sides ----------------------------
def test_a_signed_memorandum_is_a_deal_without_sides() -> None:
    text = (
        "Peru bought two frigates from Navantia for $600 million. Navantia and the state-owned "
        "SIMA Peru also signed a memorandum of understanding on local maintenance."
    )
    assert ("", "", "mou", None, "signed") in deals(text), deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru bought two frigates from Navantia for $600 million. Navantia and SIMA Peru will "
        "sign a memorandum of understanding next year.",
        "Peru bought two frigates from Navantia for $600 million. The navy acts under a "
        "memorandum signed with Spain in 2019.",
        "Peru bought two frigates from Navantia for $600 million. The MoU was signed by the "
        "two ministers.",
    ],
)
def test_no_memorandum_deal_when_none_is_newly_signed(text: str) -> None:
    assert all(d[2] != "mou" for d in deals(text)), deals(text)
