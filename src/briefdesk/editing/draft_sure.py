"""What a draft may state about a deal: only the parts the reading is sure of (newcomer12 N12-26).

A suggestion may carry a side that extraction only guessed ("the government side buys": its
`why` says ``buyer.guess``). Offered as a suggestion the guess is visible and the user decides;
written into a drafted BLUF it becomes a fluent sentence nobody checked ("Bulgaria has signed a
deal to supply energy to Hungary" when Bulgaria is only the transit route). So a draft names a
side only when a cue in the text gave it; a guessed side is left out of the drafted deal and its
sentence, which then says what is known ("A deal to supply energy … has been reported"), and the
suggestion keeps the guess for the user to accept.

A deal the learned reader proposed (rule ``deal.learned-reader``, round 16) is a guess as a
whole: the reader was sure the clause tells a deal, not of who buys. Its sides are never
drafted as sure, and it never becomes the brief's main deal while a rule found any deal (nor
is it merged into one as its other half); in the window it stays a suggestion with its why.

Two sides whose *direction* alone was guessed ("Kaito signed a $1.3 billion joint venture
agreement with the state-owned Song Hau": both sides named, neither said to give) are still the
deal's two signatories. For a deal that has no direction to state (a joint venture, a
memorandum, a trade agreement, or an item-less deal of kind "other") the draft keeps them as
signatories and the BLUF names both ("Kaito … and Song Hau … have signed a contract worth $1.3
billion"), in the order the text names them (newcomer18 N18-02: the headline deal was drafted
as an empty "Deal"). A sale or a supply keeps the rule above: who sells is the guess.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefdesk.editing.deal_agreement import named_agreement
from briefdesk.editing.deal_chosen import cue_read
from briefdesk.extract.deal_guess import GUESS
from briefdesk.extract.deal_learned import RULE as LEARNED_RULE
from briefdesk.extract.results import DealSuggestion, Extraction, Reason
from briefdesk.extract.words import word_list
from briefdesk.model import Deal
from briefdesk.model.codes import SIGNED_ALIKE, DealKind, DealStatus, PartyRole

# Kinds in which a public body that contracts with a company buys from it.
_BOUGHT_BY_THE_STATE = frozenset({"arms_sale", "procurement", "construction"})
_HOUSE_GROUND = f"{GUESS}: the government side buys from the company"
# "signed a contract with Norwegian shipbuilder X for four frigates": the side the text calls
# a maker sells to the public body it contracts with, as the house rule says (N26-01).
_MAKER_GROUND = re.compile(
    rf"{re.escape(GUESS)}: the side described as '(?:shipbuilder|builder|manufacturer|maker|"
    r"contractor|supplier|shipyard|yard|vendor|exporter|producer)' sells$"
)
_PUBLIC_HEADS = word_list("government_heads")


def _guessed(deal: DealSuggestion, role: str) -> bool:
    if _house_rule(deal):
        return False
    return any(reason.rule in (f"{role}.guess", f"{role}.chosen") for reason in deal.why)


def _public(key: str) -> bool:
    """Whether the actor keyed ``key`` ("actor:state:kenya") is a state or a public body."""
    _, kind, name = [*key.split(":", 2), "", ""][:3]
    return kind == "state" or not _PUBLIC_HEADS.isdisjoint(name.split())


def _house_rule(deal: DealSuggestion, kinds: frozenset[str] = _BOUGHT_BY_THE_STATE) -> bool:
    """Whether every guessed side of ``deal`` is the house rule's: a public body buying from a
    company in an arms, procurement or works contract (the only guess a draft states)."""
    guesses = [r for r in deal.why if r.rule in ("buyer.guess", "seller.guess")]
    if str(deal.kind) not in kinds or not guesses or learned(deal):
        return False
    if any(r.rule.endswith(".chosen") or not _house_ground(r.text) for r in guesses):
        return False
    company = deal.seller_key.startswith("actor:organization:") and not _public(deal.seller_key)
    return company and _public(deal.buyer_key)


def _house_ground(why: str) -> bool:
    return why.endswith(_HOUSE_GROUND) or _MAKER_GROUND.search(why) is not None


def learned(deal: DealSuggestion) -> bool:
    """Whether the learned reader, not a rule, proposed ``deal``."""
    return any(reason.rule == LEARNED_RULE for reason in deal.why)


def sure_sides(deal: DealSuggestion) -> DealSuggestion:
    """``deal`` without the sides extraction guessed (every side of a learned deal);
    unchanged when a cue gave every side."""
    guess = learned(deal)
    buyer_guessed = bool(deal.buyer) and (guess or _guessed(deal, "buyer"))
    seller_guessed = bool(deal.seller) and (guess or _guessed(deal, "seller"))
    if not (buyer_guessed or seller_guessed):
        return deal
    return replace(
        deal,
        buyer="" if buyer_guessed else deal.buyer,
        buyer_key="" if buyer_guessed else deal.buyer_key,
        seller="" if seller_guessed else deal.seller,
        seller_key="" if seller_guessed else deal.seller_key,
        more_buyers=[] if buyer_guessed else deal.more_buyers,
        more_sellers=[] if seller_guessed else deal.more_sellers,
        why=[r for r in deal.why if r.rule not in _dropped(buyer_guessed, seller_guessed)],
    )


# The reason a drafted deal's two sides are its signatories (draft: roles, not buyer/seller).
SIGNED_RULE = "sides.signed-alike"


def _undirected(deal: DealSuggestion) -> bool:
    """Both sides named, only who gives guessed, in a deal whose sentence states no direction."""
    if learned(deal) or _house_rule(deal) or not (deal.buyer and deal.seller):
        return False
    alike = deal.kind in SIGNED_ALIKE or (
        deal.kind == DealKind.OTHER and (not deal.item or named_agreement(deal.item))
    )
    guessed = {r.rule for r in deal.why if r.text.partition(": ")[2].startswith(GUESS)}
    return alike and {"buyer.guess", "seller.guess"} <= guessed


def signed_sides(
    deal: DealSuggestion | None, extraction: Extraction, text: str
) -> DealSuggestion | None:
    """``deal`` (the main deal as :func:`main_deal` gives it) with the two sides of its reading
    whose direction alone was guessed put back as signatories (reason ``SIGNED_RULE``), the
    one the text names first in the seller slot; a venture's ``signatories`` likewise (the
    first two in the slots, the rest beside the second); unchanged otherwise."""
    if deal is None or deal.buyer or deal.seller:
        return deal
    said = Reason(SIGNED_RULE, "both sides signed it; the text does not say who gives")
    if len(deal.signatories) >= 2 and not learned(deal):  # a venture's partners (round 19)
        first, second, *more = deal.signatories
        keys = [*deal.signatory_keys, "", ""]
        return replace(
            deal,
            seller=first,
            seller_key=keys[0],
            buyer=second,
            buyer_key=keys[1],
            more_buyers=[*more, *deal.more_buyers],
            why=[*deal.why, said],
        )
    read = next((d for d in extraction.deals if d.key == deal.key and _undirected(d)), None)
    if read is None:
        return deal
    sides = sorted(
        [(read.buyer, read.buyer_key), (read.seller, read.seller_key)],
        key=lambda side: text.find(side[0]) % (len(text) + 1),  # unnamed (-1) last
    )
    (seller, seller_key), (buyer, buyer_key) = sides
    return replace(
        deal,
        seller=seller,
        seller_key=seller_key,
        buyer=buyer,
        buyer_key=buyer_key,
        why=[*deal.why, said],
    )


def as_signatories(added: Deal, deal: DealSuggestion) -> None:
    """The drafted ``added`` with its sides as signatories, in the text's order, when ``deal``
    gave them as such (``signed_sides``); its made-up title says "between" them, not "with"
    the one in the buyer slot."""
    if not any(reason.rule == SIGNED_RULE for reason in deal.why):
        return
    signed = [p.model_copy(update={"role": PartyRole.SIGNATORY}) for p in added.parties]
    if added.kind not in SIGNED_ALIKE:  # to_deal put the buyer slot first
        signed.reverse()
    added.parties = signed
    if len(signed) == 2 and added.kind == DealKind.OTHER and added.title.startswith("Deal with"):
        added.title = f"Deal between {deal.seller} and {deal.buyer}"


def with_read_sides(deal: DealSuggestion | None, extraction: Extraction) -> DealSuggestion | None:
    """``deal`` with the sides its own suggestion shows put back where the sure reading left
    them out (newcomer20 N20-01: a refit "HMW → Ministry of Defence" drafted with no parties,
    so the export named neither). The drafted *deal* keeps the suggestion's direction, where
    the user sees it and can swap it; the BLUF and title are written from ``deal`` and still
    state no guessed direction (N12-26). A learned deal keeps only the sides a cue in its
    sentence gave ("subject of 'has chosen'"), never a guessed one (newcomer20 N20-12)."""
    if deal is None or (deal.buyer and deal.seller):
        return deal
    read = next((d for d in extraction.deals if d.key == deal.key), None)
    if read is not None and learned(read):
        read = replace(
            read,
            buyer=read.buyer if cue_read(read, "buyer") else "",
            buyer_key=read.buyer_key if cue_read(read, "buyer") else "",
            seller=read.seller if cue_read(read, "seller") else "",
            seller_key=read.seller_key if cue_read(read, "seller") else "",
        )
    if read is None or not (read.buyer or read.seller):
        return deal
    named = {deal.buyer, deal.seller, *deal.signatories} - {""}
    if not deal.buyer and read.buyer and read.buyer not in named:
        deal = replace(deal, buyer=read.buyer, buyer_key=read.buyer_key)
    if not deal.seller and read.seller and read.seller not in named | {deal.buyer}:
        deal = replace(deal, seller=read.seller, seller_key=read.seller_key)
    return deal


def directed_sides(deal: DealSuggestion | None, extraction: Extraction) -> DealSuggestion | None:
    """``deal`` as the draft adds it to the brief's deals: the signatories ``signed_sides`` made
    of a public body and a company in a deal of kind "other" are put back as the suggestion's
    buyer and seller (newcomer20 N20-01: "Arvelle → INASA" drafted as two signatories), then
    any side the sure reading left out (:func:`with_read_sides`). The BLUF is still written
    from ``deal``, naming both as signing (the bank of "agreement with Carrow Bank" may lend)."""
    if deal is not None and any(r.rule == SIGNED_RULE for r in deal.why) and not deal.signatories:
        read = next((d for d in extraction.deals if d.key == deal.key), None)
        if read is not None and _house_rule(read, frozenset({"other"})):
            deal = replace(
                deal,
                buyer=read.buyer,
                buyer_key=read.buyer_key,
                seller=read.seller,
                seller_key=read.seller_key,
                why=[r for r in deal.why if r.rule != SIGNED_RULE],
            )
    return with_read_sides(deal, extraction)


def _dropped(buyer: bool, seller: bool) -> set[str]:
    return {
        f"{role}.{how}"
        for role, gone in (("buyer", buyer), ("seller", seller))
        if gone
        for how in ("guess", "chosen")
    }


def main_deal(extraction: Extraction, text: str | None = None) -> DealSuggestion | None:
    """The deal the article is about, as the draft may state it (guessed sides left out): the
    first with a value and both sides from cues, else the fullest; other halves of the same
    contract in ``text`` merged in (a value in one sentence, the item in the next: N13-10).
    A deal less far along than the first priced one never takes its place (newcomer15 N15-21:
    a thread's signed €3.2bn vehicle contract lost to a total of loans only "asked for").
    Before all these, the deal the headline names or the lead reports (N15-32): a side deal
    told first, or one whose sides were surer, drafted the wrong story. A learned deal is chosen
    only when no rule found a deal, and then without sides. A deal that serves another in the
    list (a subcontract bought by the prime that sells the order: :mod:`draft_part`) is never
    chosen while that deal is there (N26-01)."""
    from briefdesk.editing.draft_headline import headline_deal
    from briefdesk.editing.draft_part import parts
    from briefdesk.editing.same_deal import most_complete

    pairs = [(sure_sides(deal), deal) for deal in extraction.deals]
    pairs = [pair for pair in pairs if not learned(pair[0])] or pairs
    served = parts([read for _sure, read in pairs], text)  # a subcontract serves its order
    pairs = [pair for i, pair in enumerate(pairs) if i not in served] or pairs
    deals = [sure for sure, _read in pairs]
    named = [read for _sure, read in pairs]  # the headline names a side whose role was guessed
    if text is not None and (top := headline_deal(deals, text, named)) is not None:
        return most_complete([top, *(d for d in deals if d is not top)], text, keep_first=True)
    priced = [d for d in deals if d.value is not None]
    floor = _firmness(priced[0]) if priced else 0
    complete = [d for d in priced if d.buyer and d.seller and _firmness(d) >= floor]
    if complete:
        lead = complete[0]
    elif priced and _firmness(priced[0]) > max(
        (_firmness(d) for d in deals if d is not priced[0]), default=-1
    ):
        lead = priced[0]  # strictly the furthest along: it leads whatever the others hold
    else:
        return most_complete(deals, text)
    return most_complete([lead, *(d for d in deals if d is not lead)], text, keep_first=True)


# How far along a deal is, for choosing the one an article leads with: done or signed before
# approved, approved before talked of, and an ended deal last.
_FIRMNESS = {
    DealStatus.SIGNED: 3,
    DealStatus.IN_DELIVERY: 3,
    DealStatus.DELIVERED: 3,
    DealStatus.APPROVED: 2,
    DealStatus.PROPOSED: 1,
    DealStatus.REPORTED: 1,
}


def _firmness(deal: DealSuggestion) -> int:
    return _FIRMNESS.get(DealStatus(deal.status), 0)
