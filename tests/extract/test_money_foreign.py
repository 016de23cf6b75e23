"""Amounts in the forms other languages write them, and the ambiguous forms left alone."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.money import find_money


@pytest.mark.parametrize(
    "text, amount, currency",
    [
        ("Ukraine will receive 1,6 млрд долларов.", "1600000000", "USD"),
        ("Россия выделит 300 млн рублей.", "300000000", "RUB"),
        ("La France vendra 1,6 milliard de dollars d'armes.", "1600000000", "USD"),
        ("Un contrat de 500 millions d’euros.", "500000000", "EUR"),
        ("Deutschland zahlt 1,6 Milliarden Euro.", "1600000000", "EUR"),
        ("Ein Auftrag über 2,5 Mrd. Euro.", "2500000000", "EUR"),
        ("Ein Auftrag über 20 Millionen US-Dollar.", "20000000", "USD"),
        ("España pagará 1.600 millones de dólares.", "1600000000", "USD"),
        ("Un crédito de 1,6 mil millones de dólares.", "1600000000", "USD"),
        ("Un contratto da 3,2 miliardi di euro.", "3200000000", "EUR"),
        ("Um acordo de 1,2 bilhão de reais.", "1200000000", "BRL"),
        ("A loan of 1,6 million dollars.", "1600000", "USD"),
    ],
)
def test_foreign_forms(text: str, amount: str, currency: str) -> None:
    found = find_money(text)
    assert [(m.amount, m.currency) for m in found] == [(Decimal(amount), currency)]
    assert text[found[0].start : found[0].end] == found[0].as_stated


@pytest.mark.parametrize(
    "text",
    [
        "Un crédito de 1,600 millones de dólares.",  # thousands comma or decimal comma?
        "The order was worth USD 1,5 Mrd. in total.",  # no "1 dollar" from half a number
        "Der Preis stieg um 1,6 Prozent.",
    ],
)
def test_ambiguous_or_partial_forms_are_not_money(text: str) -> None:
    assert find_money(text) == []


def test_english_forms_are_unchanged() -> None:
    found = find_money("A $1.6 billion sale and a further 1.600 million dollars.")
    assert [m.amount for m in found] == [Decimal("1600000000"), Decimal("1600000")]


def test_foreign_amount_values_an_english_deal() -> None:
    result = extract_text(
        "Poland signed a contract with Hanwha Aerospace worth 1,6 Milliarden Euro for howitzers."
    )
    assert result.deals
    value = result.deals[0].value
    assert value is not None
    assert (value.amount, value.currency) == (Decimal("1600000000"), "EUR")
