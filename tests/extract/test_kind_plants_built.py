"""Kinds (round 25): building or equipping a power plant is no energy supply. A plant's builder,
a contract for the plant itself, its compressor stations, paving its road or turbines bought for
it are kind "other"; a power purchase agreement for a plant's output, gas supplied to its
turbines and a fuel contract for it stay energy_supply. Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_kinds import deal_kind

# The sentence before names the plant, so its energy word reaches the amount's sentence.
_BEFORE = "Work on the new power plant at Port Kerran is behind schedule. "


@pytest.mark.parametrize(
    "sentence",
    [
        "VALDORIA SIGNS $480 MLN POWER PLANT CONTRACT WITH KOREAN BUILDER",
        "We bought three gas turbines from Norvik Energy for 75 million dollars.",
        "Baltic Gas Link awarded a €230 million contract to Severo Costruzioni SpA for three "
        "new compressor stations along the line.",
        "The utility signed a $900 million contract with Kervan Enerji A.S. for an 800-megawatt "
        "combined-cycle plant.",
        "The roads agency awarded Andes Vias S.A. the paving of the 30-kilometre road to the "
        "power plant for Bs 90 million.",
    ],
)
def test_plant_built_or_equipped_is_other(sentence: str) -> None:
    assert deal_kind(sentence, _BEFORE + sentence) == "other"


@pytest.mark.parametrize(
    "sentence",
    [
        # a plant's output bought: a power purchase agreement
        "The utility signed a 20-year power purchase agreement with Sunfield for a 200-megawatt "
        "solar park.",
        # gas supplied to a plant's turbines
        "Norvik Gas signed a $90 million contract to supply gas to the turbines of the Azito "
        "power plant.",
        # a fuel contract for a plant
        "The ministry signed a $40 million contract for fuel oil for the Kribi power plant.",
        # power bought from a plant
        "Ghana will buy 300 megawatts of power from the Bui plant for $50 million.",
    ],
)
def test_energy_bought_for_or_from_a_plant_stays_energy_supply(sentence: str) -> None:
    assert deal_kind(sentence, _BEFORE + sentence) == "energy_supply"
