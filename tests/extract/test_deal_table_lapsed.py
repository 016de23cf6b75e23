"""A tender cancelled before any award, told as a row of an award table (round 24, deals not
found on fresh-18 and fresh-21): what is bought and who buys, the supplier cell a dash and a
cell saying the tender was cancelled or terminated: the buyer's cancelled deal with no seller.
A row still under evaluation, or with no buyer, stays no deal. Made-up tables."""

from __future__ import annotations

from briefdesk.extract import extract_text

_NOTICE = """NOTICE OF CONTRACT AWARDS

The Velmora Harbour Authority awarded the following contracts:

| No. | Tender No. | Description | Successful bidder | Contract sum | Status |
|---|---|---|---|---|---|
| 1 | VHA/011 | Supply of two pilot boats | Kestrel Marine Ltd | USD 4,200,000.00 | Signed |
| 2 | VHA/014 | Repair of the north breakwater | - | - | {status} |
"""

_BY_ENTITY = """CONTRACT AWARD NOTICES

| Ref. | Procuring entity | Description | Awarded to | Contract amount | Date of award |
|------|------------------|-------------|------------|-----------------|---------------|
| VP/01 | Velmora Roads Authority | Road works | Tarvos Civil Ltd | USD 12,500,000 | 03/04/2027 |
| VP/02 | Velmora Water Board | Supply of water meters | - | - | {status} |
"""


def _deals(text: str) -> list[tuple[str, str, str]]:
    return [(d.status.value, d.buyer, d.seller) for d in extract_text(text).deals]


def test_a_terminated_tender_row_is_the_buyers_cancelled_deal() -> None:
    text = _NOTICE.format(status="Tender terminated for irregularities; to be re-advertised")
    assert ("cancelled", "Velmora Harbour Authority", "") in _deals(text)


def test_a_cancelled_row_names_its_procuring_entity() -> None:
    text = _BY_ENTITY.format(status="Cancelled, see note 2")
    assert ("cancelled", "Velmora Water Board", "") in _deals(text)


def test_a_row_under_evaluation_stays_no_deal() -> None:
    deals = _deals(_BY_ENTITY.format(status="Evaluation in progress"))
    assert all(buyer != "Velmora Water Board" for _, buyer, _ in deals), deals
    deals = _deals(_NOTICE.format(status="Evaluation in progress"))
    assert [d for d in deals if d[0] == "cancelled"] == [], deals
