"""A price told apart from the sentences that name the deal's sides.

"The Colombian Navy has placed an order with COTECMAR for a patrol vessel. (...) The Ministry
of National Defence put the contract value at COP 1.12 trillion." / "The Philippines signed a
deal to buy 12 jets. The contract with Hanul Aerospace was signed at Camp Aguinaldo. It is worth
36.5 billion pesos." The amount's sentence points back ("the contract", "It is worth") and names
no side the party rules can read; the sentences before it (up to four, not past another amount
or a separate deal) name them. Each side is taken from the nearest sentence that gives it, and
a role named in an apposition counts ("The contractor, Drakensberg Process Engineering, ...").
"""

from __future__ import annotations

from typing import Protocol

from briefdesk.extract import rx as re
from briefdesk.extract.deal_frames import sentence_frames
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_more import ANOTHER, BACK_REFERENCE, MONEYISH
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_REACH = 4
_MONEY_KINDS = frozenset({"loan", "grant"})
# "It is worth", "put the contract value at", "valued the order at": a value for a deal told before.
_POINTS = re.compile(
    r"^\W*(?:It|This|That)\s+(?:is|was|would\s+be)\s+(?:worth|valued)\b|"
    r"\b(?:put|puts|putting|valued|values|estimated)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:contract|deal|order|agreement|purchase)(?:['’]s)?\s+(?:value|worth|price|cost)?",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"\b[Tt]he\s+(contractor|supplier|manufacturer|builder|seller|vendor|shipyard|yard|"
    r"buyer|client|customer|employer|owner|purchaser)\s*,\s+(?=[A-Z])"
)
_SELLER_ROLES = frozenset(
    {"contractor", "supplier", "manufacturer", "builder", "seller", "vendor", "shipyard", "yard"}
)


class Reader(Protocol):
    """What the deal finder offers: the party reading of one sentence, its named sides and a
    key's name."""

    text: str
    found: Found

    def _parties(
        self, deal: DealBuild, sentence: Sentence, explicit_only: bool = False
    ) -> None: ...

    def _named_sides(self, sentence: Sentence) -> list[tuple[int, int, str]]: ...

    def _name(self, key: str) -> str: ...

    def _same_party(self, a: str, b: str) -> bool: ...


def _role_named(reader: Reader, sentence: Sentence) -> tuple[str, str]:
    """(buyer, seller) named by a role apposition in the sentence ("The contractor, X,")."""
    buyer = seller = ""
    for match in _ROLE.finditer(sentence.text):
        at = sentence.start + match.end()
        key = next((k for start, _end, k in reader._named_sides(sentence) if start == at), "")
        if not key:
            continue
        if match.group(1) in _SELLER_ROLES:
            seller = seller or reader._name(key)
        else:
            buyer = buyer or reader._name(key)
    return buyer, seller


def read_back(deal: DealBuild, sents: list[Sentence], reader: Reader) -> None:
    """Fill the sides a priced deal lacks from the sentences before it that it points back to."""
    index = deal.sentence_index
    if (
        deal.value is None
        or (deal.buyer and deal.seller)
        or deal.kind in _MONEY_KINDS
        or not 0 < index < len(sents)
    ):
        return
    own = sents[index].text
    if not (_POINTS.search(own) or BACK_REFERENCE.search(own)) or ANOTHER.search(own):
        return
    buyer, seller = deal.buyer, deal.seller
    buyer_why, seller_why = deal.buyer_why, deal.seller_why
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        sentence = sents[back]
        if MONEYISH.search(sentence.text) or ANOTHER.search(sentence.text):
            break
        probe = DealBuild(kind=deal.kind, value=None)
        reader._parties(probe, sentence)
        # the frames of that sentence ("X will design and build the plant": X builds)
        sentence_frames(reader.text, reader.found, probe, sentence, reader._named_sides(sentence))
        role_buyer, role_seller = _role_named(reader, sentence)
        probe.buyer, probe.seller = probe.buyer or role_buyer, probe.seller or role_seller
        where = "named in an earlier sentence the amount points back to"
        if probe.buyer and not buyer and not reader._same_party(probe.buyer, seller):
            buyer, buyer_why = probe.buyer, probe.buyer_why or where
        if probe.seller and not seller and not reader._same_party(probe.seller, buyer):
            seller, seller_why = probe.seller, probe.seller_why or where
        if buyer and seller:
            break
    if (buyer, seller) != (deal.buyer, deal.seller):
        deal.buyer, deal.buyer_why = buyer, buyer_why
        deal.seller, deal.seller_why = seller, seller_why
