"""A subcontract that serves the story's order is never the drafted main deal (newcomer26
N26-01): the order is, with both its sides drafted as actors."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from briefdesk.editing.draft import draft
from briefdesk.editing.draft_part import parts
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.extract.results import DealSuggestion, MoneySuggestion
from briefdesk.model import Brief, Source
from briefdesk.model.codes import DealKind

DOCS = Path(__file__).resolve().parents[1] / "data" / "drafting"


def _drafted(text: str) -> Brief:
    brief = Brief(sources=[Source(id="s1", text=text)])
    return apply_edits(brief, draft(brief, "s1", extract_text(text)))


def _deal(buyer: str, seller: str, amount: str, start: int = 0, end: int = 10) -> DealSuggestion:
    value = MoneySuggestion(amount=Decimal(amount), currency="EUR", as_stated=amount)
    return DealSuggestion(
        DealKind.OTHER, buyer=buyer, seller=seller, value=value, evidence=[(start, end)]
    )


def test_the_prime_order_is_drafted_not_the_subcontract_whose_sides_were_surer() -> None:
    text = (DOCS / "wire_prime_and_subcontract.txt").read_text("utf-8")
    brief = _drafted(text)
    assert len(brief.deals) == 1
    deal = brief.deals[0]
    assert deal.value is not None and deal.value.amount == Decimal("1200000000")
    sides = {p.role.value: brief.actor(p.actor_id).name for p in deal.parties}  # type: ignore[union-attr]
    assert sides == {"buyer": "Ministry of Defence", "seller": "Baltmar Yards"}
    names = {a.name for a in brief.actors}
    assert {"Ministry of Defence", "Baltmar Yards"} <= names
    assert "Doca Fluvial" not in brief.header.title and "Doca Fluvial" not in brief.bluf
    assert "Harrier-class corvettes" in brief.bluf and "1.2 billion" in brief.bluf


def test_a_deal_bought_by_the_prime_for_less_serves_the_order() -> None:
    order = _deal("Ministry of Defence", "Baltmar Yards", "1200000000")
    sub = _deal("Baltmar Yards", "Doca Fluvial", "180000000")
    assert parts([sub, order], "no such word here") == {0}


def test_a_larger_deal_bought_by_the_seller_of_another_is_no_part() -> None:
    # The yard sells small boats and buys a shipyard for more: two stories, not a supply chain.
    boats = _deal("Ministry of Defence", "Baltmar Yards", "50000000")
    yard = _deal("Baltmar Yards", "Doca Fluvial", "400000000")
    assert parts([boats, yard], "no such word here") == set()


def test_an_unpriced_deal_of_the_prime_is_a_part_only_when_called_a_subcontract() -> None:
    text = "Baltmar Yards will buy engines from Motorna. It subcontracted the masts to Rigg."
    order = _deal("Ministry of Defence", "Baltmar Yards", "1200000000")
    engines = DealSuggestion(
        DealKind.OTHER, buyer="Baltmar Yards", seller="Motorna", evidence=[(0, 44)]
    )
    masts = DealSuggestion(
        DealKind.OTHER, buyer="Baltmar Yards", seller="Rigg", evidence=[(45, len(text))]
    )
    assert parts([order, engines, masts], text) == {2}


def test_a_subcontract_alone_is_still_drafted() -> None:
    text = (
        "Velmora, March 4 - Doca Fluvial will fit out a patrol ship for Baltmar Yards under a "
        "subcontract worth about EUR 180 million, the river yard said on Wednesday.\n"
    )
    brief = _drafted(text)
    assert len(brief.deals) == 1
    assert brief.deals[0].value is not None
    assert brief.deals[0].value.amount == Decimal("180000000")
