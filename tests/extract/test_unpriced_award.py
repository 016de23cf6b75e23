"""A contract award told as a noun, with no price (newcomer10 N10-04: "Latvia's award last month
of a contract to Halvorsen Optronics for 24 Skyguard-N radar units, the value of which was not
disclosed" gave no deal)."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(d.buyer, d.seller, d.item) for d in extract_text(text).deals]


def test_a_nominal_award_of_a_contract_is_an_unpriced_deal() -> None:
    text = (
        "The order follows Estonia's award in March of a contract to Baltmar Optics AS for 16 "
        "Harrier-L radar units, the value of which was not disclosed."
    )
    assert any(
        buyer == "Estonia" and seller == "Baltmar Optics AS" for buyer, seller, _ in _sides(text)
    ), _sides(text)


def test_an_award_that_is_no_contract_is_no_deal() -> None:
    text = "Estonia's award last year of a medal to Captain Jaan Tamm for bravery was welcomed."
    assert _sides(text) == []
