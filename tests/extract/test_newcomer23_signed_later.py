"""A deal's signing told later with its signer as the subject (newcomer23 N23-01/N23-22): a
lead's "has agreed to buy" restating the headline's amount, then "X signed the contract with Y
on Monday", is signed, not approved. Made-up texts; positives read "approved" or "reported" at
round23-start."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals

HEAD = "Chile to buy six Talcahuano tugboats from Brenmar Yards in $90 million deal\n\n"
LEAD = (
    "SANTIAGO, May 4 (Wire) - Chile has agreed to buy six harbour tugboats from shipbuilder "
    "Brenmar Yards for about $90 million, the Chilean Navy said on Tuesday. "
)
PLAIN = "Peru agreed to buy two frigates from Daewon Marine for $400 million. "


def status(text: str) -> str:
    rows = [row for row in deals(text) if row[3] is not None]
    assert len(rows) == 1, rows
    return rows[0][4]


@pytest.mark.parametrize(
    "text",
    [
        HEAD + LEAD + "Admiral Ruiz signed the contract with Brenmar Yards chief executive Ola "
        "Lind at the company's yard in Bergen on Monday, the navy said.",
        PLAIN + "The navy chief signed the contract with Daewon Marine on Friday.",
        PLAIN + "Defence Minister Ana Vega inked the deal in Lima on Monday.",
    ],
)
def test_a_later_signing_by_its_signer_moves_the_deal_to_signed(text: str) -> None:
    assert status(text) == "signed"


@pytest.mark.parametrize(
    "text",
    [
        # another party's contract: another deal
        PLAIN + "The navy chief signed the contract with Hanwha Systems on Friday.",
        # an older signing
        PLAIN + "The navy signed the contract in 2019, officials said.",
        # a separate deal
        PLAIN + "The navy chief signed a separate agreement with Daewon Marine on Friday.",
        # not signed
        PLAIN + "The navy chief has not signed the contract yet.",
        # a licence approved by a third party is no signing of the sale
        PLAIN + "South Korea's export agency approved the export licence last week.",
    ],
)
def test_near_misses_leave_the_agreement_approved(text: str) -> None:
    assert status(text) == "approved"
