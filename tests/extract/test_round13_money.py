"""Round 13: currency codes from the ISO data (pycountry), local signs, and a code that is an
everyday word (made-up sentences)."""

from __future__ import annotations

import pytest

from briefdesk.extract.money import find_money


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Beirut signed a LBP 3 billion contract for the port cranes.", 3_000_000_000, "LBP"),
        ("The Somali ministry paid SOS 45 billion for the fuel.", 45_000_000_000, "SOS"),
        ("Aden's utility took a YER 30 billion loan.", 30_000_000_000, "YER"),
        ("The ministry approved a SYP 12 billion repair contract.", 12_000_000_000, "SYP"),
        ("Chisinau awarded an MDL 450 million road contract.", 450_000_000, "MDL"),
        ("Panama's canal authority signed a PAB 20 million deal.", 20_000_000, "PAB"),
        ("The order is worth NIS 300 million, the ministry said.", 300_000_000, "ILS"),
        ("The order is worth ₪1.2 billion.", 1_200_000_000, "ILS"),
        ("Kyiv signed a ₴3 billion contract.", 3_000_000_000, "UAH"),
        ("San José awarded a ₡ 30 billion contract for the road.", 30_000_000_000, "CRC"),
        # a withdrawn code still written about earlier years
        ("In 2019 Sofia signed a BGN 300 million contract.", 300_000_000, "BGN"),
        # a code that is also a word, with a scale word: money
        ("Tonga signed a TOP 3 million grant agreement.", 3_000_000, "TOP"),
        ("Rabat paid MAD 1.2 billion for the plant.", 1_200_000_000, "MAD"),
    ],
)
def test_code_read(text: str, amount: int, currency: str) -> None:
    found = [(int(m.amount), m.currency) for m in find_money(text)]
    assert (amount, currency) in found


@pytest.mark.parametrize(
    "text",
    [
        "The TOP 10 exporters met in Geneva.",
        "ALL 3 SHIPS WERE DELIVERED ON TIME.",
        "The CUP 2026 final is in Lima.",
    ],
)
def test_word_before_small_number_is_no_money(text: str) -> None:
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("La Paz, Bolivia: the highways agency paid Bs 186 million for the road.", "BOB"),
        ("Caracas, Venezuela: the ministry paid Bs. 40 million for the repairs.", "VES"),
    ],
)
def test_bolivar_and_boliviano_by_country(text: str, currency: str) -> None:
    from collections import Counter

    country = "BO" if currency == "BOB" else "VE"
    found = find_money(text, Counter({country: 2}))
    assert [m.currency for m in found] == [currency]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "In May the railway signed a contract with the Czech firm Vltava Lokomotiv for 40 "
            "locomotives worth 3.4 billion crowns.",
            "CZK",
        ),
        ("The Swedish navy signed a deal worth 3.4 billion crowns with a yard.", "SEK"),
        ("Oslo signed a deal worth 3.4 billion crowns.", "NOK"),
    ],
)
def test_crowns_by_the_state_named_near(text: str, currency: str) -> None:
    from collections import Counter

    found = find_money(text, Counter({"NO": 3, "KZ": 5}))
    assert [m.currency for m in found] == [currency]
