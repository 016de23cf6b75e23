"""The sentence that says who lends to whom under a loan told just before (round 25, N25-10).

"A and B signed a credit line agreement worth USD 600 million. Under the credit line, B will
lend to A to finance ...": the priced sentence names both parties but no direction (both may
look like banks), so its lender is a guess; the next sentence points back ("Under the credit
line") and says who lends. That sentence is read as a second, unpriced loan with its sides
from "will lend to". It is the same loan: its sides replace the guessed ones of the priced loan
(when the priced sentence names both of them) and the unpriced copy is dropped.
"""

from __future__ import annotations

import bisect

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

# A sentence opening on a pointer back to a loan or agreement: "Under the credit line,",
# "Under the agreement,", "Under this facility,".
_UNDER = re.compile(
    r"\s*Under\s+(?:the|this|that|its)\s+(?:[\w-]+\s+){0,2}?(?:credit\s+line|loan|facility|"
    r"credit|agreement|deal|financing|accord)\b",
    re.IGNORECASE,
)
_CUED = ("after '", "subject of '")  # sides read from a verb of lending, not guessed
_GAP = 400  # the pointing sentence follows the priced one within a short paragraph


def loans_under(
    text: str, found: Found, sents: list[Sentence], deals: list[DealBuild]
) -> list[DealBuild]:
    """``deals`` with each "Under the credit line, B will lend to A" copy folded into the
    priced loan told just before it."""
    if "Under " not in text:
        return deals
    mentions = sorted(found.mentions)
    dropped: list[DealBuild] = []
    for copy in deals:
        if copy.kind != "loan" or copy.value or not (copy.buyer and copy.seller):
            continue
        if not copy.evidence or not _cued(copy):
            continue
        start, _end = min(copy.evidence)
        if not _UNDER.match(text, start):
            continue
        before = _priced_before(text, deals, start)
        if before is None:
            continue
        priced, span = before
        named = _names_in(found, mentions, span)
        if not {copy.buyer, copy.seller} <= named:
            continue  # the priced sentence does not name both: maybe another loan
        if not {priced.buyer, priced.seller} - {""} <= {copy.buyer, copy.seller}:
            continue
        priced.buyer, priced.seller = copy.buyer, copy.seller
        priced.buyer_why = f"{copy.buyer_why} (in the next sentence, about the same loan)"
        priced.seller_why = f"{copy.seller_why} (in the next sentence, about the same loan)"
        priced.weak = False
        priced.evidence = sorted({*priced.evidence, *copy.evidence})
        dropped.append(copy)
    return [d for d in deals if all(d is not x for x in dropped)] if dropped else deals


def _cued(deal: DealBuild) -> bool:
    """Both sides read from the words of a lending verb, neither a guess."""
    return all(why.startswith(_CUED) for why in (deal.buyer_why, deal.seller_why))


def _priced_before(
    text: str, deals: list[DealBuild], start: int
) -> tuple[DealBuild, tuple[int, int]] | None:
    """The priced loan, and its sentence, that ends just before ``start`` in its paragraph."""
    best: tuple[DealBuild, tuple[int, int]] | None = None
    for deal in deals:
        if deal.kind != "loan" or not deal.value:
            continue
        for span in deal.evidence:
            if span[1] > start or start - span[1] > _GAP or "\n\n" in text[span[1] : start]:
                continue
            if best is None or span[1] > best[1][1]:
                best = (deal, span)
    return best


def _names_in(
    found: Found, mentions: list[tuple[int, int, str]], span: tuple[int, int]
) -> set[str]:
    """The names of the actors mentioned inside ``span``."""
    at = bisect.bisect_left(mentions, (span[0], -1, ""))
    names: set[str] = set()
    for m_start, _m_end, key in mentions[at:]:
        if m_start >= span[1]:
            break
        actor = found.actors.get(key)
        if actor is not None:
            names.add(actor.name)
    return names
