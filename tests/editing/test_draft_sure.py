"""A drafted BLUF states only what the reading is sure of (newcomer12 N12-26): a side the
extraction guessed is left out of the sentence, and an ended sale blames nobody."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.editing.deal_sentence import deal_sentence
from briefdesk.editing.draft import bluf_draft
from briefdesk.editing.draft_sure import main_deal, sure_sides
from briefdesk.extract import extract_text
from briefdesk.extract.results import DealSuggestion, MoneySuggestion, Reason
from briefdesk.model.codes import DealStatus


def _guessed(**sides: str) -> DealSuggestion:
    guess = "a guess (the text gives no direction)"
    why = [Reason(f"{role}.guess", f"{role}: {guess}") for role in sides]
    return DealSuggestion(
        kind="energy_supply",  # type: ignore[arg-type]
        value=MoneySuggestion(Decimal("9000000000"), "EUR", "around EUR 9 billion"),
        status=DealStatus.SIGNED,
        why=why,
        **sides,
    )


@pytest.mark.parametrize(
    ("deal", "never"),
    [
        (_guessed(seller="Bulgaria", buyer="Hungary"), ("Bulgaria", "Hungary")),
        (_guessed(seller="Kyrgyzaltyn Resources"), ("Kyrgyzaltyn",)),
    ],
)
def test_a_guessed_side_is_not_drafted(deal: DealSuggestion, never: tuple[str, ...]) -> None:
    text = bluf_draft(sure_sides(deal))
    assert text and not any(name in text for name in never)


def test_a_side_from_a_cue_is_drafted() -> None:
    deal = _guessed(buyer="Hungary")
    deal = DealSuggestion(
        kind=deal.kind,
        value=deal.value,
        status=deal.status,
        seller="Azerbaijan",
        buyer="Hungary",
        why=[Reason("seller.cue", "seller: subject of 'will supply'"), *deal.why],
    )
    text = bluf_draft(sure_sides(deal))
    assert "Azerbaijan" in text and "Hungary" not in text


def test_the_main_deal_of_a_text_drops_a_guessed_transit_free_pair() -> None:
    # Two states named with no direction: the house guess picks sides, the draft names none.
    text = "Georgia and Armenia signed a €120 million electricity agreement in Tbilisi."
    deal = main_deal(extract_text(text))
    assert deal is not None
    assert "Georgia" not in bluf_draft(deal) and "Armenia" not in bluf_draft(deal)


@pytest.mark.parametrize("status", ["cancelled", "suspended"])
def test_an_ended_sale_blames_nobody(status: str) -> None:
    deal = DealSuggestion(
        kind="arms_sale",  # type: ignore[arg-type]
        item="Orion drones",
        value=MoneySuggestion(Decimal("120000000"), "USD", "$120 million"),
        seller="Russia",
        status=DealStatus(status),
    )
    text = deal_sentence(deal)
    assert not text.startswith("Russia has")
    assert text == f"The sale of Orion drones, worth $120 million, by Russia has been {status}."


THREAD = (
    "1/ BIG: Romania has signed a contract with Rheinmetall for 298 Lynx KF41 infantry "
    "fighting vehicles. Value: €3.2bn. Signed today in Bucharest.\n\n"
    "2/ First 30 come from Germany in 2028, the rest built locally.\n\n"
    "3/ Financing: part comes from the EU SAFE instrument — Romania asked for €16.6bn in SAFE "
    "loans in total, this is the first big ticket."
)


def test_a_deal_less_far_along_never_leads_over_the_first_priced_one() -> None:
    # newcomer15 N15-21: the signed headline contract (sides guessed) lost to a total of loans
    # only "asked for" whose sides came from cues.
    signed = DealSuggestion(
        kind="arms_sale",  # type: ignore[arg-type]
        item="Lynx KF41 infantry fighting vehicles",
        value=MoneySuggestion(Decimal("3200000000"), "EUR", "€3.2bn"),
        status=DealStatus.SIGNED,
        buyer="Romania",
        seller="Rheinmetall",
        why=[Reason("buyer.guess", "guess"), Reason("seller.guess", "guess")],
    )
    asked = DealSuggestion(
        kind="loan",  # type: ignore[arg-type]
        value=MoneySuggestion(Decimal("16600000000"), "EUR", "€16.6bn"),
        status=DealStatus.REPORTED,
        buyer="Romania",
        seller="Germany",
        why=[Reason("buyer.cue", "cue"), Reason("seller.cue", "cue")],
    )
    from briefdesk.extract.results import Extraction

    lead = main_deal(Extraction(deals=[signed, asked]))
    assert lead is not None and lead.value is not None
    assert lead.value.amount == Decimal("3200000000") and lead.kind == "arms_sale"
    # As firm as the first: the complete one still leads, as before.
    level = DealSuggestion(**{**asked.__dict__, "status": DealStatus.SIGNED})
    lead = main_deal(Extraction(deals=[signed, level]))
    assert lead is not None and lead.kind == "loan"


def test_the_thread_drafts_its_signed_contract() -> None:
    deal = main_deal(extract_text(THREAD), THREAD)
    assert deal is not None and deal.value is not None
    assert deal.value.amount == Decimal("3200000000")
