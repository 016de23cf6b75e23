"""The drafted BLUF for a contract for a service on goods (round 20, newcomer20 N20-03): "a
contract for the maintenance of ...", never "a deal to sell maintenance"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model.codes import DealStatus


def _deal(kind: str, status: str, value: str, item: str, **sides: str) -> DealSuggestion:
    money = MoneySuggestion(Decimal("1"), "EUR", value)
    return DealSuggestion(kind=kind, value=money, status=DealStatus(status), item=item, **sides)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("deal", "expected"),
    [
        (
            _deal("other", "cancelled", "EUR 74 million", "mid-life maintenance of two submarines"),
            "A contract for the mid-life maintenance of two submarines, worth EUR 74 million, has"
            " been cancelled.",
        ),
        (
            _deal(
                "other",
                "signed",
                "$120 million",
                "upgrade 24 F-16 fighter jets",
                buyer="Ruritania",
                seller="Avionix",
            ),
            "Avionix and Ruritania have signed a contract to upgrade 24 F-16 fighter jets, worth"
            " $120 million.",
        ),
        (
            _deal(
                "other", "signed", "$9 million", "overhaul of four patrol boats", seller="Norlake"
            ),
            "Norlake has signed a contract for the overhaul of four patrol boats, worth"
            " $9 million.",
        ),
    ],
)
def test_a_service_contract_is_no_sale(deal: DealSuggestion, expected: str) -> None:
    assert deal_sentence(deal) == expected
    assert "sell" not in deal_sentence(deal)


def test_goods_of_kind_other_are_still_sold_as_before() -> None:
    """An item that names no service keeps the sale's sentence."""
    deal = _deal(
        "other", "signed", "$9 million", "patrol boats", seller="Norlake", buyer="Ruritania"
    )
    assert "to sell" in deal_sentence(deal)
