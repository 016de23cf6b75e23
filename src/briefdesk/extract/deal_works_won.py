"""A works contract a named contractor won, told beside another deal (round 17, N16-07).

"Construction will be carried out by Orvik Marine Works, which won the civil works contract in
March": no price and no client in the sentence, so no pass made it a deal, and the press
release's contractor was lost. Read here, after the other deals: the contractor is the party
right before "which won"/"won" (or "was awarded"), the contract one whose words name works
("civil works", "construction", "EPC", "design-and-build"); kind "other", which
``deal_kind_names`` names "construction" from those words, the contractor in the seller slot,
the client left open (the text does not name it here), status "signed" (won). Not for a bid
("which bid for", "is bidding for"), a contract lost, or a contractor already a deal's seller.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.party_near import party_ending_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# ", which won the civil works contract", " was awarded the EPC contract"
_WON_WORKS = re.compile(
    r"(?:,\s+which\s+|\s+)(?:has\s+|had\s+|also\s+)?(?P<verb>won|was\s+awarded|secured)\s+"
    r"(?P<contract>(?:the|a|an)\s+(?:[\w$.,-]+\s+){0,4}?(?:civil[- ]works|construction|EPC|"
    r"design[- ]and[- ]build|engineering,? procurement and construction|turnkey)\s+"
    r"(?:contract|package))\b"
)


def won_works(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a works contract for each "X, which won the civil works contract"."""
    if "contract" not in text:
        return deals
    mentions = sorted(found.mentions)
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        if " contract" not in sentence.text:
            continue
        for match in _WON_WORKS.finditer(sentence.text):
            contractor = party_ending_at(found, mentions, 0, sentence.start + match.start(), 2)
            if not contractor or any(d.seller == contractor for d in deals + added):
                continue
            deal = DealBuild(kind="other", value=None, seller=contractor, status="signed")
            deal.item = " ".join(match.group("contract").split()[1:])  # (its words name the kind)
            deal.seller_why = f"contractor: won the works: before {match.group('verb')!r}"
            deal.rule, deal.rule_words = "deal.unpriced", " ".join(match.group().split())
            deal.evidence = [(sentence.start, sentence.end)]
            deal.sentence_index = index
            added.append(deal)
    return deals + added
