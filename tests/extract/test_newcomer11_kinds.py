"""Kinds a first-time user met on invented articles (newcomer11 N11-01, 02, 04, 24, ...), each
with made-up paraphrases and negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _loan(text: str) -> tuple[str, str]:
    [deal] = [d for d in extract_text(text).deals if d.kind == "loan"]
    return deal.buyer, deal.seller


# N11-01: a loan's guarantor is no borrower (nor lender), nor is the state of its agency.
@pytest.mark.parametrize(
    ("text", "borrower", "lender"),
    [
        (
            "Norway's export credit agency Eksfin will guarantee a loan of 4 billion crowns from "
            "Oslo-based Fjordal Bank to finance part of the frigates.",
            "",
            "Fjordal Bank",
        ),
        (
            "SACE will guarantee a €300 million loan from Lumina Bank for the frigates.",
            "",
            "Lumina Bank",
        ),
        (
            "Atradius, the Dutch credit insurer, will insure a €90 million loan from Rabo Bank "
            "for the dredgers.",
            "",
            "Rabo Bank",
        ),
    ],
)
def test_a_loan_guarantor_takes_no_side(text: str, borrower: str, lender: str) -> None:
    assert _loan(text) == (borrower, lender)


@pytest.mark.parametrize(
    ("text", "borrower", "lender"),
    [
        (
            "Italy's SACE has agreed to guarantee a €300 million loan from Lumina Bank to Egypt "
            "for the ships.",
            "Egypt",
            "Lumina Bank",
        ),
        (
            "Kenya will borrow $300 million from the Arrow Bank, and the bank said the loan was "
            "priced at 5%.",
            "Kenya",
            "Arrow Bank",
        ),
        (
            "Nordvik Bank will lend $50 million for a water plant in Kumasi, Ghana.",
            "Ghana",
            "Nordvik Bank",
        ),
        (
            "Japan will guarantee a $400 million loan from Tokyo-based Sakura Bank to Vietnam "
            "for the metro line.",
            "Vietnam",
            "Sakura Bank",
        ),
    ],
)
def test_loan_sides_without_a_guarantor_stay(text: str, borrower: str, lender: str) -> None:
    """Negatives: a lender and borrower told plainly; a seat ("Tokyo-based") names no borrower."""
    assert _loan(text) == (borrower, lender)


def _arms(text: str) -> list[tuple[str, int | None]]:
    return [(d.item, d.quantity) for d in extract_text(text).deals]


# N11-02 / N11-24: goods describing a maker are no item; the lead's goods beat a headline's.
@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "Chile on Tuesday signed a contract worth $900 million with Italian aircraft maker "
            "Venturi Aerospace for 12 VA-169 medium helicopters.",
            "VA-169 medium helicopters",
            12,
        ),
        (
            "Peru signs $600 million deal for 8 Korean patrol vessels\n\n"
            "LIMA, May 2 - Peru on Tuesday signed a $600 million contract with Hanjin Marine "
            "for 8 Gwangju-class offshore patrol vessels, the navy said.",
            "Gwangju-class offshore patrol vessels",
            8,
        ),
        (
            "Ghana clears $80 million mortar order; Chile wins Peruvian drone contract\n\n"
            "ACCRA, May 2 - Ghana's Armed Forces Council on Monday cleared the purchase of 40 "
            "towed mortars worth $80 million from Accra Arms Ltd, officials said.",
            "towed mortars",
            40,
        ),
    ],
)
def test_the_goods_bought_not_the_makers_words(text: str, item: str, quantity: int) -> None:
    assert _arms(text)[0] == (item, quantity)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "Morocco signs $445 million deal for Canadian armoured vehicles\n\n"
            "RABAT, May 2 - Morocco signed a $445 million contract with Ottawa for the vehicles.",
            "Canadian armoured vehicles",
            None,
        ),
        (
            "Kenya signs $90 million deal for 6 Z-9 helicopters\n\n"
            "NAIROBI, May 2 - Kenya signed a $90 million contract for six helicopters.",
            "Z-9 helicopters",
            6,
        ),
    ],
)
def test_a_headline_item_the_lead_only_repeats_stays(
    text: str, item: str, quantity: int | None
) -> None:
    """Negatives: the lead names the same goods with fewer words, or without the designation."""
    assert _arms(text)[0] == (item, quantity)


# N11-24: a count before three describing words; "towed" describes goods.
@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "Oman's purchase of 10 mobile coastal defence radars from Spain's Indra Radar, worth "
            "about 90 million euros, was suspended.",
            "mobile coastal defence radars",
            10,
        ),
        (
            "Sentinel Systems has won a $40 million order from the Chilean Navy for two "
            "long-range naval search radars.",
            "long-range naval search radars",
            2,
        ),
        (
            "The army ordered 120 towed howitzers worth $900 million from Bharat Field Systems.",
            "towed howitzers",
            120,
        ),
        # round 16: a size is part of the item, the count before it is read (was: no count)
        (
            "Vietnam bought four 81-metre offshore patrol vessels from Damen for $300 million.",
            "81-metre offshore patrol vessels",
            4,
        ),
    ],
)
def test_counted_goods_with_their_describing_words(text: str, item: str, quantity: int) -> None:
    assert _arms(text)[0] == (item, quantity)


# N11-04: a verb before the goods is no part of them.
def test_a_verb_is_no_part_of_the_item() -> None:
    text = "The package, valued at $300 million, includes helicopters and a training centre."
    assert _arms(text)[0][0] == "helicopters"


# N11-04: a continent's adjective is no organisation; a maker that books an order sells.
@pytest.mark.parametrize(
    "text",
    [
        "Norwegian shipyard Vestfjord Verft has booked its first African export order.",
        "Indra booked its first Asian export order in 2019.",
        "The yard has booked its first European export order for the corvette.",
    ],
)
def test_a_region_adjective_is_no_organisation(text: str) -> None:
    names = {a.name for a in extract_text(text).actors}
    assert not names & {"African", "Asian", "European"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Arab League said on Monday it would meet.", "Arab League"),
        ("The European Commission approved the grant.", "European Commission"),
        ("The ships will patrol the Caribbean from next year.", "Caribbean"),
    ],
)
def test_bodies_named_with_a_region_word_stay(text: str, name: str) -> None:
    found = extract_text(text)
    assert name in {a.name for a in found.actors} | {p.name for p in found.places}


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Navantia has booked a $900 million order from Saudi Arabia for five corvettes.",
            "Saudi Arabia",
            "Navantia",
        ),
        (
            "Italian yard Orsini Navale has booked a €400 million export order from Qatar for "
            "two corvettes.",
            "Qatar",
            "Orsini Navale",
        ),
    ],
)
def test_a_maker_that_books_an_order_sells(text: str, buyer: str, seller: str) -> None:
    [deal] = extract_text(text).deals
    assert (deal.buyer, deal.seller) == (buyer, seller)


def test_placing_an_order_still_buys() -> None:
    """Negative: "placed an order" buys, as before."""
    [deal] = extract_text("Poland has placed a $2 billion order with Hanwha for 180 tanks.").deals
    assert deal.buyer == "Poland"


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_text(text).actors}


# N11-08: an occasion before a title ("the Visit of the President") is no organisation.
@pytest.mark.parametrize(
    "text",
    [
        "# Joint Statement on the Visit of the President of Ghana to Japan",
        "Communique on the Inauguration of the President of Malawi",
        "Statement on the Arrival of the President of Kenya in Accra",
    ],
)
def test_an_occasion_before_a_title_is_no_body(text: str) -> None:
    assert "organization" not in _actors(text).values()


def test_a_body_before_a_title_stays() -> None:
    """Negative: a real body before a title still gives the body."""
    actors = _actors("Bank of Ghana Governor Kofi Mensah said the loan was signed.")
    assert actors.get("Bank of Ghana") == "organization"


# N11-24: an aircraft maker's industry word makes a company, not a person.
def test_a_rotorcraft_maker_is_a_company() -> None:
    text = (
        "Uzbekistan received four of ten utility helicopters ordered from Italy's "
        "Laura Rotorcraft under a $200 million deal."
    )
    found = extract_text(text)
    assert _actors(text).get("Laura Rotorcraft") == "organization"
    assert found.deals[0].seller == "Laura Rotorcraft"


# N11-07: "© Crown copyright" names no publisher.
def test_crown_copyright_is_no_organisation() -> None:
    assert "Crown" not in _actors("Help us improve this page\n© Crown copyright")


def test_a_copyright_holder_stays_a_publisher() -> None:
    """Negative: "© 2026 Harbour Ledger Media" names its publisher."""
    assert "Harbour Ledger Media" in _actors("Read more.\n© 2026 Harbour Ledger Media")


# N11-05 (after the round-11 freeze): a sentence that signs for goods buys them, so the name
# after "<goods> from" is their seller, a firm, not a place after a locative.
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Next month we expect to sign for three C-390 transport aircraft from Embraer, about "
            "400 million dollars.",
            "Embraer",
        ),
        (
            "The navy signed for four patrol boats from Halvard Marin, the ministry said.",
            "Halvard Marin",
        ),
        (
            "The air force has a contract for six helicopters from Kestrel Rotor, officials said.",
            "Kestrel Rotor",
        ),
    ],
)
def test_goods_signed_for_come_from_a_firm_not_a_place(text: str, firm: str) -> None:
    result = extract_text(text)
    assert firm not in {p.name for p in result.places}
    assert firm in {a.name for a in result.actors if a.type == "organization"}


def test_the_priced_purchase_signed_for_has_its_seller() -> None:
    text = "We expect to sign for three C-390 transport aircraft from Embraer, about $400 million."
    assert [d.seller for d in extract_text(text).deals] == ["Embraer"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Signing an agreement (not "for" goods): a town after "from" stays a place.
        (
            "Harbour Line signed a charter agreement with the ministry for two ferries from "
            "Port Vila, starting in March.",
            "Port Vila",
        ),
        ("The minister signed for the loan in Tulear, the ministry said.", "Tulear"),
    ],
)
def test_a_place_after_from_or_in_stays_a_place(text: str, place: str) -> None:
    assert place in {p.name for p in extract_text(text).places}


# N11-07 (after the round-11 freeze): a page's menu or footer line copied with the article.
MENU_PAGE = (
    "Skip to main content\n"
    "Home > World > Trade\n\n"
    "Ministry fines shipping firm\n"
    "The Ministry of Transport fined Baltrex Shipping on Monday, officials said.\n\n"
    "Services  Publications  News  Contact us\n"
    "Topics Departments News Guidance and regulation\n"
)


def test_menu_and_footer_lines_name_no_organisation() -> None:
    names = {a.name for a in extract_text(MENU_PAGE).actors}
    assert "Baltrex Shipping" in names and "Ministry of Transport" in names
    assert not {n for n in names if n.split()[0] in {"Services", "Topics", "Departments"}}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A headline or a short line with a menu word or two is still read.
        ("Harbour News Guidance\nNordmark Shipping buys two tankers.\n", "Nordmark Shipping"),
        (
            "Nordic Media Services signs with Ghana Ports Authority\nThe deal runs to 2030.\n",
            "Ghana Ports Authority",
        ),
    ],
)
def test_lines_that_are_no_menu_are_read(text: str, name: str) -> None:
    assert any(name in a.name for a in extract_text(text).actors)


# N11-24 (after the round-11 freeze): a news agency named "... Wire" is an organisation, never
# a person who "told" or is "told" something.
@pytest.mark.parametrize(
    "text",
    [
        "LIMA, Oct 2 (Andean Wire) - Peru cleared the purchase of 12 patrol boats, two sources "
        "told Andean Wire.",
        "Officials told Pacific Business Wire that the loan was signed.",
    ],
)
def test_a_wire_agency_is_an_organisation(text: str) -> None:
    types = {a.name: a.type for a in extract_text(text).actors}
    wire = next(name for name in types if name.endswith("Wire"))
    assert types[wire] == "organization"
