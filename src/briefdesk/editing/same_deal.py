"""One contract found twice: halves of the same deal become one record (newcomer13 N13-10).

An announcement can give the contract's value in one sentence and what it buys in the next;
extraction then offers two deals of one kind: one with the value and no item, one with the item
and no value. Drafting the first and accepting the second gave the brief two half-deals. Two
deals are the same contract when they are of one kind, nothing they both state disagrees (value,
item, buyer, seller), and something ties them: the same item or value, or their words sit in the
same paragraph of the same source. Merging fills the empty fields of one from the other and
never overwrites what is there.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdesk.extract.results import DealSuggestion, Extraction
from briefdesk.model import Brief, Deal, Source

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _agree(a: str, b: str) -> bool:
    """Both blank or one blank, or one names the other ("Centre for Defence Investment" in
    "Estonian Centre for Defence Investment")."""
    a, b = _fold(a), _fold(b)
    return not a or not b or a in b or b in a


def _paragraphs(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The numbers of the paragraphs (blank-line separated) the spans start in."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    return {sum(1 for b in breaks if b <= start) for start, _end in spans}


def _where(deal: DealSuggestion) -> list[tuple[int, int]]:
    spans = [(int(s), int(e)) for s, e in deal.evidence]
    if deal.value is not None:
        spans += [(int(s), int(e)) for s, e in deal.value.evidence]
    return spans + [(int(s), int(e)) for s, e in deal.item_evidence]


def _same_value(a: DealSuggestion, b: DealSuggestion) -> bool | None:
    """True/False when both state a value; None when one does not."""
    if a.value is None or b.value is None:
        return None
    return (a.value.amount, a.value.currency) == (b.value.amount, b.value.currency)


def same_contract(a: DealSuggestion, b: DealSuggestion, text: str | None) -> bool:
    """True when ``a`` and ``b`` (from one source whose text is ``text``) are one contract;
    without the text only the same item or value ties them."""
    if str(a.kind) != str(b.kind):
        return False
    value = _same_value(a, b)
    if value is False or not _agree(a.item, b.item):
        return False
    if not (_agree(a.buyer, b.buyer) and _agree(a.seller, b.seller)):
        return False
    if value or (a.item and b.item):
        return True
    if text is None:
        return False
    return bool(_paragraphs(text, _where(a)) & _paragraphs(text, _where(b)))


def _richness(deal: DealSuggestion) -> int:
    return sum(bool(part) for part in (deal.value, deal.item, deal.buyer, deal.seller))


def merged(main: DealSuggestion, other: DealSuggestion) -> DealSuggestion:
    """``main`` with its empty fields filled from ``other`` (the same contract)."""
    changes: dict[str, object] = {}
    if main.value is None and other.value is not None:
        changes["value"] = other.value
    if not main.item and other.item:
        changes |= {"item": other.item, "item_evidence": other.item_evidence}
    if main.quantity is None and other.quantity is not None:
        changes |= {"quantity": other.quantity, "quantity_hedge": other.quantity_hedge}
    for side in ("buyer", "seller"):
        if not getattr(main, side) and getattr(other, side):
            changes |= {side: getattr(other, side), f"{side}_key": getattr(other, f"{side}_key")}
            changes["why"] = [
                *changes.get("why", main.why),  # type: ignore[misc]
                *(r for r in other.why if r.rule.startswith(f"{side}.")),
            ]
    evidence = [*main.evidence, *(e for e in other.evidence if e not in main.evidence)]
    return replace(main, evidence=evidence, **changes)  # type: ignore[arg-type]


def most_complete(
    deals: list[DealSuggestion], text: str | None, *, keep_first: bool = False
) -> DealSuggestion | None:
    """The fullest deal (value, item, sides) with every other half of its contract merged in;
    on a tie the first, as the article tells it (a complete deal put first stays first, and so
    does any first deal with ``keep_first``)."""
    if not deals:
        return None
    first = deals[0]
    complete = keep_first or (first.value is not None and first.buyer and first.seller)
    best = first if complete else max(deals, key=_richness)  # max keeps the first of equals
    for other in deals:
        if other is not best and same_contract(best, other, text):
            best = merged(best, other)
    return best


def _deal_sides(brief: Brief, deal: Deal) -> tuple[str, str]:
    """(buyer slot, seller slot) in the kind's own sides: a loan's borrower and lender, a works
    contract's client and contractor (a fixed buyer/seller pair found nobody in them; N13-24),
    a memorandum's two signatories."""
    from briefdesk.model.codes import slot_names

    named = []
    for party in deal.parties:
        actor = brief.actor(party.actor_id)
        named.append((str(party.role), actor.name if actor is not None else ""))
    return slot_names(deal.kind, named)


