"""A deal the learned reader proposed is a guess in the draft (round 16): it never leads ahead
of a rule's deal, never lends its sides to one, and its own sides are never drafted as sure;
it stays a suggestion with its why."""

from __future__ import annotations

from decimal import Decimal

from briefdesk.editing.draft import draft
from briefdesk.editing.draft_sure import learned, main_deal
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_source
from briefdesk.extract.deal_learned import RULE
from briefdesk.extract.results import DealSuggestion, Extraction, MoneySuggestion, Reason
from briefdesk.model import Brief
from briefdesk.model.codes import DealStatus
from briefdesk.sources import import_text

# Made up: no amount, no unpriced pattern; only the learned reader finds the deal.
SUPPLY = (
    "Lusaka, 4 June. Lakeside Power Ltd will supply up to 40 MW to the Zambia Electricity "
    "Supply Corporation under terms agreed this week. The talks went on."
)
CUE = Reason("seller.cue", "seller: subject of 'will supply'")


def _deal(rule: str, **fields: object) -> DealSuggestion:
    return DealSuggestion(
        kind="energy_supply",  # type: ignore[arg-type]
        status=DealStatus.REPORTED,
        why=[Reason(rule, "why"), CUE],
        **fields,  # type: ignore[arg-type]
    )


def _pair(rule: str) -> Extraction:
    """A rule's thin deal first, then a fuller one from ``rule`` in the same paragraph."""
    thin = _deal("deal.unpriced", seller="Lakeside Power Ltd", evidence=[(0, 40)])
    full = _deal(
        rule,
        item="power",
        seller="Lakeside Power Ltd",
        buyer="Zambia Electricity Supply Corporation",
        evidence=[(41, 90)],
    )
    return Extraction(deals=[thin, full])


def test_a_learned_deal_never_leads_or_fills_a_rule_deal() -> None:
    deal = main_deal(_pair(RULE), "x" * 100)
    assert deal is not None and not learned(deal)
    assert deal.buyer == "" and deal.item == ""  # nothing taken from the learned deal


def test_the_same_pair_from_rules_merges() -> None:
    """The control: were the fuller deal a rule's, it would fill the thin one."""
    deal = main_deal(_pair("deal.kind"), "x" * 100)
    assert deal is not None
    assert deal.buyer == "Zambia Electricity Supply Corporation" and deal.item == "power"


def test_a_rule_deal_with_a_value_leads_a_learned_one_too() -> None:
    value = MoneySuggestion(Decimal("5000000"), "USD", "$5 million")
    priced = _deal("deal.kind", value=value, seller="Lakeside Power Ltd")
    extraction = Extraction(deals=[_deal(RULE, item="power", buyer="Zesco"), priced])
    deal = main_deal(extraction)
    assert deal is not None and deal.value == value and not learned(deal)


def test_a_learned_deal_alone_is_drafted_with_its_cue_sides_and_stays_a_suggestion() -> None:
    """The sure reading (and the BLUF) states no side of a learned deal; the drafted deal
    carries the sides a cue in its sentence gave, where the user sees them (round 21, N20-12:
    an empty "Deal" was drafted; a guessed side stays off, test_newcomer20_left)."""
    source = import_text(SUPPLY)
    extraction = extract_source(source)
    (raw,) = [d for d in extraction.deals if learned(d)]
    assert raw.seller == "Lakeside Power Ltd"  # the reader's guess, offered
    assert len(extraction.deals) == 1
    deal = main_deal(extraction, source.text)
    assert deal is not None and deal.buyer == "" and deal.seller == ""
    assert any(r.rule == RULE for r in deal.why)

    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, extraction))
    names = {a.id: a.name for a in drafted.actors}
    assert [[(p.role.value, names[p.actor_id]) for p in d.parties] for d in drafted.deals] == [
        [("buyer", "Zambia Electricity Supply Corporation"), ("seller", "Lakeside Power Ltd")]
    ]
    assert "Lakeside" not in drafted.bluf and "Zambia Electricity" not in drafted.bluf

    offered = [s for s in from_extraction(extraction, source) if s.raw is raw]
    assert len(offered) == 1
    assert any(r.rule == RULE for r in offered[0].raw.why)  # its why goes with it
