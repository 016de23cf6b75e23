"""A sale blocked or a purchase abandoned (round 23, issue 10): "In May, the Competition Council
blocked the sale of X, the largest cold-store operator in the port, to the Spanish group Y",
"The air force has abandoned plans to take two second-hand transports from Z".

Writers the rules were not built on (fresh-20's regional paper and trade weekly) tell a deal's end
with neither a contract noun nor an ending verb ``deal_ended`` reads: a regulator blocks a sale
(the gold keeps it cancelled, the acquirer its buyer, the company sold no side) or a buyer
abandons its plan to buy goods from a named seller (cancelled, both sides). Read in sentences no
deal cites; not a block or an abandonment threatened, wondered about or dated years back.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, DealBuild, deal_kind
from briefdesk.extract.party_near import Mention, last_party, party_named_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_BLOCKED = re.compile(
    r"\b(?:blocked|vetoed|barred|prohibited)\s+the\s+(?:(?:proposed|planned)\s+)?"
    r"(?:sale|takeover|acquisition)\s+of\s+[^;]{2,120}?\s+(?P<link>to|by)\s+"
)
_ABANDONED = re.compile(
    r"\b(?:has|have|had)\s+(?:abandoned|dropped|shelved)\s+(?:its\s+|their\s+|the\s+)?plans?\s+"
    r"to\s+(?:buy|take|acquire|purchase|order|import|lease)\s+[^;]{2,120}?\s+from\s+"
)
_REFUSE = re.compile(
    r"\b(?:(?-i:may)|might|could|would|threat\w*|if|unless|whether|not|never|den(?:y|ies|ied)|"
    r"consider\w*|in\s+(?:19|20)\d\d|years\s+ago)\b|\?",
    re.IGNORECASE,
)
_WHY = "{}: {!r}"


def blocked_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a cancelled deal for each sale blocked or purchase abandoned."""
    if (
        "blocked" not in text
        and "barred" not in text
        and "vetoed" not in text
        and ("plans to" not in text and "plan to" not in text)
    ):
        return deals
    return deals_in_free_sentences(found, sents, deals, _blocked, _REFUSE)


def _blocked(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The deal one sentence tells blocked or abandoned, or None."""
    said, start = sentence.text, sentence.start
    if (match := _BLOCKED.search(said)) is not None:  # the acquirer buys; no seller told
        buyer, _ = party_named_at(found, mentions, sentence, start + match.end())
        if not buyer:
            return None
        deal = DealBuild("other", None, status="cancelled", buyer=buyer)
        deal.buyer_why = "the acquirer of a sale blocked"
        words = "a sale blocked"
    elif (match := _ABANDONED.search(said)) is not None:  # the subject buys from the seller
        seller, _ = party_named_at(found, mentions, sentence, start + match.end())
        kind = deal_kind(said, said)
        if not seller or kind in NO_PARTY_KINDS:
            return None
        buyer = last_party(found, mentions, start, start + match.start())
        deal = DealBuild(kind, None, status="cancelled", buyer=buyer, seller=seller)
        deal.seller_why = "the seller of a purchase abandoned"
        deal.buyer_why = "the subject that abandoned the purchase" if buyer else ""
        words = "a purchase abandoned"
    else:
        return None
    deal.rule, deal.rule_words = (
        "deal.unpriced",
        _WHY.format(words, " ".join(match.group().split())),
    )
    return deal
