"""The late readers of deals in sentences no deal cites yet, in their order (rounds 21-22,
issue 10): each reads one shape (``deal_free_sentences``) and never calls another; this list is
the pipeline's, kept here so the pipeline stays one screen of stages.
"""

from __future__ import annotations

from collections.abc import Callable

from briefdesk.extract.deal_asked_finance import asked_financing
from briefdesk.extract.deal_barter_named import named_barters
from briefdesk.extract.deal_bid_talks import bid_talks
from briefdesk.extract.deal_blocked import blocked_deals
from briefdesk.extract.deal_claimed import claimed_contracts
from briefdesk.extract.deal_ended import ended_deals
from briefdesk.extract.deal_engaged import engaged_deals
from briefdesk.extract.deal_first_person import first_person_deals
from briefdesk.extract.deal_formed_venture import formed_ventures
from briefdesk.extract.deal_granted import granted_deals
from briefdesk.extract.deal_hired import hired_deals
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_leased_from import leased_deals
from briefdesk.extract.deal_loan_under import loans_under
from briefdesk.extract.deal_talks import talked_deals
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

Pass = Callable[[str, Found, list[Sentence], list[DealBuild]], list[DealBuild]]

FREE_PASSES: tuple[Pass, ...] = (
    talked_deals,  # "X is in talks with Y on a loan"
    bid_talks,  # "X is in talks to buy Y Ltd", "negotiations for six helicopters from Z" (r23)
    named_barters,  # "under the November barter" (round 22, N21-13)
    hired_deals,  # "X was hired by Y to work over wells"
    engaged_deals,  # "the works contract has gone to X", "entrusted the works to X" (r25)
    leased_deals,  # "X has wet-leased two jets from Y", "took on a charter from Y" (r26)
    ended_deals,  # "terminated the contract awarded to X" (round 22)
    claimed_contracts,  # "seeking $X in damages over the cancellation of a contract" (r25)
    blocked_deals,  # "blocked the sale of X to Y", "abandoned plans to take ... from Y" (r23)
    granted_deals,  # "issued a mining permit to X" (round 22)
    first_person_deals,  # "We have a launch services agreement with X" (round 22)
    formed_ventures,  # "agreed to set up a joint venture" (round 22)
    asked_financing,  # "has asked the X Bank to finance the road" (round 24)
    loans_under,  # "Under the credit line, B will lend to A": the priced loan's sides (r25)
)


def free_sentence_deals(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with what each late reader finds, in order (each sees the deals before it)."""
    for read in FREE_PASSES:
        deals = read(text, found, sents, deals)
    return deals
