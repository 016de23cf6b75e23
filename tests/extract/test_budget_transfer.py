"""Money moved inside a government's budget is no deal (newcomer10: a Peruvian release's
"S/ 1,250 million credit transfer to Ministry of Defence" became a loan once soles were read)."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _values(text: str) -> list[str]:
    return [d.value.as_stated for d in extract_text(text).deals if d.value]


def test_a_budget_transfer_between_ministries_is_no_deal() -> None:
    text = (
        "The Ministry of Finance of Bolivia authorised a budget transfer of Bs 480 million in "
        "favour of the Ministry of Defence to finance the purchase of radars."
    )
    assert "Bs 480 million" not in _values(text)
    headline = "Treasury approves $210 million credit transfer to defence ministry for patrol boats"
    assert _values(headline) == []


def test_a_credit_line_from_a_bank_is_still_a_loan() -> None:
    text = (
        "The Export-Import Bank of India extended a credit line of $100 million to Sri Lanka "
        "for the purchase of railway carriages, the ministry said."
    )
    assert "$100 million" in _values(text)
