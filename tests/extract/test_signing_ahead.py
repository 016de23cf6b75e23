"""Round 23: a price told with no status whose signing is set for later, in its own sentence
("The contract, worth €20 million, is due to be signed in May") or in a later sentence about the
deal ("The contract still has to be signed"), is agreed (approved). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Adria Pipe Works will lay the new water main. The contract, worth €20 million, is "
            "due to be signed in May, the board's director said.",
            "€20 million",
        ),
        (
            "The harbour master said the dredging contract is worth 4 billion francs and that "
            "it will be signed within the month.",
            "4 billion francs",
        ),
        (
            "The quay works are valued at 300 million dirhams and should take two years, an "
            "official told reporters. The contract still has to be signed; the agency expects "
            "to do so in autumn.",
            "300 million dirhams",
        ),
    ],
)
def test_a_signing_set_for_later_is_agreed(text: str, amount: str) -> None:
    assert _statuses(text)[amount] == "approved"


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "The ministry is negotiating a $50 million loan with Baltic Commerce Bank, which is "
            "expected to be signed in March.",
            "$50 million",
            "proposed",
        ),
        (
            "The purchase of two tugs for $30 million would be signed only if parliament "
            "approves the budget.",
            "$30 million",
            "proposed",
        ),
        (
            "The grid company put the cost of the line at $40 million. A separate agreement "
            "will be signed with the lenders.",
            "$40 million",
            "reported",
        ),
    ],
)
def test_no_agreement_read_into_talks_or_another_paper(text: str, amount: str, status: str) -> None:
    assert _statuses(text).get(amount, "reported") == status
