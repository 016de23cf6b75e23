"""Round 25: a signing set in the past in the amount's sentence ("was signed in 2024", "under a
contract signed in 2023") is background to the later stage told just before it (an arrival, a
handover, a stop). Made-up sentences, positives and near misses."""

from __future__ import annotations

import pytest

from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    ("text", "amount", "status"),
    [
        (
            "The first of three coastal tankers built for the Maldives Coast Guard by Lindqvist "
            "Varv of Gothenburg arrived in Male on Friday. The contract, valued at $84 million, "
            "was signed in 2025.",
            "$84 million",
            "in_delivery",
        ),
        (
            "The Ghana Navy took delivery on Tuesday of two inshore patrol craft at the Kestrel "
            "Marine yard in Bremerhaven. The pair cost €61 million under a contract signed in "
            "2024.",
            "€61 million",
            "delivered",
        ),
        (
            "Norway on Monday formally handed the research vessel Polarlys to the University of "
            "Dar es Salaam at a ceremony in Tanga. The ship, funded under a NOK 410 million "
            "grant signed in 2023, will survey the coastal shelf.",
            "NOK 410 million",
            "delivered",
        ),
        (
            "The Ministry of Works terminated in March the contract under which Orvieto "
            "Costruzioni was to build the Kasane bridge. The contract, worth 1.2 billion pula, "
            "had been signed in 2023.",
            "1.2 billion pula",
            "cancelled",
        ),
        (
            "The first cargo under the supply deal between Baltic LNG Trading S.A. and Kauno "
            "Energija arrived at Klaipeda on 3 May, the buyer said. The contract, signed in "
            "January for 0.4 million tonnes a year, is worth about $260 million.",
            "about $260 million",
            "in_delivery",
        ),
    ],
)
def test_later_stage_just_before_a_dated_signing(text: str, amount: str, status: str) -> None:
    assert _statuses(text)[amount] == status


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # The signing is the news: no time set in the past.
        (
            "The first of three coastal tankers built for the Maldives Coast Guard arrived in "
            "Male on Friday. The navy signed a $40 million contract for a fourth on Monday.",
            "$40 million",
        ),
        # The amount's sentence brings in a new deal.
        (
            "The Ghana Navy took delivery on Tuesday of two inshore patrol craft at the Kestrel "
            "Marine yard. A new contract, signed in May, is worth €30 million.",
            "€30 million",
        ),
        # The sentence before names an amount of its own: its stage may be another deal's.
        (
            "The ministry terminated in March a $5 million contract with Orvieto Costruzioni. "
            "The bridge contract, worth 1.2 billion pula, was signed in 2023.",
            "1.2 billion pula",
        ),
        # Nothing moved on before it.
        (
            "The ministry said the bridge would open in 2028. The contract, worth 1.2 billion "
            "pula, was signed in 2023 with Orvieto Costruzioni.",
            "1.2 billion pula",
        ),
    ],
)
def test_no_stage_taken_from_before(text: str, amount: str) -> None:
    assert _statuses(text)[amount] == "signed"
