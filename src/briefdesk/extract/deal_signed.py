"""An article with no priced deal: its first sentence that reports a signed agreement."""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.deal_amounts import no_deal_told
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild
from briefdesk.extract.deal_second import item_told_before
from briefdesk.extract.text import Sentence
from briefdesk.extract.unpriced_acts import framework_order

_AGREEMENT = re.compile(r"\b(agreement|deal|contract|memorandum|accord|mou|pact)\b")
_SIGNED = re.compile(r"\b(signed|agreed|sign|signs|seal|sealed|inked)\b")


def first_signed(sents: list[Sentence], build: Callable[[int], DealBuild]) -> list[DealBuild]:
    """The deal of the first sentence that says an agreement was signed, when it has a side
    (signatories of an MoU or trade pact are no buyer and seller, so such a deal stands
    without parties). A headline (a line with no full stop) gives way to a body sentence that
    reports a signing: news repeats its headline's deal in the lead, and the lead says it whole
    ("X signs framework agreement with Estonia for radios" / "X has signed a framework agreement
    with the Estonian Centre ... for the supply of ...")."""
    headline: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        lowered = sentence.text.lower()
        if _AGREEMENT.search(lowered) and _SIGNED.search(lowered):
            if no_deal_told(sentence.text, priced=False):
                continue  # "No contract has been signed", a question
            if framework_order(sentence.text) != sentence.text:
                continue  # goods under a framework with a named firm: the unpriced pass's order
            deal = build(index)
            deal.sentence_index = index  # (the unpriced pass reads this sentence no more)
            item_told_before(deal, sents, index)  # "... 180 K2 tanks. The agreement was signed"
            if deal.buyer or deal.seller or deal.kind in NO_PARTY_KINDS:
                if sentence.text.rstrip(_CLOSERS).endswith((".", "!", "?")):
                    return [deal]
                headline = headline or [deal]
    return headline


_CLOSERS = " \t\n\"'’”)"
