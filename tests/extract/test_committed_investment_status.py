"""Round 25: a company's committed investment under a concession, first read as a loan (a loan
told nearby: "The concessionaire has committed US$190 million to dredging"), takes the status
its concession's sentence tells (signed), not the approval "committed" gives a loan; with no
agreement told before it, it stays as it was. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The Prime Minister today witnessed the signing of a 25-year concession for the "
            "container terminal at the Port of Lautoka.\n\nThe Fiji Ports Corporation granted "
            "the concession to Pacific Gateway Terminals Limited, a joint venture of two "
            "Australian groups. The concessionaire has committed US$190 million to dredging and "
            "a new quay over the first six years.\n\nThe Asian Development Bank signed a US$60 "
            "million loan with Fiji for the port's access road.",
            "US$190 million",
        ),
        (
            "The Prime Minister of Samoa today witnessed the signing of a 20-year concession for "
            "the fuel jetty at Apia.\n\nThe Samoa Ports Authority granted the concession to Moana "
            "Fuel Terminals Limited, a company owned by two New Zealand groups. The "
            "concessionaire has committed US$75 million to a new berth and storage tanks over the "
            "first five years.\n\nThe World Bank signed a US$20 million loan with Samoa for the "
            "coastal road.",
            "US$75 million",
        ),
    ],
)
def test_committed_investment_takes_the_concession_status(text: str, amount: str) -> None:
    assert _statuses(text)[amount] == "signed"


def test_commitment_with_no_agreement_before_stays_approved() -> None:
    text = (
        "The Angolan oil agency said bids for six offshore blocks closed on Friday.\n\n"
        "The partners committed US$610 million to a minimum work program on the blocks, "
        "including three wells.\n\nThe Asian Development Bank signed a US$60 million loan with "
        "Angola for the port's access road."
    )
    assert _statuses(text)["US$610 million"] == "approved"
