"""Round 15: an unpriced agreement whose sentence names no side takes them from the next
sentence when it opens "Under it," / "Under its terms," / "Under the agreement," (one deal told
in two sentences); and a quantity of energy or ore ("1.5 billion kilowatt-hours", "1.5 million
wet metric tonnes") is no amount, so it does not keep a sentence out of the unpriced pass.
Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_more import MONEYISH

# A priced deal first, so the sentences under test are read by the unpriced pass.
_PRICED = (
    "Ghana's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(_PRICED + text).deals[1:]]


@pytest.mark.parametrize(
    "text",
    [
        "The two utilities then signed a new power purchase agreement. Under it, Volta River "
        "Power Ltd will send Togo's CEET an extra 50 megawatts for five years.",
        "The two grid operators signed a new supply contract on Friday. Under its terms, "
        "Volta River Power Ltd will send Togo's CEET 50 megawatts each winter.",
        "A ten-year power purchase agreement was signed in Lome. Under the agreement, Volta "
        "River Power Ltd will send Togo's CEET up to 80 megawatts.",
    ],
)
def test_sides_from_the_sentence_under_the_agreement(text: str) -> None:
    deals = _deals(text)
    assert len(deals) == 1
    # ("send Togo's CEET 50 megawatts": the indirect object may read as the state or its firm)
    assert deals[0][1] in {"CEET", "Togo"}
    assert deals[0][2] == "Volta River Power Ltd"


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence does not speak of the agreement: no sides, no deal
        "The two utilities signed a new power purchase agreement. Analysts said Volta River "
        "Power Ltd would gain most.",
        # the agreement is not told as a deal of its own (a hope), so nothing to complete
        "The two utilities hope to agree on power exports. Under it, Volta River Power Ltd "
        "would send Togo's CEET 50 megawatts.",
    ],
)
def test_no_deal_without_a_sentence_under_it(text: str) -> None:
    assert _deals(text) == []


def test_a_quantity_of_energy_is_no_amount() -> None:
    deals = _deals(
        "Separately, Tajikistan signed an agreement on Tuesday to supply 1.5 billion "
        "kilowatt-hours of electricity to Afghanistan next winter."
    )
    assert deals == [("energy_supply", "Afghanistan", "Tajikistan")]


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("to supply 1.5 billion kilowatt-hours of electricity", False),
        ("to supply 2 billion kilowatt hours over five years", False),
        ("to take 1.5 million wet metric tonnes of bauxite a year", False),
        ("to ship 3 million dry tonnes of ore", False),
        ("for 1.5 billion cedis", True),
        ("worth $20 million", True),
        ("a 2 billion yen grant", True),
    ],
)
def test_moneyish(sentence: str, money: bool) -> None:
    assert bool(MONEYISH.search(sentence)) is money
