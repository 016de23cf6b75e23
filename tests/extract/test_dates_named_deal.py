"""A month naming a deal already made ("the November barter") points back (round 22,
newcomer21 N21-13). Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.extract import extract_text

PUBLISHED = dt.date(2027, 1, 12)


def _resolved(text: str, said: str) -> str:
    found = extract_text(text, published=PUBLISHED)
    return next(d.resolved_text for d in found.dates if d.text == said)


@pytest.mark.parametrize(
    "text",
    [
        "Hollin Grain shipped maize to Rastel under the November barter.",
        "The two states extended the November accord by a year.",
    ],
)
def test_a_month_naming_a_made_deal_is_the_last_such_month(text: str) -> None:
    assert _resolved(text, "November") == "2026-11"


@pytest.mark.parametrize(
    "text",
    [
        "Rastel must pay before the November deadline.",
        "The ministry expects the first cargo in November.",
    ],
)
def test_other_months_keep_their_reading(text: str) -> None:
    assert _resolved(text, "November") == "2027-11"
