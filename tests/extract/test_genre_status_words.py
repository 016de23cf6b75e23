"""Round 23: a genre's own words for a signing. Diplomatic notes exchanged on a grant, a
notice's "Date of contract:" field, a headline's "X, Y sign ...", and a delivery that is the
second verb under one "will be" ("will be built in Japan and delivered in 2029") is still to
come. Made-up texts, positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_status import deal_status
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "On 3 May the Government of Japan and the Government of Nepal exchanged notes on a "
            "grant of 2.1 billion yen for bridges in Karnali Province.",
            "signed",
        ),
        (
            "Japan and Palau exchanged notes in Koror on Monday on a grant of ¥900 million for a "
            "patrol boat, which will be built in Japan and delivered in 2029.",
            "signed",
        ),
        ("Armenia, Georgia sign $300 mln power line pact", "signed"),
        ("Ghana and Afreximbank sign $250 million cocoa loan", "signed"),
        ("The envoys will exchange notes on the $40 million grant next month.", "reported"),
        ("The visit was the latest sign of a thaw worth $2 billion in trade.", "reported"),
        ("Ministers to sign $300 million power line pact", "reported"),
        ("Two patrol boats worth $30 million will be built and delivered by 2029.", "reported"),
    ],
)
def test_genre_words(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


NOTICE = """NOTICE OF AWARD OF CONTRACTS

The Roads Authority hereby gives notice of the following awards:

LOT 1 - Resurfacing of the Kito - Mbale road (22 km)
   Successful bidder: Kinyara Road Works Limited, Kampala
   Contract sum: UGX 48,200,000,000
   Date of contract: 12 May 2027

LOT 2 - Two bridges over the Mpanga river
   Successful bidder: Lakeside Bridges Limited, Jinja
   Contract sum: UGX 21,700,000,000
   Date of contract: to be confirmed
"""


def test_a_lot_with_a_dated_contract_field_is_signed() -> None:
    statuses = _statuses(NOTICE)
    assert statuses["UGX 48,200,000,000"] == "signed"
    assert statuses["UGX 21,700,000,000"] == "approved"  # (no date: awarded, not signed)


FILING = """Single sales and supply contract (Haesong Heavy Industries Co., Ltd.)

1. Type of contract: construction of two LNG carriers
2. Contract amount (KRW): 512,300,000,000
3. Counterparty: Kaiyo Shosen Kaisha, Ltd.
4. Contract period: 2027-03-02 to 2030-06-30
5. Date of contract: 2027-03-02
"""


def test_a_filing_with_a_dated_contract_field_is_signed() -> None:
    assert _statuses(FILING)["512,300,000,000"] == "signed"


TERMINATION = """Report on termination of a supply contract

1. Contract terminated: Supply of four harbour cranes
2. Counterparty: Port of Valdivia Authority
3. Contract amount (KRW): 98,400,000,000
4. Date of termination: 2027-04-11
5. Reason: The contract, signed on 2 March 2025, did not enter into force.
"""


def test_a_block_with_a_dated_termination_is_cancelled() -> None:
    assert _statuses(TERMINATION)["98,400,000,000"] == "cancelled"
