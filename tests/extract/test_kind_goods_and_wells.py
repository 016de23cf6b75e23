"""Kinds (round 21): goods sold by the tonne that are no energy (concentrate, carbonate, ore,
grain) and works on energy assets (drilling wells, gas compression, rebuilding a pipeline) are
kind "other", not an energy supply; LNG, coal and crude sold by the tonne stay energy. Made-up
sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _kinds(sentence: str) -> list[str]:
    return [d.kind.value for d in extract_text("Business news\n\n" + sentence + "\n").deals]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelso Mining signed a $300 million agreement to sell 20,000 tonnes a year of copper "
        "concentrate to Varna Metals Co.",
        "Kelso Lithium will sell up to 9,000 tonnes a year of battery-grade carbonate to Varna "
        "Cathode Ltd under a $450 million contract.",
        "Steppe Grain LLC signed a $58 million deal to ship 200,000 tonnes of wheat to the "
        "Ministry of Trade of Serevia.",
        "Norfelt Oil awarded Tarvik Drilling a $90 million contract to drill ten infill wells.",
        "Norfelt Oil awarded a $400 million contract for gas compression at the Nord field to "
        "Tarvik Energy Services.",
    ],
)
def test_goods_and_works_are_no_energy_supply(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds and "energy_supply" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelso Energy signed a $900 million deal to sell 1.2 million tonnes a year of LNG to "
        "Varna Gas Co.",
        "Varna Power signed a $120 million contract to buy 2 million tonnes of coal a year "
        "from Kelso Mining.",
        "Kelso Petroleum will supply 500,000 tonnes of crude to Varna Refining under a $300 "
        "million contract.",
    ],
)
def test_energy_by_the_tonne_stays_energy(sentence: str) -> None:
    assert "energy_supply" in _kinds(sentence)
