"""Deals the rules did not find, proposed where the learned reader is sure (round 16 experiment).

About a third of the gold deals in unseen news were not found at all: their sentences carry no
amount and none of the unpriced patterns. ``deal_reader`` scores each clause the deal finder
left without a deal; where it is at least ``THRESHOLD`` sure the clause tells a deal, the clause
is read like an unpriced deal: its kind from the kind words the rules know (an MoU, a joint
venture or a trade agreement has no buyer and seller: since round 18 it is proposed without
sides when no deal of its kind was found), its sides from the same side readers, and it must
name a side no found deal has (a restatement of a found deal adds nothing). Each proposal
carries rule id ``deal.learned-reader`` and the reader's confidence.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract import deal_reader
from briefdesk.extract import rx as re
from briefdesk.extract.deal_items import find_item
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind
from briefdesk.extract.deal_more import MONEYISH, unpriced_veto
from briefdesk.extract.deal_reader_classes import ends
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.text import Sentence

RULE = "deal.learned-reader"
# What the reader's words cannot tell, read as the rules read it: goods named before ("to
# charter the vessels from X": the deal told again), hearsay ("the press has reported that"), and
# a dated past act ("revoked the licence of X in 2019": background).
_TOLD_AGAIN = re.compile(
    r"\b(?:buy|sell|charter|lease|rent|supply|deliver|order|acquire|purchase)\s+"
    r"(?:the|these|those)\s+[a-z-]+s\b|\b(?:reported|reports|rumoured)\s+that\b"
    r"|\b(?:in|since|during)\s+(?:19|20)\d\d\b|\blast\s+year\b"
)
THRESHOLD = 0.8  # chosen left one set out (bench_deal_reader_use); on by the coordinator's decision
MAX_LEARNED = 2
# Round 18 (left one set out): an MoU, joint venture or trade agreement the reader is sure of
# is a deal without sides when no deal of its kind was found.
NO_PARTY = True


def learned_deals(
    sents: list[Sentence],
    deals: list[DealBuild],
    parties: Callable[[DealBuild, Sentence], None],
    same: Callable[[str, str], bool],
    named: Callable[[Sentence], bool],
) -> list[DealBuild]:
    """Deals in clauses the reader is sure of, that no found deal covers and that name a new
    side; ``parties`` is the unpriced pass's side reader, ``same`` tells one party from another,
    ``named`` whether the clause names any actor."""
    if not 0.0 < THRESHOLD < 1.0:
        return []  # (off)
    spans = [span for d in deals for span in d.evidence]
    used = {d.sentence_index for d in deals}
    known = {p for d in deals for p in (d.buyer, d.seller) if p}
    found: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        text = sentence.text
        if (  # the cheap tests first, the actor before the patterns (speed: round 16)
            len(found) >= MAX_LEARNED
            or index in used
            or not ends(text)  # a headline or a label line
            or not named(sentence)
            or any(s < sentence.end and sentence.start < e for s, e in spans)
            or MONEYISH.search(text)  # an amount: the priced pass has read it
        ):
            continue
        sure = deal_reader.sure_at_least(text, index == 0, THRESHOLD)
        if (
            sure is None
            or unpriced_veto(text, first=not deals and not found)
            or _TOLD_AGAIN.search(text)
        ):
            continue  # (the unpriced pass's vetoes hold for the reader too)
        kind = deal_kind(text, text)
        if kind in NO_PARTY_KINDS:
            if NO_PARTY and all(d.kind != kind for d in [*deals, *found]):
                found.append(_no_party(kind, sentence, index, sure))
            continue
        deal = DealBuild(kind, None, status=deal_status(text), rule=RULE)
        parties(deal, sentence)
        sides = {deal.buyer, deal.seller} - {""}
        if not sides or all(any(same(side, k) for k in known) for side in sides):
            continue
        find_item(deal, sentence)
        deal.sentence_index = index
        deal.evidence.append((sentence.start, sentence.end))
        deal.rule_words = f"{sure:.2f}: {_quoted(text)}"
        known |= sides
        found.append(deal)
    return found


def _no_party(kind: str, sentence: Sentence, index: int, sure: float) -> DealBuild:
    """A side-less deal of ``kind`` told by ``sentence`` (the golds give an MoU no sides)."""
    deal = DealBuild(kind, None, status=deal_status(sentence.text), rule=RULE)
    find_item(deal, sentence)
    deal.sentence_index = index
    deal.evidence.append((sentence.start, sentence.end))
    deal.rule_words = f"{sure:.2f}: {_quoted(sentence.text)}"
    return deal


def _quoted(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= width else text[: width - 3] + "...")
