"""The drafted BLUF's sentence for a concession, a licence or a production-sharing contract.

A concession is granted, not sold: its status word is "granted" (``status_words``), so a signed
concession's sentence says "has granted", never "has signed" beside a Status that reads Granted;
and the money it names is most often what the holder commits to invest, not a price: "with a
committed investment of USD 420 million", never "worth" (newcomer23 N23-09). Split from
``deal_sentence`` (round 23).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.editing.source_voice import BUYER
from briefdesk.model.codes import DealStatus

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts
    from briefdesk.extract.results import DealSuggestion

# The value's own sentence says the money is invested ("will invest USD 420 million").
_INVEST = re.compile(r"\binvest(?:s|ed|ing|ment|ments)?\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s")


def invests(deal: DealSuggestion, text: str) -> bool:
    """Whether the sentence that states the deal's value speaks of investing it."""
    if not text or deal.value is None or not deal.value.evidence:
        return False
    start, end = deal.value.evidence[0]
    before = text[max(0, start - 200) : start]
    cut = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[cut[-1] :] if cut else before
    after = _SENTENCE_END.split(text[end : end + 80], maxsplit=1)[0]
    return bool(_INVEST.search(before) or _INVEST.search(after))


def _money(p: _Parts, invested: bool, granted: bool) -> str:
    """The value's words: an investment is said as one; any other sum of a concession is
    "involving", since its fees and royalties are no price either (``UNPRICED_KINDS``); a
    deal of another kind the user filed keeps "worth"."""
    if not p.value:
        return ""
    if invested:
        return f", with a committed investment of {p.value}"
    return f", involving {p.value}" if granted else f", worth {p.value}"


def concession(p: _Parts, rights: str, invested: bool = False, granted: bool = True) -> str:
    """ "The Ministry has granted Corvan a 30-year concession, with a committed investment of
    USD 420 million"; led by the holder when the source speaks for it (N17-09). ``granted``:
    the deal is of kind concession, whose Status word for signed is Granted; a deal of kind
    "other" about rights keeps "has signed … with" (its Status reads Signed)."""
    from briefdesk.editing.deal_sentence import _passive

    worth = _money(p, invested, granted)
    if p.seller and p.buyer and p.lead == BUYER:  # the holder's own announcement (N17-09)
        rights = f"{rights} from {p.other(p.seller)}"
    elif p.seller:
        g = p.first(p.seller)
        holder = p.other(p.buyer) if p.buyer else ""
        to = f" to {holder}" if holder else ""
        given = f"{holder} {rights}" if holder else rights  # "granted X a concession"
        return {
            DealStatus.REPORTED: f"{g} is reported to be awarding {rights}{to}",
            DealStatus.PROPOSED: f"{g} has proposed awarding {rights}{to}",
            DealStatus.APPROVED: f"{g} has approved the award of {rights}{to}",
            DealStatus.SIGNED: f"{g} has granted {given}"  # its status word: Granted
            if granted
            else f"{g} has signed {rights}" + (f" with {holder}" if holder else ""),
            DealStatus.IN_DELIVERY: f"{g} has granted {given}",
            DealStatus.DELIVERED: f"{g} has granted {given}",
            DealStatus.SUSPENDED: f"{g} has suspended {rights}"
            + (f" held by {holder}" if holder else ""),
            DealStatus.CANCELLED: f"{g} has cancelled {rights}"
            + (f" held by {holder}" if holder else ""),
        }[p.status] + worth
    if p.buyer:
        h = p.first(p.buyer)
        return {
            DealStatus.REPORTED: f"{h} is reported to have won {rights}",
            DealStatus.PROPOSED: f"{h} has been proposed for {rights}",
            DealStatus.APPROVED: f"{h} has won approval for {rights}",
            DealStatus.SIGNED: f"{h} has been granted {rights}"
            if granted
            else f"{h} has signed {rights}",
            DealStatus.IN_DELIVERY: f"{h} has been awarded {rights}",
            DealStatus.DELIVERED: f"{h} has been awarded {rights}",
            DealStatus.SUSPENDED: f"{h} has had {rights} suspended",
            DealStatus.CANCELLED: f"{h} has had {rights} cancelled",
        }[p.status] + worth
    mid = f"{worth}," if worth else ""
    if p.status is DealStatus.REPORTED:
        return f"{rights}{mid} has reportedly been awarded"
    return f"{rights}{mid} {_passive(p.status, 'awarded', 'awarded')}"