def _as_suggestion(brief: Brief, deal: Deal, source: Source) -> DealSuggestion:
    """The brief's deal as a suggestion, to compare with one (evidence in ``source`` only)."""
    from briefdesk.extract.results import MoneySuggestion

    buyer, seller = _deal_sides(brief, deal)
    value = None
    if deal.value is not None:
        spans = [(s.start, s.end) for s in deal.value.evidence if s.source_id == source.id]
        value = MoneySuggestion(deal.value.amount, deal.value.currency, "", spans)
    item = deal.items[0] if deal.items else None
    return DealSuggestion(
        kind=str(deal.kind),  # type: ignore[arg-type]
        item=item.designation if item else "",
        value=value,
        buyer=buyer,
        seller=seller,
        evidence=[(s.start, s.end) for s in deal.evidence if s.source_id == source.id],
    )


def _known_sides(brief: Brief, suggestion: DealSuggestion) -> DealSuggestion:
    """A side named shorter or longer than an actor of the brief is that actor ("Centre for
    Defence Investment" is the drafted "Estonian Centre for Defence Investment")."""
    changes: dict[str, str] = {}
    for side in ("buyer", "seller"):
        name = getattr(suggestion, side)
        if not name:
            continue
        for actor in brief.actors:
            if actor.name != name and _agree(actor.name, name) and len(name.split()) > 1:
                changes |= {side: actor.name, f"{side}_key": ""}
                break
    return replace(suggestion, **changes) if changes else suggestion  # type: ignore[arg-type]


def adds_sides(brief: Brief, suggestion: DealSuggestion, source: Source) -> bool:
    """True when ``suggestion`` is the same contract as a deal in the brief that lacks a side
    it names: still worth offering, accepting it fills the side."""
    index = matching_deal(brief, suggestion, source)
    if index is None:
        return False
    held = _as_suggestion(brief, brief.deals[index], source)
    return bool(suggestion.buyer and not held.buyer) or bool(suggestion.seller and not held.seller)


def matching_deal(brief: Brief, suggestion: DealSuggestion, source: Source) -> int | None:
    """The index of the brief's deal that is the same contract as ``suggestion``, if one is."""
    for index, deal in enumerate(brief.deals):
        if same_contract(_as_suggestion(brief, deal, source), suggestion, source.text):
            return index
    return None


def merge_into(
    brief: Brief,
    index: int,
    suggestion: DealSuggestion,
    extraction: Extraction | None,
    source: Source,
) -> list[str]:
    """Fill the empty fields of ``brief.deals[index]`` from ``suggestion`` (parties added as
    actors as accepting does); returns the names of the fields filled."""
    from briefdesk.editing.accept import add_deal, deal_title

    add_deal(brief, _known_sides(brief, suggestion), extraction, source)
    new = brief.deals.pop()
    deal = brief.deals[index]
    filled: list[str] = []
    if deal.value is None and new.value is not None:
        deal.value, filled = new.value, [*filled, "value"]
    if not deal.items and new.items:
        old_title = deal_title(_as_suggestion(brief, deal, source))
        deal.items, filled = new.items, [*filled, "item"]
        if deal.title == old_title:  # a title made from the kind alone: name what is traded
            deal.title = new.title
    elif deal.items and new.items and deal.items[0].quantity is None and new.items[0].quantity:
        deal.items[0].quantity, filled = new.items[0].quantity, [*filled, "quantity"]
    roles = {str(p.role) for p in deal.parties}
    for party in new.parties:
        # A side the deal lacks, or a co-party named beside the side's first (N17-02).
        shared = sum(1 for p in new.parties if p.role == party.role) > 1
        if str(party.role) not in roles or (shared and party not in deal.parties):
            deal.parties.append(party)
            filled += [] if str(party.role) in filled else [str(party.role)]
    for field in ("announced", "signed"):
        if getattr(deal.dates, field) is None and getattr(new.dates, field) is not None:
            setattr(deal.dates, field, getattr(new.dates, field))
            filled.append(f"{field} date")
    for span in new.evidence:
        if span not in deal.evidence:
            deal.evidence.append(span)
    return filled
