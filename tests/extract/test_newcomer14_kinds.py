"""Kinds a first-time user met on invented documents (newcomer14 N14-15, N14-29, N14-33,
N14-36), each with made-up sentences or fragments in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _items(text: str) -> list[tuple[str, int | None]]:
    return [(d.item, d.quantity) for d in extract_text(text).deals]


def _orgs(text: str) -> dict[str, str]:
    return {a.name: a.country for a in extract_text(text).actors if a.type == "organization"}


# N14-33: the counted phrase that holds the item noun keeps the designation and the count, so a
# bullet's or headline's vaguer "36 Turkish drones" does not replace it.
@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "• Qatar signs for 12 Italian trainers. Qatar's air force has ordered 12 Falco-K "
            "advanced jet trainers from Italy's Aeromarche in a deal worth $640 million.",
            "Falco-K advanced jet trainers",
            12,
        ),
        (
            "Peru buys Korean boats. The Peruvian Navy agreed to buy 4 Haedo-M coastal patrol "
            "boats from Korea's Sunam Marine for $180 million, the ministry said.",
            "Haedo-M coastal patrol boats",
            4,
        ),
        (
            "Brief: Kenya orders 20 French drones. Kenya will purchase 20 Aviso-T armed drones "
            "from France's Lumen Aero for €95 million.",
            "Aviso-T armed drones",
            20,
        ),
    ],
)
def test_a_counted_designation_is_the_item(text: str, item: str, quantity: int) -> None:
    assert (item, quantity) in _items(text)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "Egypt will buy 24 AW149 utility helicopters from Italy for $1.1 billion.",
            "AW149 utility helicopters",
            24,
        ),
        ("Chile signed a $300 million deal for 8 armed drones from Turkey.", "armed drones", 8),
    ],
)
def test_a_counted_item_keeps_its_count(text: str, item: str, quantity: int) -> None:
    assert (item, quantity) in _items(text)


# N14-33: a firm without a legal form, named with its state ("X Defence of South Korea").
@pytest.mark.parametrize(
    ("text", "firm", "country"),
    [
        (
            "Hanam Defence of South Korea will supply 48 howitzers to Vietnam for $410 million.",
            "Hanam Defence",
            "KR",
        ),
        (
            "The frigates will be built by Baltica Shipbuilding of Poland under a $900 million "
            "contract.",
            "Baltica Shipbuilding",
            "PL",
        ),
        (
            "Indonesia picked Koru Aerospace of Turkey to supply the trainers.",
            "Koru Aerospace",
            "TR",
        ),
    ],
)
def test_a_trade_firm_of_a_state_is_the_firm(text: str, firm: str, country: str) -> None:
    orgs = _orgs(text)
    assert orgs.get(firm) == country
    assert not any(name.startswith(firm + " of") for name in orgs)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Armed Forces of the Philippines will buy 12 jets for $700 million.",
            "Armed Forces of the Philippines",
        ),
        ("The Central Bank of Nigeria said reserves rose.", "Central Bank of Nigeria"),
    ],
)
def test_official_names_keep_their_state(text: str, body: str) -> None:
    assert body in _orgs(text)


# N14-15: a notice's two-cell rows give the deal's item and count.
_NOTICE = """Contract award notice — MD-2026-118

