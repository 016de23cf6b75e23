"""Deal sides on made-up sentences (issue 10, round 6 continued): guesses with a ground, and
descriptions and leads that name a side only in passing.

Names are invented; each kind has the sentences that must stay as they are.
"""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.deal_rows import deals


def _sides(text: str) -> tuple[str, str]:
    rows = deals(text)
    return (rows[0][0], rows[0][1]) if rows else ("", "")


# --- A guess with a ground: who pays, who delivers, which state hosts the works ------------
@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (
            "Daewon Marine Co. signed a $40 million contract with Kestrel Shipping Ltd, which "
            "will build two ferries.",
            "Daewon Marine Co",
            "Kestrel Shipping Ltd",
        ),
        (
            "Kestrel Shipping Ltd signed a $40 million contract with Daewon Marine Co., which "
            "will pay in four instalments.",
            "Daewon Marine Co",
            "Kestrel Shipping Ltd",
        ),
        (
            "Uzbekistan signed a $300 million agreement with Kyrgyzstan for a hydropower plant "
            "in Kyrgyzstan.",
            "Kyrgyzstan",
            "Uzbekistan",
        ),
        (  # "to export": the signer exports, even when the other side is a government body
            "Nepal Power Ltd signed a $28 million contract with the Bangladesh Power "
            "Development Authority to export 40 megawatts of power.",
            "Bangladesh Power Development Authority",
            "Nepal Power Ltd",
        ),
    ],
)
def test_a_guess_reads_who_pays_or_delivers(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


@pytest.mark.parametrize(
    ("text", "buyer", "seller"),
    [
        (  # no ground: the government side still buys
            "Kenya signed a $40 million contract with Daewon Marine Co.",
            "Kenya",
            "Daewon Marine Co",
        ),
        (  # "to supply" with a government: the government still buys
            "Ghana signed a $40 million contract with Daewon Marine Co. to supply two ferries.",
            "Ghana",
            "Daewon Marine Co",
        ),
        (  # an explicit direction is no guess
            "Ghana bought two ferries worth $40 million from Daewon Marine Co., which will "
            "pay a dividend.",
            "Ghana",
            "Daewon Marine Co",
        ),
    ],
)
def test_guesses_without_a_ground_stay(text: str, buyer: str, seller: str) -> None:
    assert _sides(text) == (buyer, seller), deals(text)


def test_a_guess_says_it_is_a_guess_and_why() -> None:
    deal = extract_text("Kenya signed a $40 million contract with Daewon Marine Co.").deals[0]
    reasons = {r.rule: r.text for r in deal.why}
    assert "a guess" in reasons["buyer.guess"]
    assert "government side buys" in reasons["buyer.guess"]
    assert "a guess" in reasons["seller.guess"]
    explicit = extract_text("Ghana bought two ferries for $40 million from Daewon Marine Co.")
    assert not any(r.rule.endswith(".guess") for r in explicit.deals[0].why)
