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


_NAVY = (
    "Defence news\n\nThe Serevian Navy is buying four frigates and two submarines from Kelso "
    "Naval Yards. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Separately, the Serevia Space Agency signed a $40 million contract with Norlune Orbital "
        "Ltd for two surveillance microsatellites.",
        "Separately, Serevia Shipping Corporation ordered three product tankers from Kelso "
        "Naval Yards for $138 million.",
        "Separately, the Serevia Port Authority ordered two tugs from Kelso Marine Ltd for $12 "
        "million.",
    ],
)
def test_civil_goods_beside_warships_are_no_arms(sentence: str) -> None:
    deals = extract_text(_NAVY + sentence + "\n").deals
    priced = [d.kind.value for d in deals if d.value is not None]
    assert priced == ["other"]


def test_a_bare_price_beside_warships_stays_arms() -> None:
    text = _NAVY + "The contract with Kelso Naval Yards is worth $900 million.\n"
    priced = [d.kind.value for d in extract_text(text).deals if d.value is not None]
    assert priced == ["arms_sale"]
