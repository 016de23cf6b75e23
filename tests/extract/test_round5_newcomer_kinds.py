"""Kinds a newcomer found on an article of their own (issue 10, round 5): made-up sentences,
several per kind with different names and regions, and the uses that must stay as they are.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.gazetteer import gazetteer
from briefdesk.extract.money import find_money


def _places(text: str) -> dict[str, str]:
    return {p.name: p.country for p in extract_text(text).places}


def _deal(text: str):  # type: ignore[no-untyped-def]
    deals = extract_text(text).deals
    assert len(deals) == 1, [(d.kind, d.value) for d in deals]
    return deals[0]


# --- 1. A direction word before a common noun is an adjective, not a province ----------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Western sanctions on Russia hurt exporters in Kenya, the minister said.", "Western"),
        ("Northern allies met in Warsaw to discuss the convoy.", "Northern"),
        ("Central bankers in Lima raised rates again on Tuesday.", "Central"),
        ("Eastern partners of Poland asked for more air defence.", "Eastern"),
        ("Officials in Accra said Southern buyers had cancelled orders.", "Southern"),
    ],
)
def test_direction_adjective_is_no_place(text: str, word: str) -> None:
    assert word not in _places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Floods hit Western Province on Monday, officials said.", "Western Province"),
        ("The minister flew to the Western Cape on Friday.", "Western Cape"),
        ("A delegation went to Northern Ireland last week.", "Northern Ireland"),
        ("Heavy rain hit Western on Monday, the Kenya Red Cross said.", "Western"),
    ],
)
def test_real_direction_places_stay(text: str, place: str) -> None:
    assert place in _places(text)


# --- 2. A renamed capital is a capital of its state ------------------------------------------
def test_renamed_capital_comes_from_geonames() -> None:
    capitals = gazetteer().capitals
    assert capitals.get("Astana") == "KZ"  # countryinfo still says "Nur-Sultan"
    assert capitals.get("Nur-Sultan") == "KZ"
    assert "Male" not in capitals  # an everyday word stays one ("Male soldiers")
    assert capitals.get("Delhi") is None  # New Delhi is the capital; Delhi is a city


@pytest.mark.parametrize(
    ("text", "city", "code"),
    [
        ("ASTANA, Nov 30 (Reuters) - Kazakhstan signed a transit accord.", "Astana", "KZ"),
        ("AKTAU, Nov 30 (Reuters) - A port deal was signed.", "Aktau", "KZ"),
        ("NAIROBI, Nov 30 (Reuters) - Kenya signed a rail deal.", "Nairobi", "KE"),
        ("Talks in Astana ended on Friday with no deal.", "Astana", "KZ"),
    ],
)
def test_capital_and_dateline_city_have_their_state(text: str, city: str, code: str) -> None:
    assert _places(text).get(city) == code


def test_astana_speaking_is_the_state() -> None:
    found = extract_text("Astana said on Monday it would expand the port.")
    assert [a.country for a in found.actors if a.type == "state"] == ["KZ"]


# --- 3. The currency sign after the number ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a loan of 450 million € to Senegal", Decimal("450000000"), "EUR"),
        ("a 450 m € loan to Peru", Decimal("450000000"), "EUR"),
        ("a grant of 20 million £ to Ghana", Decimal("20000000"), "GBP"),
        ("a grant of 5 million $ to Chad", Decimal("5000000"), "USD"),
        ("sales of 3.5 bn € last year", Decimal("3500000000"), "EUR"),
        ("a fee of 2,500 £ per visit", Decimal("2500"), "GBP"),
        ("a 450 million EUR loan to Senegal", Decimal("450000000"), "EUR"),
        ("30 billion KZT from the bank", Decimal("30000000000"), "KZT"),
    ],
)
def test_sign_after_the_number(text: str, amount: Decimal, currency: str) -> None:
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(amount, currency)]


@pytest.mark.parametrize(
    "text",
    [
        "It cost 12 $ a barrel.",  # a bare number before "$" needs a scale word
        "In 2024 $5 million went to Chad.",  # the sign belongs to the next number
    ],
)
def test_sign_after_number_is_not_guessed(text: str) -> None:
    assert all(not m.as_stated.endswith("$") for m in find_money(text))


@pytest.mark.parametrize(
    ("text", "borrower", "currency"),
    [
        ("The bank agreed a loan of 450 million € to Senegal on Monday.", "Senegal", "EUR"),
        ("Japan extended a loan of 12 billion ¥ to Kenya for new berths.", "Kenya", "JPY"),
        ("Britain approved a grant of 20 million £ to Ghana.", "Ghana", "GBP"),
    ],
)
def test_trailing_sign_gives_a_deal(text: str, borrower: str, currency: str) -> None:
    deal = _deal(text)
    assert deal.buyer == borrower
    assert deal.value is not None and deal.value.currency == currency


# --- 4. A deal still being weighed is proposed -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The World Bank is weighing a $300 million loan to Kenya, but no decision has been taken.",
        "The lender is weighing a €200 million loan to Peru.",
        "Tokyo is mulling a $2 billion loan to Chile; no final decision has been made.",
        "A $40 million grant to Laos is under consideration at the Asian Development Bank.",
        "The fund has not decided on a $75 million loan to Nepal.",
    ],
)
def test_weighed_deal_is_proposed(text: str) -> None:
    assert _deal(text).status == "proposed"


def test_decision_on_another_deal_keeps_approved() -> None:
    text = (
        "The board approved a $50 million grant to Togo; no decision has been taken on a "
        "second one."
    )
    assert _deal(text).status == "approved"


# --- 5. The item told by "for" after a loan or grant ----------------------------------------
@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "The bank approved a €420 million loan to Kazakhstan for two container berths, a "
            "rail spur and dredging at Aktau.",
            "two container berths, a rail spur and dredging",
        ),
        (
            "Japan signed a $300 million loan to Kenya for a new water treatment plant in Mombasa.",
            "water treatment plant",
        ),
        (
            "The AfDB approved a grant of $50 million to Togo for rural roads and clinics, the "
            "bank said.",
            "rural roads and clinics",
        ),
        ("The IMF approved a $1 billion loan to Egypt for budget support.", "budget support"),
        (
            "Norway signed a $60 million grant to Malawi for solar mini-grids, officials said.",
            "solar mini-grids",
        ),
    ],
)
def test_item_after_for(text: str, item: str) -> None:
    assert _deal(text).item == item


@pytest.mark.parametrize(
    "text",
    [
        "Japan is considering a $1 billion credit line for Ghana.",  # the borrower
        "China signed a $20 million grant to Fiji for 10 years.",  # a time
        "The bank approved a $5 million loan to Chad for the first time.",
    ],
)
def test_for_without_an_item_stays_empty(text: str) -> None:
    assert _deal(text).item == ""


def test_counted_goods_keep_their_quantity() -> None:
    deal = _deal("The bank signed a $90 million loan to Peru for four ferries.")
    assert (deal.item, deal.quantity) == ("ferries", 4)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "Japan signed a $90 million loan to Samoa for the Apia Port Resilience Project.",
            "Apia Port Resilience Project",
        ),
        (
            "The bank approved a $200 million loan to Nepal for the Bheri–Surkhet 220 kV line.",
            "Bheri–Surkhet 220 kV line",
        ),
        (
            "The EU signed a $30 million grant to Chad for the first phase, and France has "
            "signed a separate memorandum on schools.",
            "first phase",
        ),
    ],
)
def test_item_after_for_names_and_clauses(text: str, item: str) -> None:
    assert extract_text(text).deals[0].item == item


def test_for_the_state_is_no_item() -> None:
    assert _deal("Japan signed a $90 million loan for the Philippines.").item == ""
