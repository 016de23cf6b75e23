"""Deal sides of the kinds the retired blind sets showed (issue 10, round 9): made-up
paraphrases that the articles do not contain, with the sentences that must not change."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import deals


def _sides(text: str) -> tuple[str, str]:
    rows = [row for row in deals(text) if row[3]]
    return (rows[0][0], rows[0][1]) if rows else ("", "")


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # a concession signed "with <authority> to operate": the authority grants it
            "Coral Quay Terminals Ltd on Monday signed a 25-year concession with the Tanga "
            "Port Authority to develop and run the new quay, an investment of $400 million.",
            "Coral Quay Terminals Ltd",
            "Tanga Port Authority",
        ),
        (  # a works contract signed the same way stays the other way round
            "Coral Quay Builders Ltd on Monday signed a $400 million contract with the Tanga "
            "Port Authority to build the new quay.",
            "Tanga Port Authority",
            "Coral Quay Builders Ltd",
        ),
    ],
)
def test_concession_signed_with_authority_to_operate(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller)
