"""A memorandum or agreement that "provides for the supply of" goods from one side to the other
(round 17, N16-08).

"The first memorandum, signed by A's Minister X and B's Minister Y, provides for the supply of
up to 2 million tonnes of liquefied natural gas a year from B to A from 2028": the sentence has
no price and no selling verb, so no other pass made it a deal, and the readout's biggest item
was missed. Read here, after the other deals: the agreement word is the sentence's subject
(before "provides for"), the goods are what follows "the supply/delivery/sale of", the seller is
the party right after "from", the buyer the party right after "to". Not without both sides, not
for a bare "supply" with no agreement word ("The plan provides for ..."), not twice for the
same two sides.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.party_near import party_starting_at
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "The first memorandum, signed by ..., provides for the supply of up to 2 million tonnes of
# liquefied natural gas a year from Qalmora to Nordmark"
_PROVIDES = re.compile(
    r"\b(?P<doc>memorandum|memorandum of understanding|MoU|agreement|accord|contract|deal)\b"
    r"[^.;]{0,160}?\b(?:provides|provided|will provide)\s+for\s+the\s+"
    r"(?P<what>supply|supplies|delivery|deliveries|sale|export|exports)\s+of\s+"
    r"(?P<goods>[^.;]{3,120}?)\s+from\s+(?:the\s+)?(?P<seller>[A-Z][^.;]{0,60}?)"
    r"\s+to\s+(?:the\s+)?(?=[A-Z])"
)
# the goods without their quantity and rate: "up to 2 million tonnes of liquefied natural gas
# a year" -> "liquefied natural gas"
_MEASURE = re.compile(
    r"^(?:up to |about |around |some |at least )?[\d.,]+(?:\s+(?:million|billion|thousand))?"
    r"\s+(?:tonnes|tons|barrels|cubic metres|cubic meters|units|megawatts|MW)\s+of\s+"
)
_RATE = re.compile(r"\s+(?:a|per|each)\s+(?:year|day|month|annum)$")
_ENERGY = re.compile(
    r"\b(?:gas|LNG|oil|crude|diesel|fuel|electricity|power|coal|uranium|hydrogen|ammonia)\b",
    re.IGNORECASE,
)


def provided_supplies(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with a supply deal for each "the agreement provides for the supply of X from A
    to B"."""
    if "provide" not in text:
        return deals
    mentions = sorted(found.mentions)
    added: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        match = _PROVIDES.search(sentence.text) if " for the " in sentence.text else None
        if match is None:
            continue
        at = sentence.start + match.start("seller")
        seller = party_starting_at(found, mentions, at, at + 3)
        at = sentence.start + match.end()
        buyer = party_starting_at(found, mentions, at, at + 3)
        if not (buyer and seller) or buyer == seller:
            continue
        if any({d.buyer, d.seller} == {buyer, seller} and d.kind != "grant" for d in deals + added):
            continue
        goods = _RATE.sub("", _MEASURE.sub("", match.group("goods")))
        kind = "energy_supply" if _ENERGY.search(goods) else "other"
        deal = DealBuild(kind=kind, value=None, buyer=buyer, seller=seller)
        deal.status = "signed" if re.search(r"\bsigned\b", sentence.text) else "reported"
        deal.item = goods
        deal.buyer_why = f"after '{match.group('what')} of ... to'"
        deal.seller_why = f"after '{match.group('what')} of ... from'"
        deal.rule, deal.rule_words = "deal.unpriced", f"{match.group('doc')} provides for"
        deal.evidence = [(sentence.start, sentence.end)]
        deal.sentence_index = index
        added.append(deal)
    return deals + added
