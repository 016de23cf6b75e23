"""Financing asked of a lender (round 24, deals not found on fresh-21 and fresh-18): "has asked
the X Bank to finance the road", "mandated the X Finance Corporation (XFC) to arrange the senior
debt", "asked the X Bank to extend its swap line": a proposed loan, the one asking borrows.
Requests of a firm that lends nothing, requests for other work, and requests wondered about
or refused stay no deal. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(sentence: str) -> list[tuple[str, str, str, str]]:
    found = extract_text("Business news\n\n" + sentence + "\n").deals
    return [(d.kind.value, d.status.value, d.buyer, d.seller) for d in found]


@pytest.mark.parametrize(
    ("sentence", "buyer", "seller"),
    [
        (
            "Tarvos Energy PLC said it has mandated the Meridian Finance Corporation (MFC) to "
            "arrange the senior debt for the wind farm.",
            "Tarvos Energy PLC",
            "Meridian Finance Corporation",
        ),
        (
            "The Velmora Roads Authority has asked the Caspian Development Bank to finance the "
            "paving of 90 km of the northern highway, an official said.",
            "Velmora Roads Authority",
            "Caspian Development Bank",
        ),
        (
            "Kestrel Holdings has also invited the Northern Investment Bank to co-finance the "
            "new container terminal.",
            "Kestrel Holdings",
            "Northern Investment Bank",
        ),
    ],
)
def test_a_lender_asked_to_finance_is_a_proposed_loan(
    sentence: str, buyer: str, seller: str
) -> None:
    deals = _deals(sentence)
    assert ("loan", "proposed", buyer, seller) in deals, deals


@pytest.mark.parametrize(
    "sentence",
    [
        # a firm that lends nothing
        "The Velmora Roads Authority has asked Kestrel Engineering Ltd to finance the bridge.",
        # other work asked of a bank
        "The ministry asked the Caspian Development Bank to review the project's water plan.",
        # wondered about, refused
        "Velmora asked the Caspian Development Bank whether it would finance the road.",
        "The Caspian Development Bank refused when Velmora asked it to finance the road.",
    ],
)
def test_other_requests_stay_no_deal(sentence: str) -> None:
    assert _deals(sentence) == []
