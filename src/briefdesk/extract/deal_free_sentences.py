"""One pass shape for round 21's late deal readers (talks in ``deal_talks``, hired work in
``deal_hired``): each reads, in the sentences no deal cites yet, at most one deal per sentence,
and drops it when a deal already read has its sides. The walk lives here once; the readers
supply what a sentence tells (``read``) and what rules a sentence out (``refuse``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from briefdesk.extract.deal_amounts import no_deal_told
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.party_near import Mention
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence


class _Pattern(Protocol):
    def search(self, string: str, /) -> object | None: ...


SentenceReader = Callable[[Found, list[Mention], Sentence], DealBuild | None]


def deals_in_free_sentences(
    found: Found,
    sents: list[Sentence],
    deals: list[DealBuild],
    read: SentenceReader,
    refuse: _Pattern,
    told: Callable[[DealBuild, list[DealBuild]], bool] | None = None,
    gate: tuple[str, ...] = (),
) -> list[DealBuild]:
    """``deals`` plus the deal ``read`` finds in each sentence that no deal cites (by index or
    evidence span), that ``refuse`` does not match and that tells some deal at all; a deal whose
    sides a deal already has (its only side among them) is left out, or the one ``told`` says
    is read already (round 23: a bid for a company has one side). Evidence: the sentence.
    ``gate``: plain substrings one of which every sentence ``read`` can read holds; a sentence
    with none is passed over before ``refuse`` and the deal test, the cheap test first."""
    told = told or _sides_told
    mentions = sorted(found.mentions)
    used = {d.sentence_index for d in deals}
    spans = [span for d in deals for span in d.evidence]
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        if index in used or any(s < sentence.end and sentence.start < e for s, e in spans):
            continue
        if gate and not any(word in sentence.text for word in gate):
            continue  # ``read`` would find nothing here
        if refuse.search(sentence.text) or no_deal_told(sentence.text, priced=False):
            continue
        deal = read(found, mentions, sentence)
        if deal is None or told(deal, deals + added):
            continue
        deal.sentence_index = index
        deal.evidence = [(sentence.start, sentence.end)]
        added.append(deal)
    return deals + added


def _sides_told(deal: DealBuild, deals: list[DealBuild]) -> bool:
    """Whether a deal already read has this deal's sides (or its only side); a sideless deal
    (a joint venture formed: ``deal_formed_venture``) whether one of its kind is in the same
    sentence's neighbourhood is the reader's question, not this one."""
    sides = {deal.buyer, deal.seller} - {""}
    return bool(sides) and any(sides <= {d.buyer, d.seller} for d in deals)
