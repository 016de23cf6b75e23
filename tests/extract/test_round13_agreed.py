"""Round 13: a price agreed with a named side, told without a deal noun (made-up sentences)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_agreed import agreed_for


def _values(text: str) -> set[str]:
    return {d["value"]["as_stated"] for d in extract_text(text).to_json()["deals"] if d["value"]}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Kenya Railways agreed with Talgo Ltd on 20 passenger coaches for $95 million.",
            "$95 million",
        ),
        (
            "KTZ also agreed with Russia's Uralvagon Trade on 600 hopper wagons for 48 billion "
            "tenge.",
            "48 billion tenge",
        ),
        (
            "Kenya Railways and Talgo Ltd agreed terms on 20 passenger coaches for about $95 "
            "million.",
            "about $95 million",
        ),
        (
            "The utility contracted with Lusaka Pipeworks for 40 km of mains for $12 million.",
            "$12 million",
        ),
    ],
)
def test_agreed_price_is_a_deal(text: str, amount: str) -> None:
    assert amount in _values(text)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Kenya Railways agreed with Talgo Ltd on 20 coaches for ", True),
        ("The minister agreed with critics that the city had waited for ", False),
        ("The council asked for ", False),
        ("Ministers agreed that the country needed a new budget for ", False),
    ],
)
def test_agreed_for_frame(sentence: str, told: bool) -> None:
    assert agreed_for(sentence, len(sentence)) is told
