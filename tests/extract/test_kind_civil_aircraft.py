"""Round 24: an airline's or a lessor's aircraft are no arms sale unless a military word
stands beside them. Made-up sentences, positives and near misses."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_kinds import deal_kind


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        (
            "The agreement, signed on 2 May, is worth about $300 million at list prices.",
            "Steppe Airways has ordered six regional aircraft from Avionord SAS, the airline said.",
        ),
        (
            "The deal, valued at $90 million, closed on 31 March.",
            "Kestrel Air sold two jets to a Dublin-based lessor and leased them back.",
        ),
    ],
)
def test_airline_aircraft_are_other(sentence: str, context: str) -> None:
    assert deal_kind(sentence, context) == "other"


@pytest.mark.parametrize(
    ("sentence", "context"),
    [
        (
            "The contract, signed on 2 May, is worth about $300 million.",
            "The air force has ordered six transport aircraft from Avionord SAS.",
        ),
        (
            "The contract, signed on 2 May, is worth about $300 million.",
            "The army will take eight helicopters; the airline's pilots will train its crews.",
        ),
        (
            "The contract, signed on 2 May, is worth about $300 million.",
            "The navy ordered six jets from Avionord SAS.",
        ),
    ],
)
def test_military_aircraft_stay_arms(sentence: str, context: str) -> None:
    assert deal_kind(sentence, context) == "arms_sale"
