"""An article with no priced deal: its first sentence that reports a signed agreement."""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_amounts import no_deal_told
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild
from briefdesk.extract.deal_second import item_told_before
from briefdesk.extract.text import Sentence

_AGREEMENT = re.compile(r"\b(agreement|deal|contract|memorandum|accord|mou|pact)\b")
_SIGNED = re.compile(r"\b(signed|agreed|sign|signs|seal|sealed|inked)\b")


def first_signed(sents: list[Sentence], build: Callable[[int], DealBuild]) -> list[DealBuild]:
    """The deal of the first sentence that says an agreement was signed, when it has a side
    (signatories of an MoU or trade pact are no buyer and seller, so such a deal stands
    without parties)."""
    for index, sentence in enumerate(sents):
        lowered = sentence.text.lower()
        if _AGREEMENT.search(lowered) and _SIGNED.search(lowered):
            if no_deal_told(sentence.text, priced=False):
                continue  # "No contract has been signed", a question
            deal = build(index)
            item_told_before(deal, sents, index)  # "... 180 K2 tanks. The agreement was signed"
            if deal.buyer or deal.seller or deal.kind in NO_PARTY_KINDS:
                return [deal]
    return []
