"""Round 16 (issue 10): numbers inside an item's name are no count (a designation's, a
calibre, a size, a model year), counts with thousands marked, and status words that are
negated or conditional. Made-up sentences, with negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.item_numbers import item_text


def _item(text: str) -> tuple[str, int | None]:
    deal = extract_text(text).deals[0]
    return deal.item, deal.quantity


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "The Philippine Air Force will buy 12 FA-50 Block 20 fighters from Korea Aerospace "
            "Industries for $700 million.",
            "FA-50 Block 20 fighters",
            12,
        ),
        (
            "The Philippines signed a $700 million contract with Korea Aerospace Industries "
            "for FA-50 Block 20 aircraft.",
            "FA-50 Block 20 aircraft",
            None,
        ),
        (
            "Poland ordered F-16 Block 70 jets from Lockheed Martin for $7 billion.",
            "F-16 Block 70 jets",
            None,
        ),
        (
            "The Indonesian Navy signed a $400 million deal with Hanwha for Type 209 Mk 4 "
            "submarines.",
            "Type 209 Mk 4 submarines",
            None,
        ),
        (
            "Malaysia signed for three Littoral Mission Ship Batch 2 vessels from Turkey's "
            "Halic Naval Shipyards for $720 million.",
            "Littoral Mission Ship Batch 2 vessels",
            3,
        ),
        (
            "Ethiopian Airlines signed a $700 million lease of two Boeing 787 aircraft from "
            "AerCap.",
            "Boeing 787 aircraft",
            2,
        ),
        (
            "Thailand signed a $300 million contract with Sweden for two Vaktfalk 700 airborne "
            "early warning aircraft.",
            "Vaktfalk 700 airborne early warning aircraft",
            2,
        ),
    ],
)
def test_a_designation_number_is_no_count(text: str, item: str, quantity: int | None) -> None:
    assert _item(text) == (item, quantity)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        (
            "Romania ordered 2,000 155 mm artillery shells from Nammo for $30 million.",
            "155 mm artillery shells",
            2000,
        ),
        (
            "Romania ordered 155 mm artillery shells from Nammo for $30 million.",
            "155 mm artillery shells",
            None,
        ),
        (
            "The army will buy 5.56mm ammunition from Colt Canada for $15 million.",
            "5.56mm ammunition",
            None,
        ),
        (
            "Estonia signed a €40 million contract with Nexter for 120-millimetre mortar rounds.",
            "120-millimetre mortar rounds",
            None,
        ),
        ("Kenya bought 30 mm cannon from Rheinmetall for $25 million.", "30 mm cannon", None),
        (
            "Armenia will buy 36 towed 155-millimetre howitzers from India for $150 million.",
            "towed 155-millimetre howitzers",
            36,
        ),
        (
            "Turkey will build two 113 m frigates for Morocco under a $600 million deal.",
            "113 m frigates",
            2,
        ),
        (
            "Indonesia ordered two 87 m Bosphorus-class offshore patrol vessels from Turkey's "
            "Marmara Naval Yards for $250 million.",
            "87 m Bosphorus-class offshore patrol vessels",
            2,
        ),
    ],
)
def test_a_calibre_or_size_is_part_of_the_item(text: str, item: str, quantity: int | None) -> None:
    assert _item(text) == (item, quantity)


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        # negatives: plain counts, a model's number with its count, thousands marked
        ("Germany will sell 24 Leopard 2 tanks to Norway for $1.2 billion.", "Leopard 2 tanks", 24),
        (
            "Estonia ordered 6,000 anti-tank mines from Saab for €20 million.",
            "anti-tank mines",
            6000,
        ),
        ("The Philippines will buy 1,200 rifles from Colt Canada for $5 million.", "rifles", 1200),
        ("Kenya signed a $12 m contract for six patrol boats with Damen.", "patrol boats", 6),
        ("Ghana will buy 20 trucks from Axel Motors for $9 million.", "trucks", 20),
    ],
)
def test_counts_are_still_read(text: str, item: str, quantity: int) -> None:
    assert _item(text) == (item, quantity)


def test_a_unit_noun_is_no_item() -> None:
    deal = extract_text(
        "The $200 million loan from the World Bank will fund a 230 kilovolts line to Thika."
    ).deals[0]
    assert deal.quantity is None
    assert "kilovolts" not in deal.item


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("12 FA-50 Block 20 fighters", "12 FA-50 Block_20 fighters"),
        ("2,000 155 mm shells", "2,000 155_mm shells"),
        ("2024 model year trucks", "2024_model year trucks"),
        ("two Boeing 787 aircraft", "two Boeing_787 aircraft"),
        ("a $12 m contract", "a $12 m contract"),  # millions, not metres
        ("EUR 40 m in loans", "EUR 40 m in loans"),
        ("Ghana Buys 12 Helicopters", "Ghana Buys 12 Helicopters"),  # no count before the name
    ],
)
def test_item_text_keeps_length_and_glues_only_names(text: str, glued: str) -> None:
    assert item_text(text) == glued
    assert len(item_text(text)) == len(text)


def test_a_making_verb_is_no_part_of_the_item() -> None:
    item, _quantity = _item(
        "Nordammo signed a $40 million licence under which Latvia's Baltammo would assemble "
        "155 mm shells in Riga."
    )
    assert item == "155 mm shells"


def _status(text: str) -> str:
    return extract_text(text).deals[0].status.value


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said nothing has been signed yet on the $500 million purchase of 12 "
        "helicopters from Airbus.",
        "Nigeria has not signed the $500 million contract to buy 12 helicopters from Airbus.",
        "Nigeria has yet to sign the $500 million contract for 12 helicopters from Airbus.",
        "Nigeria stopped short of signing a $500 million contract for 12 helicopters with Airbus.",
        "Talks on the $500 million purchase of helicopters from Airbus will continue before any "
        "contract is signed.",
        "The $500 million contract for 12 helicopters from Airbus would be signed if parliament "
        "approves the budget.",
    ],
)
def test_signing_denied_or_put_off_is_a_proposal(text: str) -> None:
    assert _status(text) == "proposed"


def test_agreed_without_signing_stays_agreed() -> None:
    text = (
        "Nigeria agreed to buy 12 helicopters from Airbus for $500 million without signing a "
        "contract."
    )
    assert _status(text) == "approved"


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a signing that happened, a condition about something else, a past "once"
        "Nigeria signed a $500 million contract for 12 helicopters with Airbus on Monday.",
        "Kenya signed a $200 million loan with the World Bank on Monday; the money will be "
        "disbursed once the agreement is ratified.",
        "The contract for 12 helicopters, worth $500 million, was signed once the budget was "
        "approved.",
        "Ghana signed a $300 million contract with Damen for four patrol boats, two months after "
        "parliament approved the budget.",
        "Vietnam ordered four patrol boats from Damen for $300 million without a tender.",
    ],
)
def test_signings_that_happened_stay_signed(text: str) -> None:
    assert _status(text) == "signed"
