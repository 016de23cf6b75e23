"""The deal's own clause first (issue 10, round 22): a signature still to come or denied is no
signature, and a part of a package keeps the status its own sentence tells. Made-up texts;
every positive was read otherwise at round22-start.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract.deal_components import drop_package_totals
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.money import MoneyMention


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a signature that should come: no signature yet
        (
            "A $900 million credit is being arranged by Orla Bank and should be signed in May.",
            "proposed",
        ),
        ("The $40 million grant agreement should be signed before the end of June.", "reported"),
        # a paper denied: no status from it
        (
            "Andes Bank is in talks on a $1.2 billion credit. No term sheet has been signed.",
            "proposed",
        ),
        ("No loan was signed at the $30 million meeting, and talks go on.", "proposed"),
    ],
)
def test_what_is_still_to_come_is_no_status(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The $40 million contract should have been signed in May.", "signed"),
        ("The $40 million contract was signed in May.", "signed"),
        ("No lawyer was present when the $30 million loan was signed.", "signed"),
    ],
)
def test_signatures_done_stay(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def _deal(amount: int, start: int, status: str) -> DealBuild:
    money = MoneyMention(Decimal(amount), "USD", f"${amount}", start, start + 5)
    return DealBuild("loan", money, status=status)


def test_a_part_keeps_its_own_status_against_a_total_it_adds_up_to() -> None:
    total, bond, talks = (
        _deal(1500, 0, "signed"),
        _deal(1000, 90, "signed"),
        _deal(500, 400, "proposed"),
    )
    kept = drop_package_totals([total, bond, talks])
    assert kept == [bond, talks]  # (the total is dropped, its parts stay)
    assert talks.status == "proposed"


def test_a_part_not_held_back_takes_the_total_s() -> None:
    total, loan, grant = (
        _deal(310, 0, "approved"),
        _deal(220, 90, "reported"),
        _deal(90, 150, "signed"),
    )
    drop_package_totals([total, loan, grant])
    assert (loan.status, grant.status) == ("approved", "approved")
