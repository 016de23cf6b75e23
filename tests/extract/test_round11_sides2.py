"""Deal sides, round 11 (second pass): loans whose borrower the loan's own sentence leaves
unnamed, made-up paraphrases with the sentences that must not change."""

from __future__ import annotations

from tests.extract.deal_rows import deals


def _rows(text: str) -> dict[str | None, tuple[str, str]]:
    return {row[3]: (row[0], row[1]) for row in deals(text)}


_ARTICLE = (
    "Moldova has signed a contract for a new power line to Romania. Moldova's energy minister "
    "said the line would end the country's reliance on one supplier. Officials in Moldova "
    "expect work to start in spring.\n\n"
)


def test_a_loan_from_a_foreign_lender_goes_to_the_article_s_state() -> None:
    # The loan sentence names only the lender: the state the article is about borrows.
    text = _ARTICLE + (
        "The European Bank for Reconstruction and Development is preparing a loan of "
        "EUR 80 million for the line."
    )
    assert _rows(text)["EUR 80 million"] == (
        "Moldova",
        "European Bank for Reconstruction and Development",
    )


def test_a_lender_of_the_article_s_own_state_lends_to_no_guessed_borrower() -> None:
    # The lender is the article's own state's bank: the state is not its own borrower.
    text = _ARTICLE + "The Moldova Development Bank is preparing a loan of EUR 20 million."
    assert _rows(text)["EUR 20 million"] == ("", "Moldova Development Bank")


def test_a_loan_with_no_lender_gets_no_state_either() -> None:
    text = _ARTICLE + "A loan of EUR 30 million for the substations is still being negotiated."
    assert _rows(text).get("EUR 30 million", ("", ""))[0] == ""


_AID_ARTICLE = (
    "Tuvalu has asked its partners for help after the king tides. Tuvalu's finance minister "
    "said the damage came to a fifth of the budget. Officials in Tuvalu expect rain in March."
    "\n\n"
)


def test_a_foreign_capital_signing_off_budget_support_gives_it() -> None:
    # Wellington is New Zealand; the article is about Tuvalu, which receives.
    text = _AID_ARTICLE + (
        "Wellington has signed off NZ$12 million in budget support for this financial year."
    )
    assert _rows(text)["NZ$12 million"] == ("Tuvalu", "New Zealand")


def test_a_grant_with_a_named_recipient_keeps_it() -> None:
    text = _AID_ARTICLE + "Wellington will lend NZ$12 million to Fiji for its wharves."
    assert _rows(text)["NZ$12 million"] == ("Fiji", "New Zealand")
