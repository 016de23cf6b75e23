"""A restated amount takes the status of its own line and clause only (round 22, N22-01).

Made-up texts. A table read as one sentence (pipes, no full stop) gave every row's deal the
first row's "Cancelled": the new lease told under the cancelled purchase was drafted cancelled.
"""

from __future__ import annotations

import datetime as dt

from briefdesk.extract import extract_text

_NOTE = (
    "Norvalia has cancelled its planned purchase of eight Kestrel-4 drones from Astrelle "
    "Avionics, worth about US$80 million. In its place the Norvalian Navy will lease three "
    "patrol boats from Harbourline Leasing for four years, at US$33 million.\n\n"
    "| Item | Counterparty | Value | Status |\n| --- | --- | --- | --- |\n"
    "| 8 Kestrel-4 drones | Astrelle Avionics | US$80m | Cancelled, 3 Nov |\n"
    "| 3 patrol boats, lease | Harbourline Leasing | US$33m | Signed, 9 Nov |\n"
)


def _status(text: str, amount: int) -> str:
    deals = extract_text(text, published=dt.date(2026, 11, 20)).deals
    found = [d for d in deals if d.value is not None and d.value.amount == amount]
    assert found, [(d.kind, d.value) for d in deals]
    return str(found[0].status)


def test_a_table_row_tells_its_own_deal_status() -> None:
    assert _status(_NOTE, 33_000_000) == "signed"  # was "cancelled" (the first row's)
    assert _status(_NOTE, 80_000_000) == "cancelled"


def test_a_row_without_status_words_moves_nothing() -> None:
    text = _NOTE.replace("Signed, 9 Nov", "9 Nov")
    assert _status(text, 33_000_000) == "reported"


def test_a_restatement_in_prose_still_moves_the_status() -> None:
    text = (
        "Norvalia plans to buy eight Kestrel-4 drones from Astrelle Avionics for US$80 million. "
        "The US$80 million contract was signed on Monday in Port Amsel."
    )
    assert _status(text, 80_000_000) == "signed"


def test_a_restated_amount_takes_its_own_clause() -> None:
    text = (
        "Norvalia plans to buy eight Kestrel-4 drones from Astrelle Avionics for US$80 million. "
        "Another US$12 million order was cancelled last week; the US$80 million contract was "
        "signed on Monday."
    )
    assert _status(text, 80_000_000) == "signed"
