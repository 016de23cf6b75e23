"""The count of an order told through its first deliveries: "delivered the first six of 18
ordered Falke-2 drones", "handed over the first two of eight C-390 aircraft" (round 10,
newcomer10 N10-05). The order is for the total (18), not the six handed over."""

from __future__ import annotations

from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.number_words import NUMBER_ALT, number_value

_FIRST_OF_TOTAL = lazy(
    rf"\bthe\s+(?:first|last|remaining)\s+(?:\d+|(?i:{NUMBER_ALT}))\s+of\s+(?:the\s+)?"
    rf"(?P<total>\d+|(?i:{NUMBER_ALT}))\s+(?:(?:ordered|contracted|purchased|planned)\s+)?$"
)


def total_before(text: str, item_start: int) -> int | None:
    """The order's total when "the first N of M (ordered)" stands just before the item."""
    before = text[max(0, item_start - 60) : item_start]
    if " of " not in before:
        return None
    match = _FIRST_OF_TOTAL.search(before)
    return number_value(match.group("total")) if match else None
