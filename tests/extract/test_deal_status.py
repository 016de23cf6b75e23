"""Deal status from a later sentence about the same deal."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

LEAD = "Poland agreed to buy 48 K9 howitzers from Hanwha Aerospace for $2.6 billion. "


def status(text: str) -> str:
    deals = extract_text(text).deals
    assert len(deals) == 1
    return deals[0].status


@pytest.mark.parametrize(
    "later, expected",
    [
        ("The talks lasted a year. Officials said the contract was signed on Friday.", "signed"),
        ("The deal, signed in March, covers training.", "signed"),
        (
            "The deal, signed in March, covers training. The contract was later cancelled.",
            "cancelled",
        ),
        ("The agreement has since been ratified by parliament.", "approved"),
        ("The order has been suspended pending an audit.", "suspended"),
        ("The purchase, Poland's largest this decade, was signed in Warsaw.", "signed"),
    ],
)
def test_later_sentence_moves_the_status(later: str, expected: str) -> None:
    assert status(LEAD + later) == expected


@pytest.mark.parametrize(
    "later",
    [
        "A separate agreement was signed with Saab.",
        "The contract will be signed next month.",
        "Hungary signed a contract worth $300 million for trucks. The contract was signed today.",
    ],
)
def test_other_deals_and_future_tense_leave_the_status(later: str) -> None:
    deals = extract_text(LEAD + later).deals
    assert deals[0].status == "approved"


def test_later_sentence_never_moves_a_deal_backwards() -> None:
    text = (
        "Poland signed a contract to buy 48 K9 howitzers from Hanwha Aerospace for $2.6 "
        "billion. The purchase was approved by parliament in 2022."
    )
    assert status(text) == "signed"
