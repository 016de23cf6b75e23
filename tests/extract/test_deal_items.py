"""Deal items and quantities: number words, contract phrasing and counts that are not counts."""

from __future__ import annotations

import pytest

from briefdesk.extract import DealSuggestion, extract_text
from briefdesk.extract.number_words import number_value


def only_deal(text: str) -> DealSuggestion:
    [deal] = extract_text(text).deals
    return deal


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one", 1),
        ("nineteen", 19),
        ("twenty", 20),
        ("twenty-four", 24),
        ("Forty Two", 42),
        ("ninety-nine", 99),
        ("a dozen", 12),
        ("36", 36),
        ("hundred", None),
        ("twentyfour", None),
    ],
)
def test_number_words_one_to_ninety_nine(words: str, value: int | None) -> None:
    assert number_value(words) == value


def test_contract_for_number_word_with_figure_gives_item_and_quantity() -> None:
    text = (
        "Contract signed for twelve patrol vessels. Spain signed a contract for twelve (12) "
        "offshore patrol vessels worth EUR 480 million with Navantia."
    )
    deal = only_deal(text)
    assert (deal.item, deal.quantity) == ("offshore patrol vessels", 12)
    assert deal.kind == "arms_sale"
    [(start, end)] = deal.item_evidence
    assert text[start:end] == "offshore patrol vessels"


@pytest.mark.parametrize(
    ("phrase", "item", "quantity"),
    [
        ("to buy eighteen (18) K9 howitzers", "K9 howitzers", 18),
        ("to buy a dozen Rafale jets", "Rafale jets", 12),
        ("to buy twenty-four Rafale jets", "Rafale jets", 24),
        ("to buy up to 24 Rafale jets", "Rafale jets", 24),
        ("to buy an additional 12 Rafale jets", "Rafale jets", 12),
        ("to buy 12 more Rafale jets", "Rafale jets", 12),
        ("to buy thirty-six helicopters", "helicopters", 36),
        # Squadrons are counted, not aircraft: the item stands without a quantity.
        ("to buy two squadrons of Rafale jets", "Rafale jets", None),
    ],
)
def test_counts_before_the_item(phrase: str, item: str, quantity: int | None) -> None:
    deal = only_deal(f"Egypt agreed {phrase} from France for $4 billion, officials said.")
    assert (deal.item, deal.quantity) == (item, quantity)


def test_supply_n_items_to_a_buyer() -> None:
    deal = only_deal("Turkey will supply seven patrol boats to Ghana in a $90 million deal.")
    assert (deal.item, deal.quantity) == ("patrol boats", 7)


def test_item_is_never_a_deal_kind_label() -> None:
    deal = only_deal("The two countries signed an arms sale worth $2 billion on Monday.")
    assert deal.item.lower() not in {"arms sale", "arms_sale", deal.kind.replace("_", " ")}
    assert deal.quantity is None


def test_counted_goods_after_contract_phrasing_without_a_known_noun() -> None:
    deal = only_deal(
        "Spain signed a contract for twelve (12) Piranha armoured personnel carriers worth "
        "EUR 480 million with GDELS."
    )
    assert (deal.item, deal.quantity) == ("Piranha armoured personnel carriers", 12)


def test_counted_time_is_no_item() -> None:
    deal = only_deal("Ghana took a $90 million loan for 12 years from the World Bank.")
    assert (deal.item, deal.quantity) == ("", None)


def test_measured_amounts_are_no_item() -> None:
    deal = only_deal(
        "SOCAR signed a $2 billion deal for the supply of 1 billion cubic metres of gas a year."
    )
    assert deal.quantity is None
    assert "metres" not in deal.item
