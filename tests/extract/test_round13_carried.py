"""Round 13: a value sentence that points back to the deal told before takes that sentence's
status (made-up sentences, positives and negatives)."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_carried import points_back
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "Basra Gateway signed in August with Scheldt Dredging NV of Antwerp for capital "
            "dredging of the access channel. The contract is 48 million euros.",
            "48 million euros",
            "signed",
        ),
        (
            "The navy signed an amendment with Hanbada Heavy Industries on 10 November. It is "
            "worth ₱18.5 billion, the department said.",
            "₱18.5 billion",
            "signed",
        ),
    ],
)
def test_status_carried_back(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status


def test_no_carry_past_another_priced_deal() -> None:
    text = "Kenya signed a $30 million loan with the World Bank. The contract is worth $40 million."
    assert _statuses(text)["$40 million"] == "reported"


def test_no_carry_without_a_pointing_subject() -> None:
    text = (
        "The ministry signed a contract with Norrland Arms for radars on Monday. Officials "
        "elsewhere put aside $40 million for a hospital."
    )
    assert _statuses(text).get("$40 million", "reported") == "reported"


@pytest.mark.parametrize(
    ("head", "points"),
    [
        ("The contract is ", True),
        ("It is worth ", True),
        ("The concession had been valued at ", True),
        ("The 10-year lease, worth about ", True),
        ("What it costs: ", True),
        ("The financing of the purchase uses a foreign loan of ", False),
        ("The army's budget for next year is ", False),
        ("Officials elsewhere put aside ", False),
    ],
)
def test_points_back(head: str, points: bool) -> None:
    assert points_back(head) is points
