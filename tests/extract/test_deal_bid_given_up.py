"""A bid given up ("it had withdrawn its offer for X", "had dropped its offer for X") is a
cancelled deal with the bidder buying and no seller, even when the bidder is a side of the
article's other deals (round 26, ``deal_blocked``); an offer still standing, one that may be
withdrawn, and an offer for no named company are none. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_LEAD = (
    "Business news\n\nCorvane Holdings SA agreed to buy Maribel Yards Ltd from Ostrander Capital "
    "for US$80 million, the companies said on Monday. "
)


def _gave_up(sentence: str) -> list[tuple[str, str, str]]:
    deals = extract_text(_LEAD + sentence + "\n").deals
    return [(d.buyer, d.seller, d.item) for d in deals if d.status == "cancelled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Holdings SA said on Tuesday it had withdrawn its offer for Kestrel Rail GmbH, "
        "a track-maintenance company in Leipzig, after failing to agree on guarantees.",
        "Corvane confirmed that it had dropped its takeover bid for Kestrel Rail GmbH after the "
        "two sides failed to agree on pension liabilities.",
    ],
)
def test_a_bid_given_up_is_a_cancelled_deal(sentence: str) -> None:
    assert [(b, s) for b, s, _ in _gave_up(sentence)] == [("Corvane Holdings SA", "")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvane Holdings SA said its offer for Kestrel Rail GmbH still stands.",
        "Corvane Holdings SA may have withdrawn its offer for Kestrel Rail GmbH, people said.",
        "Corvane Holdings SA had withdrawn its offer for the plant after the flood.",
        "Corvane Holdings SA has not withdrawn its offer for Kestrel Rail GmbH.",
    ],
)
def test_no_bid_given_up(sentence: str) -> None:
    assert _gave_up(sentence) == []
