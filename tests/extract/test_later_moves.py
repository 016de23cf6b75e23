"""The latest sentence about a deal wins (issue 10, round 22): a stop done to the deal, a stop
told in the present, deliveries begun or done, told after the deal's own sentence. Made-up
texts; every positive was read "signed" (or "approved") at round22-start.
"""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals

LEAD = "Peru signed a $400 million contract with Daewon Marine of Busan for two frigates in 2023. "
AWARD = "In May, Jufra Oil awarded a $420 million contract for gas compression to Sahara Works. "


def status(text: str) -> str:
    rows = [row for row in deals(text) if row[3] is not None]
    assert len(rows) == 1, rows
    return rows[0][4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The navy cancelled the order in June, citing delays.", "cancelled"),
        (LEAD + "In June the government scrapped the purchase, citing costs.", "cancelled"),
        (
            LEAD + "Last week the ministry terminated the contract with immediate effect.",
            "cancelled",
        ),
        (LEAD + "The defence minister froze the programme pending an audit.", "suspended"),
        (LEAD + "The programme has been suspended since May.", "suspended"),
        (AWARD + "The contract is now suspended pending an audit.", "suspended"),
        (
            LEAD + "The navy terminated its contract with Daewon Marine after the trials.",
            "cancelled",
        ),
        (LEAD + "Delivery began in March, the navy said.", "in_delivery"),
        (LEAD + "Deliveries of the frigates started last month.", "in_delivery"),
        (LEAD + "The first frigate was handed over in May.", "in_delivery"),
        (LEAD + "Both ships have since been delivered.", "delivered"),
    ],
)
def test_a_later_sentence_moves_the_deal(text: str, expected: str) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    "later",
    [
        # another deal's stop: another party, another year, another noun, "separate"
        "The navy terminated its contract with Lindholm Radar for sonars after the trials.",
        "The navy cancelled its 2019 order for corvettes.",
        "A court froze the lease of the shipyard's land over a dispute.",
        "Colombia cancelled a separate order for tanks.",
        "Chile scrapped its earlier purchase of corvettes.",
        "The submarine deal remains suspended.",
        # stops not done: threatened, denied, to come
        "Lima threatened to cancel the contract over delays.",
        "The navy has not cancelled the order, a spokesman said.",
        # deliveries still to come
        "The ministry said deliveries would begin in 2027.",
        "The first will be handed over in 2027.",
    ],
)
def test_other_deals_and_things_to_come_move_nothing(later: str) -> None:
    assert status(LEAD + later) == "signed"


def test_a_stop_of_a_loan_is_read_only_through_a_loan_word() -> None:
    text = "The Andes Bank approved a $60 million loan to Bolivia for roads. "
    assert status(text + "In June the ministry cancelled the road contract with Vial Sur.") == (
        "approved"
    )
    assert status(text + "In June the bank suspended the loan over arrears.") == "suspended"


def test_a_signing_told_in_an_earlier_year_moves_no_later_deal() -> None:
    text = (
        "The Andes Bank is evaluating a $300 million loan to Quito for the metro. "
        "Its first line was built by Kanto Rail; that contract was signed in 2018 and the "
        "line is expected to open in 2029."
    )
    assert status(text) == "proposed"
