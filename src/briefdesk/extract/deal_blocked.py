"""A sale blocked or a purchase abandoned (round 23, issue 10): "In May, the Competition Council
blocked the sale of X, the largest cold-store operator in the port, to the Spanish group Y",
"The air force has abandoned plans to take two second-hand transports from Z".

Writers the rules were not built on (fresh-20's regional paper and trade weekly) tell a deal's end
with neither a contract noun nor an ending verb ``deal_ended`` reads: a regulator blocks a sale
(the gold keeps it cancelled, the acquirer its buyer, the company sold no side) or a buyer
abandons its plan to buy goods from a named seller (cancelled, both sides). Read in sentences no
deal cites; not a block or an abandonment threatened, wondered about or dated years back.

Round 26 ("Round 26: deals not found"): a bid given up — "it had withdrawn its offer for X",
"had dropped its offer for X" (fresh-22 A02, fresh-23 B03; fresh-20 Y02's "had ended talks to
buy X" is ``deal_bid_talks``'s): cancelled, the bidder (the subject) buys, and the gold names no
seller (the company bid for is the item, not a side). The bidder is mostly a side of the
article's other deals, so such a bid is told already only by a deal of the same bidder and item.
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
_GAVE_UP = re.compile(
    r"\b(?:has|have|had)\s+(?:withdrawn|dropped|pulled|abandoned)\s+(?:its|their)\s+"
    r"(?:(?:takeover|purchase|acquisition|cash|rival)\s+)?(?:offer|bid)\s+for\s+(?=[A-Z])"
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
        and ("offer for" not in text and "bid for" not in text)
    ):
        return deals
    return deals_in_free_sentences(found, sents, deals, _blocked, _REFUSE, told=_told)


def _told(deal: DealBuild, deals: list[DealBuild]) -> bool:
    """Whether a deal already read is this one: a bid given up, the same bidder and company;
    else a deal with this one's sides."""
    if deal.item:
        return any(d.buyer == deal.buyer and deal.item.lower() in d.item.lower() for d in deals)
    sides = {deal.buyer, deal.seller} - {""}
    return bool(sides) and any(sides <= {d.buyer, d.seller} for d in deals)


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
    elif (match := _GAVE_UP.search(said)) is not None:  # the bidder buys; no seller told
        buyer = last_party(found, mentions, start, start + match.start())
        target, target_end = party_named_at(found, mentions, sentence, start + match.end())
        if not (buyer and target) or buyer == target:
            return None
        deal = DealBuild("other", None, item=target, status="cancelled", buyer=buyer)
        deal.item_span = (start + match.end(), target_end)
        deal.buyer_why = "the bidder that gave up its bid"
        words = "a bid given up"
    else:
        return None
    deal.rule, deal.rule_words = (
        "deal.unpriced",
        _WHY.format(words, " ".join(match.group().split())),
    )
    return deal