Contracting authority | Defence Materiel Agency, Vilnius, Lithuania
{item_row}
Successful tenderer | Halvard Systems AS, Oslo, Norway
{count_row}
Total value awarded | EUR 96,800,000
Date of award decision | 3 March 2026
"""


@pytest.mark.parametrize(
    ("item_row", "count_row", "item", "quantity"),
    [
        (
            "Title | Short-range air defence launchers and missiles",
            "Quantity | 8 launchers, 64 missiles, spares",
            "Short-range air defence launchers and missiles",
            8,
        ),
        (
            "Subject of the contract | Supply of 40 armoured ambulances",
            "Duration | 2026-2028",
            "armoured ambulances",
            40,
        ),
        ("Description | Coastal surveillance radars", "Qty | 6", "Coastal surveillance radars", 6),
        ("Procedure | Open", "Quantity | 30 tactical trucks, training", "tactical trucks", 30),
    ],
)
def test_a_notice_row_gives_item_and_count(
    item_row: str, count_row: str, item: str, quantity: int
) -> None:
    text = _NOTICE.format(item_row=item_row, count_row=count_row)
    assert (item, quantity) in _items(text)


def test_a_notice_without_item_rows_gets_no_item() -> None:
    text = _NOTICE.format(item_row="Procedure | Open", count_row="Duration | 2026-2028")
    assert [item for item, _count in _items(text)] == [""]


def test_a_wider_table_is_not_read_as_rows() -> None:
    text = _NOTICE.format(item_row="Procedure | Open", count_row="Duration | 2026-2028")
    text += "\nLot | Item | Quantity\n1 | Radars | 6\n"
    assert [item for item, _count in _items(text)] == [""]


# N14-29: the officers of the company whose announcement it is belong to it.
_RELEASE = (
    "{header}\n\nQuarry Gold Limited{define} is pleased to announce a A$40 million placement "
    "to institutional investors.\n\n{officer}\n"
)


@pytest.mark.parametrize(
    ("header", "define", "officer", "person", "role"),
    [
        (
            "ASX ANNOUNCEMENT\n\nQUARRY GOLD LIMITED (ASX: QGL)",
            "",
            "For further information:\nHelen Marsh, Managing Director, +61 8 9200 1100",
            "Helen Marsh",
            "Managing Director",
        ),
        (
            "Market release — 2 March 2026",
            ' ("Quarry" or "the Company")',
            "Chairman and CEO Peter Wilde said the placement was well supported.",
            "Peter Wilde",
            "Chairman and CEO",
        ),
        (
            "Market release",
            " (the “Company”)",
            "This announcement was authorised by Anna Cole, Company Secretary.",
            "Anna Cole",
            "Company Secretary",
        ),
    ],
)
def test_an_issuers_officer_is_affiliated(
    header: str, define: str, officer: str, person: str, role: str
) -> None:
    text = _RELEASE.format(header=header, define=define, officer=officer)
    people = {a.name: a for a in extract_text(text).actors if a.type == "person"}
    assert people[person].role == role
    assert people[person].affiliation.lower() == "quarry gold limited"


@pytest.mark.parametrize(
    "text",
    [
        # No issuer: a news story about a company names its officer, but defines no Company.
        "Quarry Gold Limited raised A$40 million. Managing Director Helen Marsh said demand "
        "was strong.",
        # The issuer's release quotes another firm's officer, named with that firm.
        _RELEASE.format(
            header="QUARRY GOLD LIMITED (ASX: QGL)",
            define="",
            officer="Tom Reed, chief executive of Harlow Capital, said the fund would take part.",
        ),
        # An official's post is no company office.
        _RELEASE.format(
            header="QUARRY GOLD LIMITED (ASX: QGL)",
            define="",
            officer="Mines Minister Rita Osei welcomed the placement.",
        ),
    ],
)
def test_no_issuer_or_no_office_gives_no_affiliation_to_it(text: str) -> None:
    for actor in extract_text(text).actors:
        if actor.type == "person":
            assert actor.affiliation.lower() != "quarry gold limited"


def test_the_issuer_keeps_the_case_its_body_text_writes() -> None:
    text = _RELEASE.format(
        header="ASX ANNOUNCEMENT\n\nQUARRY GOLD LIMITED (ASX: QGL)",
        define=' ("Quarry" or "the Company")',
        officer="Helen Marsh, Managing Director",
    )
    orgs = [a.name for a in extract_text(text).actors if a.type == "organization"]
    assert "Quarry Gold Limited" in orgs and "QUARRY GOLD LIMITED" not in orgs


# N14-29: a loan's side named as an owner's unit in an apposition.
def _sides(text: str) -> list[tuple[str, str]]:
    return [(d.buyer, d.seller) for d in extract_text(text).deals]


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Hanwol Materials Co., Ltd has agreed to advance a US$70 million prepayment facility "
            "to Quarry's Chilean subsidiary, Salar Norte S.A., to fund the plant.",
            "Salar Norte S.A.",
            "Hanwol Materials Co., Ltd",
        ),
        (
            "Korea's Hanwol Bank will lend $70 million to Quarry Gold's local unit, Salar Norte "
            "S.A., for the first stage.",
            "Salar Norte S.A.",
            "Hanwol Bank",
        ),
        (
            "Ghana Gold Ltd secured a $60 million loan from the group's finance arm, Kestrel "
            "Capital Ltd, last month.",
            "Ghana Gold Ltd",
            "Kestrel Capital Ltd",
        ),
    ],
)
def test_an_owners_named_unit_takes_the_loans_side(text: str, buyer: str, seller: str) -> None:
    assert (buyer, seller) in _sides(text)


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        # The unit is the party itself, named first: nothing to fill.
        (
            "The ministry will lend $40 million to Ghana Gold Ltd, a subsidiary of Kestrel "
            "Holdings.",
            "Ghana Gold Ltd",
        ),
        # A possessive unit that is the sentence's subject is no prepositional side.
        (
            "Kestrel's unit said the $40 million loan to Ghana Gold Ltd was signed.",
            "Ghana Gold Ltd",
        ),
    ],
)
def test_no_owned_unit_leaves_the_sides(text: str, buyer: str) -> None:
    assert [b for b, _s in _sides(text)] == [buyer]


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Under a separate facility, Hanwol Materials Co., Ltd will advance US$50 million to "
            "Salar Norte S.A., repayable from deliveries.",
            "Salar Norte S.A.",
            "Hanwol Materials Co., Ltd",
        ),
        # "advanced" is mostly an adjective: the bank stays the lender.
        (
            "Salar Norte S.A. is in advanced talks with Afreximbank for a loan of 90 million "
            "euros.",
            "Salar Norte S.A.",
            "Afreximbank",
        ),
    ],
)
def test_advance_lends(text: str, buyer: str, seller: str) -> None:
    assert (buyer, seller) in _sides(text)
