"""Which deal the reader found inside a selection (for :mod:`briefdesk.editing.deal_from_text`).

The whole source's reading comes first (it saw the sentences around), then the selection's
own, its offsets moved to the source's; the fullest wins.
"""

from __future__ import annotations

from briefdesk.extract import DealSuggestion, Extraction


def reader_deal(
    local: Extraction, whole: Extraction | None, start: int, end: int
) -> DealSuggestion | None:
    """The fullest deal the reader found inside the selection (the whole source's first)."""
    found: list[DealSuggestion] = []
    if whole is not None:
        found += [d for d in whole.deals if d.evidence and inside(d.evidence, start, end)]
    found += [shifted(d, start) for d in local.deals]
    if not found:
        return None

    def fullness(d: DealSuggestion) -> int:
        return sum(map(bool, (d.item, d.value, d.buyer, d.seller, d.kind != "other")))

    return max(found, key=fullness)  # the first of the fullest: the whole source's reading


def inside(evidence: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in evidence)


def shifted(deal: DealSuggestion, by: int) -> DealSuggestion:
    from dataclasses import replace

    def move(ev: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(s + by, e + by) for s, e in ev]

    value = deal.value
    if value is not None:
        value = replace(value, evidence=move(value.evidence))
    return replace(
        deal, evidence=move(deal.evidence), item_evidence=move(deal.item_evidence), value=value
    )
