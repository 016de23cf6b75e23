"""The last steps of reading one deal, after its sides: its status, its designated item, and
its kind and status settled from the words around its amount.

Apart from ``DealFinder._build`` (round 10 speed): a probe that reads only the sides of a
sentence's deal (``deal_same_value.told_apart``: is a restated amount another deal?) stops
before them. Nothing here sets a side, and no side rule reads the status, so the sides are the
same either way; most such probes are dropped, and these steps were about half of each.
"""

from __future__ import annotations

from briefdesk.extract.deal_built_item import built_item
from briefdesk.extract.deal_carried import carried_status
from briefdesk.extract.deal_items import designated, designated_item
from briefdesk.extract.deal_kinds import DealBuild, nearby_sentences
from briefdesk.extract.deal_pointed import pointed_status
from briefdesk.extract.deal_service_of import service_of
from briefdesk.extract.deal_stage_before import stage_before
from briefdesk.extract.deal_status import status_at
from briefdesk.extract.kind_grammar import settle_kind_and_status
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence


def finish(
    deal: DealBuild, sents: list[Sentence], index: int, money: MoneyMention | None
) -> DealBuild:
    """``deal`` (read from sentence ``index`` at ``money``) with its status, item and kind."""
    deal.status = pointed_status(sents, index, money, status_at(sents[index], money))
    deal.status = carried_status(sents, index, money, deal.status)  # ("The contract is ...")
    deal.status = stage_before(sents, index, money, deal.status)  # (round 25: "signed in 2024")
    if deal.item and not designated(deal.item):
        designated_item(deal, nearby_sentences(sents, index))
    settle_kind_and_status(deal, sents, index)  # (then "a loan of", "will invest")
    built_item(deal, sents, index)  # "to build and run an LNG terminal" (N18-02, N18-09)
    service_of(deal, sents[index])  # "for the maintenance of two submarines": no sale (N20-03)
    return deal
