"""The borrower's own share of a financed project is no second loan (newcomer9 N9-03: "The loan
will be matched by $45 million from the Government of Bangladesh" was suggested as a loan)."""

from __future__ import annotations

from briefdesk.extract import extract_text

TEXT = (
    "DHAKA, 4 March 2026 — The Asian Development Bank approved a $310 million loan to Bangladesh "
    "for the Jamuna river embankment. The loan will be matched by $45 million from the "
    "Government of Bangladesh, the bank said.\n\n"
    "The World Bank will lend Nepal $150 million for rural roads, with counterpart funding of "
    "$12 million from the government.\n"
)


def _values(text: str) -> set[str]:
    return {d.value.as_stated for d in extract_text(text).deals if d.value}


def test_the_borrowers_own_share_is_no_deal() -> None:
    assert _values(TEXT) == {"$310 million", "$150 million"}


def test_a_grant_from_another_donor_is_still_a_deal() -> None:
    text = (
        "The Asian Development Bank approved a $310 million loan to Bangladesh. The European "
        "Union will add a grant of €20 million to the project.\n"
    )
    assert _values(text) == {"$310 million", "€20 million"}
