"""Round 26: a deal told in the future tense by the side that commits to it ("will sell ...
for", "will receive a grant of", "will be bought by ... for", "will invest") is approved when
nothing else in the text states its status. Made-up sentences, positives and near misses."""

from __future__ import annotations

import pytest

from briefdesk.extract.status_future import future_commitment
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Under the arrangement the Danube Fleet Agency will sell three retired minesweepers "
            "to the Moldovan Navy for EUR 48 million, spares included.",
            "EUR 48 million",
        ),
        (
            "Lesotho will receive a grant of $22,000,000 from the Nordic Development Fund for "
            "rural water schemes.",
            "$22,000,000",
        ),
        (
            "The surplus electricity will be bought by the national utility, Gridco Namibia, "
            "for about $19 million a year, the energy ministry said.",
            "about $19 million",
        ),
        (
            "Karoo Copper will invest 2.4 billion rand (US$130 million) over four years to "
            "deepen the shaft, the minister told reporters.",
            "2.4 billion rand",
        ),
    ],
)
def test_future_commitment_is_approved(text: str, amount: str) -> None:
    assert _statuses(text)[amount] == "approved"


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        # a hedge or condition: no commitment yet
        (
            "Karoo Copper said it would invest 2.4 billion rand in the shaft if the licence is "
            "renewed.",
            "2.4 billion rand",
            "reported",
        ),
        # the concession signed before: the investment keeps the concession's status
        (
            "The port authority signed a 25-year concession with Baltic Berth Holdings on "
            "Monday. The concessionaire will invest EUR 210 million in two new quays.",
            "EUR 210 million",
            "signed",
        ),
        # a future tense after the amount is not the deal's verb
        (
            "Shares of Karoo Copper rose to 2.4 billion rand in market value, and analysts "
            "will watch the results.",
            "2.4 billion rand",
            "reported",
        ),
    ],
)
def test_future_commitment_near_misses(text: str, amount: str, status: str) -> None:
    assert _statuses(text).get(amount, "reported") == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The agency will sell the ships for NOK 90 million.", "approved"),
        ("The agency plans to say it will sell the ships for NOK 90 million.", "reported"),
        ("The agency might sell; it will not say for NOK 90 million.", "reported"),
        ("The agency will sell the ships. The price is NOK 90 million.", "reported"),
        # an arbitral award's damages: a payment ordered, no deal agreed
        ("The Respondent shall pay the Claimant NOK 90 million with interest.", "reported"),
    ],
)
def test_future_commitment_rule(text: str, status: str) -> None:
    assert future_commitment(text, text.index("NOK"), "reported") == status


def test_future_commitment_keeps_a_stated_status() -> None:
    text = "The agency will sell the ships for NOK 90 million."
    assert future_commitment(text, text.index("NOK"), "signed") == "signed"
