"""Counts kept when an adjective in -ed stands in the item or the order is told through its
first deliveries (round 10, newcomer10 N10-05). Made-up sentences, with negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _deal(text: str) -> tuple[str, int | None]:
    deal = extract_text(text).deals[0]
    return deal.item, deal.quantity


def test_an_armoured_item_keeps_its_count_and_name() -> None:
    assert _deal(
        "Under the deal, Balkan Arms will supply 36 Vuk-3 armoured vehicles to the Serbian "
        "Army for €140 million."
    ) == ("Vuk-3 armoured vehicles", 36)


def test_unmanned_and_guided_items() -> None:
    item, quantity = _deal("Ruanda ordered 12 unmanned aircraft from Skyvale for $80 million.")
    assert (item, quantity) == ("unmanned aircraft", 12)


def test_the_first_deliveries_of_an_order_count_the_order() -> None:
    item, quantity = _deal(
        "Nordwerk said it had delivered the first four of 16 ordered Sokol-7 drones to the "
        "Latvian army under a €60 million contract signed in 2024."
    )
    assert (item, quantity) == ("Sokol-7 drones", 16)


def test_a_past_participle_before_goods_is_still_no_item_word() -> None:
    item, quantity = _deal(
        "Ghana bought 20 trucks, then refurbished trainers, from Axel Motors for $9 million."
    )
    assert "refurbished" not in item
    assert quantity in (20, None)
