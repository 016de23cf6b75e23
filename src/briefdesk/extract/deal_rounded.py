"""One deal told twice with its value rounded: "$2.5bn" in a headline, "$2.53 billion" below.

A value is stated to a precision: "2.5bn" to a tenth of a billion, "310 million" to a million.
A coarser amount that the finer one rounds to, in the same currency, for a deal of the same kind
whose parties do not contradict it, is the same deal (within 5%: "$1 billion" stated to the
billion is no rounding of "$500 million"): the two are merged and keep the finer value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from briefdesk.extract.deal_heads import head_kind
from briefdesk.extract.deal_items import lead_item
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence

# (round 19: "171.600.000.000", thousands grouped by stops, is a whole number)
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d[\d,]*(?:\.(\d+))?")


def precision(mention: MoneyMention) -> Decimal | None:
    """The unit of the last digit stated: 0.1 billion for "$2.5bn", 1 million for "$310m"."""
    match = _NUMBER.search(mention.as_stated)
    if not match:
        return None
    try:
        digits = match.group(0).replace(",", "")
        number = Decimal(digits if match.group(1) else digits.replace(".", ""))
    except ArithmeticError:
        return None
    if not number:
        return None
    unit = mention.amount / number
    return unit * Decimal(10) ** -len(match.group(1) or "")


def rounds_to(coarse: MoneyMention, fine: MoneyMention) -> bool:
    """Whether ``fine`` rounded to the precision ``coarse`` is stated to gives ``coarse``."""
    if coarse.currency != fine.currency or coarse.amount == fine.amount:
        return False
    step, fine_step = precision(coarse), precision(fine)
    if step is None or fine_step is None or fine_step >= step:
        return False
    gap = abs(fine.amount - coarse.amount)
    # Within half a step, and close: "$1 billion" is no rounding of "$500 million".
    return gap * 2 <= step and gap * 20 <= fine.amount


# Money lent or given for a purchase is a second deal, even when it is about the price.
_FINANCING = frozenset({"loan", "grant"})


def _kinds_agree(a: DealBuild, b: DealBuild) -> bool:
    """Same kind, or one left "other"; never a contract and the loan or grant that pays it."""
    if a.kind == b.kind:
        return True
    return "other" in {a.kind, b.kind} and not _FINANCING & {a.kind, b.kind}


def _sides_agree(a: str, b: str, same: Callable[[str, str], bool]) -> bool:
    return not a or not b or same(a, b)


def merge_rounded(deals: list[DealBuild], same: Callable[[str, str], bool]) -> list[DealBuild]:
    """``deals`` with each rounded restatement folded into the deal it rounds."""
    kept: list[DealBuild] = []
    for deal in deals:
        into = next((k for k in kept if _same_deal(k, deal, same)), None)
        if into is None:
            kept.append(deal)
        else:
            _fold(into, deal)
    return kept


def _same_deal(a: DealBuild, b: DealBuild, same: Callable[[str, str], bool]) -> bool:
    if not (a.value and b.value) or not _kinds_agree(a, b):
        return False
    if not (rounds_to(a.value, b.value) or rounds_to(b.value, a.value)):
        return False
    return _sides_agree(a.buyer, b.buyer, same) and _sides_agree(a.seller, b.seller, same)


def _fold(into: DealBuild, other: DealBuild) -> None:
    """Keep the finer value; fill what the kept deal lacks from the other."""
    assert into.value and other.value
    if rounds_to(into.value, other.value):
        into.value = other.value
    if into.kind == "other":
        into.kind = other.kind
    if not into.buyer and other.buyer:
        into.buyer, into.buyer_why = other.buyer, other.buyer_why
    if not into.seller and other.seller:
        into.seller, into.seller_why = other.seller, other.seller_why
    if not into.item and other.item:
        into.item, into.item_span, into.quantity = other.item, other.item_span, other.quantity
    if into.status == "reported":
        into.status = other.status
    into.evidence.extend(e for e in other.evidence if e not in into.evidence)


def refine(
    deals: list[DealBuild],
    mention: MoneyMention,
    build: Callable[[], DealBuild],
    same: Callable[[str, str], bool],
) -> bool:
    """Give the deal whose value ``mention`` states more finely ("$1.2 billion" in a headline,
    "$1.18 billion" below) that finer value, when the sentence stating it (``build`` reads it)
    names no other sides or kind; whether it did."""
    deal = next((d for d in deals if d.value and rounds_to(d.value, mention)), None)
    if deal is None:
        return False
    probe = build()
    if not (
        _sides_agree(deal.buyer, probe.buyer, same)
        and _sides_agree(deal.seller, probe.seller, same)
        and _kinds_agree(deal, probe)
    ):
        return False
    deal.value = mention
    deal.evidence.append((mention.start, mention.end))
    if deal.status == "reported":
        deal.status = probe.status
    return True


def lead_over_headline(deal: DealBuild, lead: DealBuild, sentence: Sentence) -> None:
    """A headline's side gives way to the side an explicit cue of the lead names ("Peru grants
    Tambo Grande copper concession, $2.1 bln plan" / "... awarded a concession ... to X"). When
    the headline's sides were a guess from "A and B", the other guessed side goes with it. The
    goods the lead ``sentence`` names may replace the headline's (``lead_item``)."""
    lead_item(deal, sentence)
    changed = False
    if lead.buyer and lead.buyer != deal.buyer and lead.buyer != deal.seller:
        deal.buyer, deal.buyer_why, changed = lead.buyer, lead.buyer_why, True
        if deal.weak and not lead.seller:
            deal.seller = deal.seller_why = ""
    if lead.seller and lead.seller != deal.seller and lead.seller != deal.buyer:
        deal.seller, deal.seller_why, changed = lead.seller, lead.seller_why, True
        if deal.weak and not lead.buyer:
            deal.buyer = deal.buyer_why = ""
    deal.weak = deal.weak and not changed


_INSTRUMENT_BEFORE = lazy(r"\b(loan|grant|credit)\s+of\s+(?:up\s+to\s+|about\s+)?$", re.I)


def add_evidence(deals: list[DealBuild], mention: MoneyMention, text: str = "") -> None:
    """The amount stated again is evidence of the deal that has it as its value; a kind left
    open by a headline ("CDB approves USD38.5 million to secure water supply") is taken from
    the instrument the restatement names ("approved a loan of USD38.5 million")."""
    key = (mention.amount, mention.currency)
    for deal in deals:
        if deal.value and (deal.value.amount, deal.value.currency) == key:
            deal.evidence.append((mention.start, mention.end))
            if deal.kind == "other" and text:
                named = _INSTRUMENT_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                kind = head_kind(text[mention.end : mention.end + 60]) or (
                    named.group(1).lower() if named else ""
                )
                if kind in {"loan", "grant"}:
                    deal.kind = kind
                elif kind == "credit":
                    deal.kind = "loan"
