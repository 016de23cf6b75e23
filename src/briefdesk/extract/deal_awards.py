"""An arbitral or court award read as a deal of kind "award" (newcomer14 N14-07).

"The tribunal ordered Tanzania to pay Kilwa Gold US$143.6 million in damages": a ruling's sum is
no contract's price (``deal_notvalue``), so the amount pass never reads it; brief format 3 has
the kind for it, with the payer (the seller slot) and the payee (the buyer slot). The amount is
the first one after the payee, not a later share of costs; the status is "reported" (an award is
ordered, never signed). A deal the amount pass read in that sentence (the costs figure) goes.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_financing_loan import party_at
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# "ordered Tanzania to pay Kilwa Gold", "directed the Republic to pay the claimant".
_ORDERED = re.compile(
    r"\b(?:ordered|orders|directed|directs|required|requires)\s+(?:the\s+)?(?=[A-Z])"
    r"(?P<payer>[^.;]{1,80}?)\s+to\s+pay\s+(?:the\s+)?(?P<payee>[^.;]{0,80}?)"
    r"(?=\s*(?:[A-Z]{1,3}\s?\$|[$€£¥]|[A-Z]{3}\s?\d))"
)
# "ordered Bolivia to pay US$412 million plus interest to Andes Tin": the amount first, the
# payee after it (newcomer15 N15-04).
_ORDERED_SUM = re.compile(
    r"\b(?:ordered|orders|directed|directs|required|requires)\s+(?:the\s+)?(?=[A-Z])"
    r"(?P<payer>[^.;]{1,80}?)\s+to\s+pay\s+(?=[A-Z]{1,3}\s?\$|[$€£¥]|[A-Z]{3}\s?\d)"
)
_TO_PAYEE = re.compile(r"[^.;]{0,40}?\bto\s+(?:the\s+)?(?=[A-Z])")
_RULING = re.compile(r"\b(?:tribunal|court|arbitrat|panel|ICSID|judge|ruling|award)", re.I)


def ordered_awards(
    text: str,
    found: Found,
    sents: list[Sentence],
    deals: list[DealBuild],
    money: list[MoneyMention],
) -> list[DealBuild]:
    """``deals`` with an award for each "ordered X to pay Y <amount>" in a ruling's words."""
    if "to pay" not in text:
        return deals
    mentions = sorted(found.mentions)
    starts = [m.start for m in money]
    for index, sentence in enumerate(sents):
        match = _ORDERED.search(sentence.text) if "to pay" in sentence.text else None
        match = match or (_ORDERED_SUM.search(sentence.text) if "to pay" in sentence.text else None)
        if match is None or not _RULING.search(sentence.text, 0, match.start() + 1):
            continue
        at = sentence.start + match.end()
        found_at = bisect.bisect_left(starts, at)
        if found_at >= len(money) or money[found_at].start > at + 3:
            continue
        value = money[found_at]
        payer = party_at(text, found, mentions, sentence.start + match.start("payer"), at)
        if match.groupdict().get("payee"):
            payee_start = sentence.start + match.start("payee")
            payee = party_at(text, found, mentions, payee_start, at)
        else:
            to = _TO_PAYEE.match(text, value.end, sentence.end)
            payee = party_at(text, found, mentions, to.end(), sentence.end) if to else ""
        told = _told_before(deals, value)
        if told is not None:  # a headline's award told again in the lead: one award
            told.evidence.append((value.start, value.end))
            told.buyer, told.buyer_why = (
                told.buyer or payee,
                told.buyer_why or ("payee: paid under the order" if payee else ""),
            )
            told.seller = told.seller or payer
            continue
        award = DealBuild(kind="award", value=value, seller=payer, buyer=payee)
        award.seller_why = "payer: ordered to pay" if payer else ""
        award.buyer_why = "payee: paid under the order" if payee else ""
        award.evidence = [(value.start, value.end)]
        award.sentence_index = index
        award.kind_why = ("award", "a sum a tribunal or court ordered paid")
        deals = [d for d in deals if not _in(d, sentence)] + [award]
    return deals


def _in(deal: DealBuild, sentence: Sentence) -> bool:
    """Whether ``deal``'s amount stands in ``sentence`` (a share of costs read as a price)."""
    return deal.value is not None and sentence.start <= deal.value.start < sentence.end


def _told_before(deals: list[DealBuild], value: MoneyMention) -> DealBuild | None:
    """An award already read for the same sum (a headline's "$412m" before "US$412 million")."""
    return next(
        (
            d
            for d in deals
            if d.kind == "award"
            and d.value is not None
            and (d.value.amount, d.value.currency) == (value.amount, value.currency)
        ),
        None,
    )
