"""A drafted concession's BLUF: granted, and an investment is no price (newcomer23 N23-09)."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model.codes import DealStatus

TEXT = (
    "The Ministry of Harbours has today granted a 25-year concession for the Eastgate bulk "
    "terminal to Belmar Port Holdings. Under the agreement, Belmar will invest EUR 310 million "
    "over five years in new berths. The operator will pay a yearly fee of EUR 9 million."
)


def _deal(kind: str, status: str, amount: str, **fields: object) -> DealSuggestion:
    start = TEXT.index(amount)
    money = MoneySuggestion(Decimal("1"), "EUR", amount, [(start, start + len(amount))])
    return DealSuggestion(
        kind=kind,
        value=money,
        status=DealStatus(status),
        item="25-year concession",
        seller="Ministry of Harbours",
        buyer="Belmar Port Holdings",
        **fields,  # type: ignore[arg-type]
    )


def test_an_invested_sum_is_said_as_an_investment_and_granted_is_the_verb() -> None:
    said = deal_sentence(_deal("concession", "signed", "EUR 310 million"), TEXT)
    assert said == (
        "The Ministry of Harbours has granted Belmar Port Holdings the 25-year concession, "
        "with a committed investment of EUR 310 million."
    )
    assert "worth" not in said and "signed" not in said


def test_a_fee_is_no_price_either() -> None:
    said = deal_sentence(_deal("concession", "signed", "EUR 9 million"), TEXT)
    assert said.endswith(", involving EUR 9 million.")
    assert "worth" not in said and "investment" not in said


def test_the_holder_led_sentence_is_granted_too() -> None:
    deal = _deal("concession", "signed", "EUR 310 million")
    deal.seller = ""
    said = deal_sentence(deal, TEXT)
    assert said.startswith("Belmar Port Holdings has been granted the 25-year concession")


def test_a_deal_of_kind_other_keeps_its_signed_and_worth() -> None:
    said = deal_sentence(_deal("other", "signed", "EUR 9 million"), TEXT)
    assert "has signed the 25-year concession with Belmar Port Holdings, worth EUR 9 million" in (
        said
    )


def test_other_statuses_keep_their_verbs() -> None:
    said = deal_sentence(_deal("concession", "proposed", "EUR 310 million"), TEXT)
    assert said.startswith("The Ministry of Harbours has proposed awarding the 25-year concession")
