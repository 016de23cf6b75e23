"""Round 14: an earlier deal named beside today's in a background sentence ("The purchase
follows last year's order for ...", "under a 2019 order") is a deal of its own, even when it
has today's sides; a dated deal whose price follows in the next sentences is that priced deal
told across two sentences, not a second one. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_prior import prior_deal

_PRICED = (
    "MONTEVIDEO, May 5 - Uruguay's navy signed a contract worth 210 million euros with Spanish "
    "shipbuilder Astilleros Biscaia SA for three patrol vessels, the ministry said on Tuesday. "
)


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(text).deals]


def test_an_order_the_purchase_follows_is_a_deal() -> None:
    text = _PRICED + (
        "The purchase follows last year's order for six trainer aircraft from Brazil's "
        "Aerovia Paulista SA, which are due in December."
    )
    deals = _deals(text)
    assert len(deals) == 2
    assert deals[1][2] == "Aerovia Paulista SA"


def test_an_earlier_order_with_todays_sides_is_a_deal() -> None:
    text = _PRICED + (
        "Astilleros Biscaia, which delivered two survey ships to the Uruguayan navy under a "
        "2019 order, said the work would keep 600 people employed."
    )
    deals = _deals(text)
    assert len(deals) == 2
    assert deals[1][1:] == ("Uruguay", "Astilleros Biscaia SA")


def test_a_dated_contract_priced_next_is_one_deal() -> None:
    text = (
        "MONTEVIDEO, May 5 - The navy has terminated its 2023 contract with Astilleros Biscaia "
        "SA for three patrol vessels. The contract was worth 210 million euros; the yard "
        "delivered one hull."
    )
    assert len(_deals(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "prior"),
    [
        ("The purchase follows last year's order for six trainer aircraft from X.", True),
        ("The deal comes a year after Chile's order for 20 ambulances from Y.", True),
        ("Y delivered two ships under a 2019 order.", True),
        ("The railway's 2024 contract with Z for 500 wagons was completed.", True),
        ("Its previous contract with Z ran out in March.", True),
        # no earlier deal named
        ("The award follows a competition with two other yards.", False),
        ("The contract follows months of talks.", False),
        ("The 2,500-tonne order book is full until 2029.", False),
        ("The order was placed in May.", False),
    ],
)
def test_prior_deal_reader(sentence: str, prior: bool) -> None:
    assert prior_deal(sentence) is prior
