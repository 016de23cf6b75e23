"""Amounts a ministry release gives that are no contract's value (newcomer24 N24-11): a yearly
estimate of deliveries where the text says the contract's value was not disclosed, and each
co-lender's share of a loan told before. Invented sentences, with near-miss negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _values(text: str) -> set[str]:
    return {d.value.as_stated for d in extract_text(text).deals if d.value}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The Ministry of Energy announces that Baltgas Trading, the state gas trader, today "
            "signed a 12-year gas supply agreement with the Nordic Gas Company (NGC). The value "
            "of the contract was not disclosed. Officials estimate deliveries at the contracted "
            "volume would be worth about EUR 400 million a year at current prices.",
            "about EUR 400 million",
        ),
        (
            "Kivu Power, the state utility, signed a ten-year coal supply contract with Lusaka "
            "Coal Ltd on Monday. The contract's value was not disclosed. Analysts estimate the "
            "contracted shipments would be worth $90 million a year.",
            "$90 million",
        ),
    ],
)
def test_a_yearly_estimate_of_an_undisclosed_contract_is_no_value(text: str, amount: str) -> None:
    assert amount not in _values(text)


def test_a_yearly_price_stated_stays() -> None:
    text = (
        "Baltgas Trading signed a 12-year gas supply agreement with Nordic Gas AS under which it "
        "will pay EUR 400 million a year."
    )
    assert "EUR 400 million" in _values(text)


def test_an_estimate_without_undisclosed_words_stays() -> None:
    text = (
        "Baltgas Trading signed a gas supply agreement with Nordic Gas AS, estimated at "
        "EUR 400 million."
    )
    assert "EUR 400 million" in _values(text)


def test_each_lenders_share_is_no_deal_of_its_own() -> None:
    # (a guard: round24-start already drops this one; the newcomer's release gave the share
    # a deal of its own once its yearly estimate was no value)
    text = (
        "The Government of Ruritania signed a EUR 300 million loan agreement with the Alpine "
        "Development Bank and the Baltic Investment Bank to upgrade a gas pipeline. The two "
        "banks will each provide EUR 150 million."
    )
    assert "EUR 150 million" not in _values(text)
    assert "EUR 300 million" in _values(text)
