"""A works contract told by where it went, with no price and no deal verb (round 25, issue 10):
"The works contract has gone to X", "An order from the Navy for three craft has gone to X",
"In 2023 it entrusted the completion of the plant to X", "The construction of two ships was
entrusted to X".

Counted in round 25 ("Round 25: deals not found", row "a contractor engaged"): lost in fresh-18
(W04, W20), fresh-21 (Z24) and told the same way in the tuning corpus (174, 178). The firm the
work went to sells; the client buys when the sentence names it (the party after "from" in the
subject, the one opening the clause that entrusts, or the body that "confirmed" it). Not a
contract that "will go to" anyone (a tender still open), nor a sentence with no named firm
after "to" ("why the contract went to a foreign company"). The firm told contracted with its
work told first ("For the marine works the Claimant contracted X") is ``deal_hired``'s.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_kinds import DealBuild, deal_kind
from briefdesk.extract.party_near import Mention, first_party, party_named_at, subject_party
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "The works contract has gone to", "An order from X for three craft went to"
_GONE = re.compile(
    r"\b(?P<noun>(?:[a-z]+\s+)?(?:contract|order))\s+(?:[^.;:]{0,80}?\s)?"
    r"(?:has|had)\s+gone\s+to\s+(?=[A-Z])"
)
# "entrusted the completion of the plant to", "was entrusted to"
_ENTRUSTED = re.compile(
    r"\b(?P<passive>(?:was|were|has\s+been|had\s+been)\s+)?entrusted\s+"
    r"(?P<work>(?:the|its|their)\s+[a-z][^.;:,]{2,70}?\s+)?to\s+(?=[A-Z])"
)
_FROM = re.compile(r"\bfrom\s+")
_SAID = re.compile(r"\s+(?:has\s+)?(?:confirmed|said|announced)\b")
# "has not yet been entrusted to", "has never gone to": no award
_REFUSE = re.compile(r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:gone|entrusted)\b", re.I)
_WHY = "a works contract engaged: {!r}"


def engaged_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a signed contract for each firm told the work went to or was entrusted."""
    if "gone to" not in text and "entrusted" not in text:
        return deals
    return deals_in_free_sentences(
        found, sents, deals, _engaged, _REFUSE, gate=("gone to", "entrusted")
    )


def _engaged(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The contract one sentence tells went to a named firm, or None."""
    said, start = sentence.text, sentence.start
    buyer = ""
    if (match := _GONE.search(said)) is not None:
        client = _FROM.search(said, match.start(), match.end())
        if client is not None:
            buyer, _ = party_named_at(found, mentions, sentence, start + client.end())
    elif (match := _ENTRUSTED.search(said)) is not None:
        if not match.group("passive"):
            buyer = subject_party(found, mentions, sentence, start, start + match.start())
    else:
        return None
    seller, after = party_named_at(found, mentions, sentence, start + match.end())
    if not seller or seller == buyer:
        return None
    if not buyer:
        buyer = _confirmed_by(found, mentions, sentence, after)
    kind = deal_kind(said, said)
    deal = DealBuild(kind if kind in {"arms_sale", "construction"} else "other", None)
    deal.buyer, deal.seller = buyer, seller
    deal.status = "signed"
    words = " ".join(match.group().split())
    deal.rule, deal.rule_words = "deal.unpriced", _WHY.format(words)
    deal.seller_why = f"contractor: the firm the work went to ({words})"
    deal.buyer_why = f"client: the side that gave the work ({words})" if buyer else ""
    return deal


def _confirmed_by(found: Found, mentions: list[Mention], sentence: Sentence, at: int) -> str:
    """The body that confirmed the award, told after the firm (", the Ministry of X
    confirmed")."""
    comma = sentence.text.find(", ", at - sentence.start)
    if comma < 0:
        return ""
    name, end = first_party(found, mentions, sentence.start + comma + 2, sentence.start + comma + 8)
    return name if name and _SAID.match(sentence.text, end - sentence.start) else ""
