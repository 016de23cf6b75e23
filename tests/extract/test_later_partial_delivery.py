"""Round 26: part of an order handed over, told after the deal's sentence in shapes the round-22
reader missed — the first unit named between commas, a report's "had already been handed
over", a count of units delivered — is a delivery under way. Made-up texts; each positive read
"signed" at round26-start."""

from __future__ import annotations

import pytest

from briefdesk.extract.later_moves import later_move
from tests.extract.deal_rows import deals

LEAD = "Chile signed a $300 million contract with Baltic Hull Works for three tugs in 2024. "


def status(text: str) -> str:
    rows = [row for row in deals(text) if row[3] is not None]
    assert len(rows) == 1, rows
    return rows[0][4]


@pytest.mark.parametrize(
    "after",
    [
        "The first, the Aysen, was handed over in March; the other two are due next year.",
        "The yard said the first tugs had already been handed over for sea trials.",
        "Two tugs have since been delivered to the navy at Talcahuano.",
    ],
)
def test_part_of_the_order_handed_over(after: str) -> None:
    assert status(LEAD + after) == "in_delivery"


@pytest.mark.parametrize(
    "after",
    [
        "The first, the Aysen, will be handed over in March.",  # still to come
        "The first tugs are expected to be delivered in 2027.",
        "Two admirals have since been appointed to the programme board.",  # no delivery
    ],
)
def test_no_delivery_yet(after: str) -> None:
    assert status(LEAD + after) == "signed"


def test_whole_order_is_still_delivered() -> None:
    assert later_move("all three tugs have since been delivered.") == "delivered"
