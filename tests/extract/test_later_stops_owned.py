"""Round 23: a stop belongs to the deal it is told of. A signing told with a past season ("signed
last spring") or "six months after X froze the programme" is background; a stop done to "its
order" by a named firm that is no side, or told after a sentence that brings in another deal
("X had a contract for forty carriers"), is that other deal's. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "The state railway has cancelled its order for 200 grain wagons from Brno Wagon "
            "Works, citing delays. The contract, signed last spring, was worth CZK 1.2 billion.",
            "CZK 1.2 billion",
            "cancelled",
        ),
        (
            "The cabinet on Sunday approved the purchase of the Falcon-3 radar system from "
            "Norland Radar AS, six months after the parliament's budget and finance committee "
            "froze the programme. The package is valued at $400 million and covers four radars.",
            "$400 million",
            "approved",
        ),
        (
            "The navy has ordered two patrol boats from Sunda Marine Works for Rp1.2 trillion. "
            "The first will be ready in 2029. There was one setback this year. Orion Bulk "
            "Shipping of Athens cancelled its order for two bulk carriers in July.",
            "Rp1.2 trillion",
            "signed",
        ),
        (
            "The air force received the last of six trainers from Condor Aero SA in March. Six "
            "aircraft for $95 million, delivered in under three years. Compare the German case. "
            "Rheinfeld Armour had a contract for forty carriers for Egypt. Berlin refused the "
            "licence and the company has now terminated the contract.",
            "$95 million",
            "delivered",
        ),
    ],
)
def test_a_stop_of_another_deal_or_of_the_past(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "The Estonian Navy ordered two tugs from Baltic Tug Yard for $40 million. In July "
            "the Estonian Navy cancelled its order, citing delays.",
            "$40 million",
            "cancelled",
        ),
        (
            "The ministry signed a contract with Delta Roadworks for the bypass, worth $40 "
            "million. Work stopped in the winter. The ministry terminated the contract in May.",
            "$40 million",
            "cancelled",
        ),
    ],
)
def test_a_stop_of_this_deal_still_stops_it(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status
