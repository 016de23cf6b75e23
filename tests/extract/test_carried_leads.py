"""Round 23: a value sentence pointing back to its deal after a lead-in ("According to the
agency, the contract is worth", a transcript's "LEE: The contract is"), a loan told again ("The
loan would be for up to"), three sentences back, or past a number after a short word ("for 140
wagons" is no amount). Made-up sentences, positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_carried import points_back
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "Estonia's Centre for Defence Investment has contracted Varde Systems AS for four "
            "coastal radar sites, the ministry announced on Friday. The package comprises four "
            "towers and a control room. Installation is to start next spring. According to the "
            "centre, the contract is worth €48 million including ten years of support.",
            "€48 million",
            "signed",
        ),
        (
            "HOST: Last week you signed with the Kenyan coast guard for three patrol boats. "
            "How much is it?\n\nLEE: The contract is 9 billion shillings for the three boats, "
            "with training.",
            "9 billion shillings",
            "signed",
        ),
        (
            "Talks with the Nordic Investment Bank on financing the new ferry terminal are at "
            "an advanced stage, the minister said. The loan to Latvia would be for up to $80 "
            "million, two officials said.",
            "up to $80 million",
            "proposed",
        ),
        (
            "The state railway signed on Monday for 140 grain wagons from Tatra Rolling Stock. "
            "The Czech company will build the first 40 in Prague. The contract is CZK 2.2 "
            "billion, paid in four instalments.",
            "CZK 2.2 billion",
            "signed",
        ),
    ],
)
def test_status_carried_back_after_a_lead(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status


def test_no_carry_past_another_priced_deal_three_back() -> None:
    text = (
        "The navy signed a $30 million contract with Orca Marine for two tugs. The tugs are "
        "for the main base. Crews will train in Norway. According to officials, the contract "
        "is worth $45 million."
    )
    assert _statuses(text)["$45 million"] == "reported"


@pytest.mark.parametrize(
    ("head", "points"),
    [
        ("According to the agency, the contract is worth ", True),
        ("LEE: The contract is ", True),
        ("The loan to Latvia would be for up to ", True),
        ("According to the agency, the budget is ", False),
        ("LEE: We spent ", False),
        ("Officials: the army's budget is ", False),
    ],
)
def test_points_back_after_a_lead(head: str, points: bool) -> None:
    assert points_back(head) is points
