"""Two deals of one amount in one article: "$100 million" for Kenya's helicopters from Airbus
and "$100 million" for Ghana's patrol boats from Damen are two deals, not one told twice.

An amount already seen is normally a restatement ("the $100 million contract"): its sentence
only adds evidence and fills empty sides. It is a deal of its own when its sentence names a
different buyer AND a different seller from the deal first told at that amount (newcomer8
F10: a roundup of equal round amounts came out as one deal). One side differing is not enough:
a restatement often names the buyer's ministry where the first telling named its state.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_later import later_status
from briefdesk.extract.deal_more import Key
from briefdesk.extract.deal_status import OWN_CLAUSE, deal_status
from briefdesk.extract.text import Sentence

# parties.py's weakest borrower reading (a party of a loan sentence that no cue placed)
OTHER_PARTY = "the other party of a loan sentence"


def told_apart(
    deals: list[DealBuild],
    key: Key,
    build: Callable[..., DealBuild],
    same: Callable[[str, str], bool],
    at: tuple[int, set[int]],
) -> bool:
    """Append the deal the sentence ``at`` = (its index, the indexes already used) tells at
    the amount ``key``, when both its sides differ from the first deal at that amount;
    whether it did. ``build`` reads the sentence's deal (kind, sides, item); ``build(True)``
    only up to its sides (most probes are dropped: the rest is read only for the deal kept)."""
    index, used = at
    if index in used:
        return False
    earlier = next(
        (d for d in deals if d.value and (d.value.amount, d.value.currency) == key), None
    )
    if earlier is None or not (earlier.buyer and earlier.seller):
        return False
    probe = build(True)
    if not (probe.buyer and probe.seller):
        return False
    if same(earlier.buyer, probe.buyer) or same(earlier.seller, probe.seller):
        return False
    if same(earlier.buyer, probe.seller) and same(earlier.seller, probe.buyer):
        return False  # the same two, read the other way round: still one deal
    probe = build()
    probe.sentence_index = index
    used.add(index)
    deals.append(probe)
    return True


def lead_names_other_side(deal: DealBuild, probe: DealBuild) -> None:
    """ "Japan to give Philippines radars": a restatement's sentence (``probe``) may name the
    first telling's missing side, but not the deal's own lender again as the borrower because
    it is the loan sentence's "other party" ("Norway signs a grant with Malawi" restated as
    "Norway's and Malawi's ministers exchanged notes on the grant"): Norway on both sides
    lost the borrower the first telling gives (round 11)."""
    if not deal.seller and probe.seller and probe.buyer in ("", deal.buyer):
        deal.seller, deal.seller_why = probe.seller, probe.seller_why
    if probe.buyer == deal.seller and probe.buyer_why.startswith(OTHER_PARTY):
        return
    if not deal.buyer and probe.buyer and probe.seller in ("", deal.seller):
        deal.buyer, deal.buyer_why = probe.buyer, probe.buyer_why


def restated_status(deals: list[DealBuild], key: Key, sents: list[Sentence], at: int) -> None:
    """The same amount said again later with a status of its own: the latest statement wins
    ("clears way for $1.1bn contract" ... "the $1.1 billion contract was approved on Monday").
    Only the words of the amount's own line and clause tell it (round 22, N22-01): a table
    read as one sentence, "| drones | US$96m | Cancelled |" above "| lease | US$41m | Signed |",
    cancelled the lease and the loan with the drones.
    The sentences after the restatement still move it on (round 23, N23-01): a lead's "has
    agreed to buy" after the headline, then "X signed the contract with Y on Monday", is signed;
    only forward: a stop further on belongs to the first telling's reading."""
    index = bisect.bisect_right(sents, at, key=lambda s: s.start) - 1
    status = own_status(sents[index], at)
    if status == "reported":
        return
    for deal in deals:
        if deal.value and (deal.value.amount, deal.value.currency) == key:
            deal.status = status
            later = later_status(deal, sents, index)
            if later not in ("cancelled", "suspended"):  # (a stop was read from the first
                deal.status = later  # telling: from here, reading on only moves it forward)


def own_status(sentence: Sentence, at: int) -> str:
    """The status the words around offset ``at`` tell: its own line's (a table row, a list
    item), cut to its own clause when that clause states one ("..., and the $41 million lease
    was signed")."""
    text, at = sentence.text, at - sentence.start
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    cuts = [0, *(m.start() for m in OWN_CLAUSE.finditer(line)), len(line)]
    if len(cuts) > 2:
        at -= start
        own = line[max(c for c in cuts[:-1] if c <= at) : min(c for c in cuts[1:] if c > at)]
        status = deal_status(own, current_only=True)
        if status != "reported":
            return status
    return deal_status(line, current_only=True)
