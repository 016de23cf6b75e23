"""A deal the draft took is taken even when it has no item or value to know it by (N10-23)."""

from __future__ import annotations

from briefdesk.editing.suggested import Suggestion, in_brief
from briefdesk.extract.results import DealSuggestion
from briefdesk.model import Brief, Deal, Source, Span
from briefdesk.model.codes import DealKind

TEXT = (
    "Poland will buy 180 K2 tanks from Hyundai Rotem. The agreement was signed in Warsaw. "
    "Romania will also buy tanks."
)
SIGNED = (49, 84)  # "The agreement was signed in Warsaw."


def _suggestion(kind: DealKind = DealKind.ARMS_SALE, item: str = "") -> Suggestion:
    raw = DealSuggestion(kind=kind, item=item, evidence=[SIGNED])
    span = Span(source_id="src-1", start=SIGNED[0], end=SIGNED[1], quote=TEXT[49:84])
    return Suggestion("deals", "arms sale", "src-1", [span], raw)


def _brief(kind: DealKind = DealKind.ARMS_SALE) -> Brief:
    cited = Span(source_id="src-1", start=SIGNED[0], end=SIGNED[1], quote=TEXT[49:84])
    deal = Deal(title="Arms sale to Poland", kind=kind, evidence=[cited])
    return Brief(sources=[Source(id="src-1", text=TEXT)], deals=[deal])


def test_an_item_less_deal_citing_the_same_words_is_taken() -> None:
    assert TEXT[49:84] == "The agreement was signed in Warsaw."
    assert in_brief(_brief(), _suggestion())


def test_another_kind_or_an_item_the_deal_lacks_is_not_taken() -> None:
    assert not in_brief(_brief(DealKind.LOAN), _suggestion())
    assert not in_brief(_brief(), _suggestion(item="Piranha 5 vehicles"))
    assert not in_brief(Brief(sources=[Source(id="src-1", text=TEXT)]), _suggestion())


def test_a_deal_citing_most_of_the_words_is_taken_a_part_is_not() -> None:
    """A deal made from a selection cites the sentence without its dateline ("BRUSSELS, June 3
    (Wire) -"): it has taken the suggestion; one citing half of its words has not."""
    text = (
        "WARSAW, May 4 (Wire) - Poland signed a deal on Monday to buy 180 K2 tanks and 212 "
        "howitzers from Hyundai Rotem, the defence ministry said in a statement."
    )
    whole = Span(source_id="src-1", start=0, end=len(text), quote=text)
    raw = DealSuggestion(kind=DealKind.ARMS_SALE, evidence=[(0, len(text))])
    offered = Suggestion("deals", "arms sale", "src-1", [whole], raw)
    start = text.index("Poland")
    selected = Span(source_id="src-1", start=start, end=len(text), quote=text[start:])
    half = Span(source_id="src-1", start=start, end=start + 30, quote=text[start : start + 30])
    source = Source(id="src-1", text=text)
    taken = Brief(sources=[source], deals=[Deal(kind=DealKind.ARMS_SALE, evidence=[selected])])
    assert (len(text) - start) / len(text) >= 0.8
    assert in_brief(taken, offered)
    partly = Brief(sources=[source], deals=[Deal(kind=DealKind.ARMS_SALE, evidence=[half])])
    assert not in_brief(partly, offered)
