"""The fee a licence's holder pays, told just after the licence (round 22, newcomer22 N22-11):
"The Ministry has also granted a two-year fishing licence to X for four freezer trawlers. The
company will pay a licence fee of EUR 2.1 million and land 15 per cent of its catch".

A fee in a deal's own sentences is no value (``deal_amounts``: a concession's signing bonus,
royalties and fees are payments it provides for, beside its investment). A licence told with no
amount of its own is different: the fee is what the holder pays for it, so it prices the licence.
Read only for a deal named rights granted (kind "concession") with no value, in the one or two
sentences after its own, when their subject points back to the holder ("The company", "It",
"The licensee" or the holder's name) and pays a licence, concession, access or permit fee.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.text import Sentence

_REACH = 2  # sentences after the licence's own
_HOLDER = r"(?:It|The\s+(?:company|firm|licensee|holder|operator|group|concessionaire)|{name})"
_PAYS = (
    r"\s+(?:will\s+|is\s+to\s+|shall\s+|must\s+|has\s+|had\s+)?(?:also\s+)?"
    r"(?:pay|pays|paid)\s+(?:an?\s+|the\s+)?(?:(?:annual|yearly|one-off|one-time|total)\s+)?"
    r"(?:licen[cs]e|licensing|concession|access|permit)\s+fees?\s+of\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+)?"
)


def licence_fee(
    deal: DealBuild, sents: list[Sentence], money: list[MoneyMention], deals: list[DealBuild]
) -> MoneyMention | None:
    """The fee the holder pays for the rights ``deal`` grants, told after it; None otherwise.
    The fee's sentence joins the deal's evidence."""
    if deal.value is not None or not deal.buyer or deal.sentence_index < 0:
        return None
    taken = {(d.value.start, d.value.end) for d in deals if d.value is not None}
    holder = re.compile(r"^\W*" + _HOLDER.format(name=re.escape(deal.buyer)) + _PAYS)
    stop = min(len(sents), deal.sentence_index + 1 + _REACH)
    for sentence in sents[deal.sentence_index + 1 : stop]:
        if (told := holder.match(sentence.text)) is None:
            continue
        at = sentence.start + told.end()
        fee = next((m for m in money if at <= m.start <= at + 12), None)
        if fee is None or (fee.start, fee.end) in taken:
            return None
        deal.evidence.append((sentence.start, sentence.end))
        return fee
    return None
