"""An acquisition with both sides and no item is titled by its kind, never "X to buy
acquisition from Y" (newcomer22 N22-06's stake built from a selection)."""

from __future__ import annotations

import pytest

from briefdesk.editing.draft import brief_title
from briefdesk.extract.results import DealSuggestion
from briefdesk.model.codes import DealKind


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("", "Acquisition by Tidewater Development Bank from Tanga Coastal Cement"),
        (
            "Norte gas field",
            "Tidewater Development Bank to buy Norte gas field from Tanga Coastal Cement",
        ),
        ("15% stake", "Tanga Coastal Cement to sell 15% stake to Tidewater Development Bank"),
    ],
)
def test_an_acquisition_title(item: str, title: str) -> None:
    deal = DealSuggestion(
        kind=DealKind.ACQUISITION,
        item=item,
        buyer="Tidewater Development Bank",
        seller="Tanga Coastal Cement",
    )
    assert brief_title(deal) == title
    assert "to buy acquisition" not in brief_title(deal)
