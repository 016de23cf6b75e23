"""A claim's amount is no deal; money paid in return for access is no grant (round 22,
newcomer22 N22-13, N22-02). Made-up sentences, positives and negatives."""

from __future__ import annotations

import datetime as dt

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, int]]:
    found = extract_text(text, published=dt.date(2026, 11, 20)).deals
    return [(str(d.kind), str(d.status), int(d.value.amount) if d.value else 0) for d in found]


def test_an_arbitration_claim_of_an_amount_is_no_deal() -> None:
    text = (
        "Korvath Engineering Group has filed an arbitration claim of US$40 million against "
        "Ruvani Cement over the termination of their kiln contract, the company said."
    )
    assert _deals(text) == []  # was a cancelled "other" deal of US$40 million


def test_an_amount_before_claim_is_no_deal() -> None:
    text = "Korvath Engineering Group lodged a US$40 million arbitration claim against Ruvani."
    assert _deals(text) == []
    assert _deals("Velmar Ports filed a claim for US$12 million against Ostmark.") == []


def test_a_contract_beside_a_claim_is_still_a_deal() -> None:
    text = (
        "Ruvani Cement signed a US$40 million contract with Korvath Engineering Group for a "
        "kiln. A claim by a rival bidder was rejected."
    )
    assert [d[2] for d in _deals(text)] == [40_000_000]


def test_a_contribution_paid_in_return_for_access_is_no_grant() -> None:
    text = (
        "Velorra and Ostmark signed a fisheries access agreement in Port Amsel. In return, "
        "Ostmark will pay a financial contribution of EUR 4 million a year."
    )
    kinds = [d[0] for d in _deals(text) if d[2] == 4_000_000]
    assert kinds and kinds[0] != "grant"


def test_a_contribution_given_to_support_is_still_a_grant() -> None:
    text = (
        "Ostmark will provide a contribution of EUR 4 million to support Velorra's coast "
        "guard, the ministry said."
    )
    assert [d[0] for d in _deals(text) if d[2] == 4_000_000] == ["grant"]
