"""Round 11: a contract told as a noun between a pair ("welcomed the signing of a power purchase
agreement between A and B") is a deal, with no guessed direction. Made-up sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "kind", "sides"),
    [
        (  # (round 13: a power purchase agreement's utility buys, deal_between)
            "The leaders welcomed the signing of a 20-year power purchase agreement between "
            "Zambezi Grid Company Ltd and Kafue Solar Partners Company for the output of a "
            "300-megawatt solar farm.",
            "energy_supply",
            ("Zambezi Grid Company Ltd", "Kafue Solar Partners Company"),
        ),
        (
            "The ministers welcomed the signing, on the margins of the Summit, of the Gas Sales "
            "Agreement between Andean Gas Trading S.A. and Pacific Pipeline Holdings Ltd for "
            "fifteen years of supply.",
            "energy_supply",
            ("", ""),
        ),
        (
            "They noted the conclusion of a supply contract between Nile Railways Ltd and Delta "
            "Rolling Stock Company for 20 locomotives.",
            "other",
            ("", ""),
        ),
    ],
)
def test_the_signing_of_a_contract_between_a_pair(
    text: str, kind: str, sides: tuple[str, str]
) -> None:
    deals = extract_text(text).deals
    assert [(d.kind, d.buyer, d.seller) for d in deals] == [(kind, *sides)]


@pytest.mark.parametrize(
    "text",
    [
        # A memorandum stays a memorandum (no parties either way).
        "The ministers welcomed the signing of a Memorandum of Understanding between the "
        "Ministry of Energy of Ghana and the Ministry of Mines of Togo.",
        # Talk between a pair, no contract signed.
        "The leaders welcomed the talks between Zambezi Grid Company Ltd and Kafue Solar "
        "Partners Company on power supply.",
    ],
)
def test_no_pair_deal(text: str) -> None:
    kinds = [d.kind for d in extract_text(text).deals]
    assert kinds in ([], ["mou"])
