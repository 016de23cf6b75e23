"""The drafted-BLUF amount check compares money, not spellings (N10-11)."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.model import Brief, Deal, Money
from briefdesk.value_review import bluf_amount_findings

DRAFTED = "CNAS is selling three patrol vessels to Senegal for 78 billion CFA francs."


def _brief(bluf: str, as_stated: str, currency: str = "XOF", estimate: bool = False) -> Brief:
    value = Money(
        amount=Decimal("78000000000"), currency=currency, as_stated=as_stated, estimate=estimate
    )
    return Brief(bluf=bluf, drafted={"bluf": DRAFTED}, deals=[Deal(title="OPV", value=value)])


def test_the_same_money_in_other_words_is_not_a_changed_currency() -> None:
    assert bluf_amount_findings(_brief(DRAFTED, "XOF 78 billion")) == []


def test_a_changed_hedge_or_currency_is_still_flagged() -> None:
    [hedge] = bluf_amount_findings(_brief(DRAFTED, "about XOF 78 billion", estimate=True))
    assert "update the BLUF's hedge or currency" in hedge.message
    [currency] = bluf_amount_findings(_brief(DRAFTED, "€78 billion", currency="EUR"))
    assert "“€78 billion”" in currency.message


def test_only_the_drafts_own_words_for_an_amount_are_compared() -> None:
    mine = "Senegal ordered three French patrol vessels for XOF 78 billion (about €119 million)."
    assert bluf_amount_findings(_brief(mine, "", currency="EUR")) == []
