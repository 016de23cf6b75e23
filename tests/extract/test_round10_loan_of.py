""" "A loan of X" / "a credit from X": X lends, whatever its name (round 10, newcomer10 N10-01).
Made-up sentences, with negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _loan(text: str) -> tuple[str, str]:
    loan = next(d for d in extract_text(text).deals if d.kind.value == "loan")
    return loan.buyer, loan.seller


def test_an_agency_after_a_loan_of_lends() -> None:
    borrower, lender = _loan(
        "The works are financed by a concessional loan of the Nordic Development Agency "
        "(NDA) of 45 million euros, the balance coming from the national budget."
    )
    assert lender == "Nordic Development Agency"
    assert borrower != "Nordic Development Agency"


def test_describing_words_between_the_loan_and_the_lender() -> None:
    _borrower, lender = _loan(
        "The programme is financed by a loan of the Austrian development bank OeEB of "
        "20 million euros."
    )
    assert lender == "OeEB"


def test_a_credit_from_a_firm_lends() -> None:
    _borrower, lender = _loan("Tanzania obtained a $90 million credit from Hanseatic Capital.")
    assert lender == "Hanseatic Capital"


def test_the_borrower_before_a_loan_from_a_bank_still_borrows() -> None:
    borrower, lender = _loan(
        "Zambia signed a $120 million loan from the African Development Bank on Monday."
    )
    assert (borrower, lender) == ("Zambia", "African Development Bank")
