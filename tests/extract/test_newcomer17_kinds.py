"""Kinds a first-time user met on invented documents after the round-17 freeze (newcomer17
N17-01, N17-02), each with made-up sentences in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deal(text: str, as_stated: str):  # type: ignore[no-untyped-def]
    return next(d for d in extract_text(text).deals if d.value and d.value.as_stated == as_stated)


# N17-01: a price followed by a financing clause with its own amount keeps the price's kind.
@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "Tollan Metals to buy Verdi Zinc Ltd for $2.1 billion, backed by $800 million loan",
            "$2.1 billion",
        ),
        (
            "Orsk Group agreed to acquire Pelham Tin plc for $600 million, financed by a "
            "$250 million bridge loan.",
            "$600 million",
        ),
    ],
)
def test_a_price_is_no_loan_for_the_loan_after_it(text: str, price: str) -> None:
    assert _deal(text, price).kind != "loan"


def test_a_loan_alone_stays_a_loan() -> None:
    deal = _deal("Tollan Metals took a $800 million loan from Kiyomi Bank.", "$800 million")
    assert deal.kind == "loan"


# N17-01: a company bought whole, with its legal form, from a seller described before its name.
@pytest.mark.parametrize(
    ("text", "buyer", "seller", "item"),
    [
        (
            "Tollan Metals plc has agreed to acquire Verdi Zinc Ltd, which runs the Osk mine, "
            "from the investment firm Brannock Partners for $2.1 billion.",
            "Tollan Metals plc",
            "Brannock Partners",
            "Verdi Zinc Ltd",
        ),
        (
            "Orsk Group will buy Pelham Tin plc from Ardent Capital for $600 million.",
            "Orsk Group",
            "Ardent Capital",
            "Pelham Tin plc",
        ),
    ],
)
def test_a_company_bought_is_an_acquisition(text: str, buyer: str, seller: str, item: str) -> None:
    (deal,) = extract_text(text).deals
    assert (deal.kind, deal.buyer, deal.seller, deal.item) == ("acquisition", buyer, seller, item)


@pytest.mark.parametrize(
    "text",
    [
        "Orsk Group will buy a satellite from Ardent Capital for $600 million.",
        "The navy will buy four patrol boats from Kestrel Marine Systems Ltd for $140 million.",
    ],
)
def test_goods_bought_are_no_acquisition(text: str) -> None:
    assert [d.kind for d in extract_text(text).deals] != ["acquisition"]


def test_a_firm_from_a_country_is_still_no_seller() -> None:
    (deal,) = extract_text(
        "The ministry will buy trucks made by Ruixiang Engineering Co., Ltd. from China "
        "for $40 million."
    ).deals
    assert deal.seller != "China"


# N17-02: "X will finance the purchase with a loan arranged by ... led by A": X borrows.
def test_the_buyer_financing_its_purchase_with_a_loan_borrows() -> None:
    deal = _deal(
        "Tollan will finance the purchase with a $800 million term loan arranged by a "
        "syndicate of lenders led by Banco Ostral and Kiyomi Bank.",
        "$800 million",
    )
    assert (deal.kind, deal.buyer, deal.seller) == ("loan", "Tollan", "Banco Ostral")


def test_a_bank_financing_a_project_with_a_loan_lends() -> None:
    deal = _deal("The World Bank will finance the project with a $90 million loan.", "$90 million")
    assert deal.seller == "World Bank" and deal.buyer != "World Bank"


# N17-14: a licence with a word like "special" before its kind is still the deal's item.
@pytest.mark.parametrize(
    ("text", "item"),
    [
        (
            "The Mining Commission has granted a 25-year special mining licence to Osk Nickel "
            "Ltd for the Varo project.",
            "25-year special mining licence",
        ),
        (
            "The ministry granted an exclusive exploration licence to Osk Nickel Ltd.",
            "exclusive exploration licence",
        ),
    ],
)
def test_a_special_licence_is_the_item(text: str, item: str) -> None:
    (deal,) = extract_text(text).deals
    assert (deal.kind, deal.item) == ("concession", item)


def test_a_bare_special_licence_names_no_item() -> None:
    deals = extract_text("The ministry has granted a special licence to Osk Nickel Ltd.").deals
    assert [d.item for d in deals] == [""]
