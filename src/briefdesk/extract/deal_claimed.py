"""The contract a damages claim is about (round 25, newcomer25 N25-18).

"Wola Aerospace said it had filed for arbitration in Singapore against the Philippine Department
of National Defense, seeking 3.4 billion pesos in damages over the cancellation of a 2023
contract for 16 helicopters": the sum claimed is no value of the contract (``deal_notvalue``),
so the priced pass leaves the sentence, and no other reader names the contract's sides. They
are the claimant and the one it claims against: a firm claiming against a public body sold it
the contract's goods (the body bought them), a public body claiming against a firm bought from
it. Read only when the sentence says the contract was cancelled or terminated (the status),
in sentences no deal cites yet; a claim between two firms or two states gives no direction.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_free_sentences import deals_in_free_sentences
from briefdesk.extract.deal_items import find_item
from briefdesk.extract.deal_kinds import NO_PARTY_KINDS, PARTY_TYPES, DealBuild, deal_kind
from briefdesk.extract.deal_parties import is_government
from briefdesk.extract.party_near import Mention, last_party
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "filed for arbitration ... against", "filed a lawsuit against", "sued", "launched arbitration
# proceedings against", "brought a claim against".
_CLAIM = re.compile(
    r"\b(?:(?:filed|lodged|brought|launched|initiated|started|commenced|opened)\s+(?:for\s+)?"
    r"(?:an?\s+)?(?:international\s+|commercial\s+)?(?:arbitration|lawsuit|suit|claim|case|"
    r"complaint|proceedings)(?:\s+(?:claim|case|proceedings))?(?:\s+(?:in|at|before)\s+"
    r"(?:[\w-]+\s+){1,5}?)?\s*against|\bsu(?:ed|es|ing))\s+(?=\S)",
    re.IGNORECASE,
)
# "over the cancellation of a 2023 contract for 16 helicopters", "after it terminated the deal"
_ENDED = re.compile(
    r"\b(?:over|for|after|following)\s+(?:the|its|their)\s+(?:cancell?ation|termination|"
    r"scrapping|annulment|rescission)\s+of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:contract|order|agreement|deal|purchase)\b",
    re.IGNORECASE,
)
_NO_CLAIM = re.compile(r"\b(?:may|might|could|would|threaten\w*|plans?\s+to|considering)\b|\?")
_WHY = "the contract a claim is about: {!r}"


def claimed_contracts(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with the cancelled contract each damages or arbitration claim is about."""
    if "against" not in text and "sue" not in text:
        return deals
    if "ancel" not in text and "erminat" not in text and "scrap" not in text:
        return deals
    return deals_in_free_sentences(
        found, sents, deals, _claimed, _NO_CLAIM, gate=("cancel", "ermination", "scrap", "annul")
    )


def _claimed(found: Found, mentions: list[Mention], sentence: Sentence) -> DealBuild | None:
    """The cancelled contract one claim sentence is about, or None."""
    said = sentence.text
    claim = _CLAIM.search(said)
    ended = _ENDED.search(said, claim.end()) if claim else None
    if claim is None or ended is None:
        return None
    claimant = last_party(found, mentions, sentence.start, sentence.start + claim.start())
    against = _party_after(found, mentions, sentence.start + claim.end())
    if not claimant or not against or claimant == against:
        return None
    actors = {a.name: a for a in found.actors.values()}
    public = is_government(actors[claimant]), is_government(actors[against])
    if public[0] == public[1]:
        return None  # two firms or two public bodies: the claim tells no direction
    kind = deal_kind(said, said)
    if kind in NO_PARTY_KINDS or kind in {"loan", "grant"}:
        return None
    deal = DealBuild(kind, None, status="cancelled", rule="deal.unpriced")
    deal.rule_words = _WHY.format(ended.group().strip())
    deal.buyer, deal.seller = (against, claimant) if public[1] else (claimant, against)
    deal.buyer_why = "the public body of a claim over the contract's cancellation"
    deal.seller_why = "the firm of a claim over the contract's cancellation"
    find_item(deal, sentence)
    return deal


def _party_after(found: Found, mentions: list[Mention], at: int) -> str:
    """The party named right after ``at`` ("against the Philippine Department of National
    Defense": the department, not the state its adjective names)."""
    index = bisect.bisect_left(mentions, (at, -1, ""))
    near = [m for m in mentions[index : index + 3] if m[0] <= at + 40]
    for position, (_start, end, key) in enumerate(near):
        actor = found.actors.get(key)
        if actor is None or actor.type not in PARTY_TYPES:
            continue
        follows = near[position + 1] if position + 1 < len(near) else None
        if actor.type == "state" and follows is not None and follows[0] <= end + 1:
            continue  # a demonym before the body's name
        return actor.name
    return ""
