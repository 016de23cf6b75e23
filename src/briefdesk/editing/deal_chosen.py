"""A choice the learned reader found, drafted in the source's own verb (newcomer20 N20-12).

"INASA has chosen Arvelle for a second launch" names no value and no item: the rules found no
deal, the learned reader found the sentence, and the draft made an empty "Deal" with no BLUF
(the sure reading drops a learned deal's sides). When the sentence's own words give both sides
(a cue, never a guess: "subject of 'has chosen'", "object of 'chosen'"), the drafted deal keeps
them (:func:`draft_sure.with_read_sides`) and the BLUF says what the source says, no more: "The
Indonesian Space Agency has chosen Arvelle Launch Services." — not "approved", not "signed".
"""

from __future__ import annotations

import re

from briefdesk.definite import with_the
from briefdesk.extract.results import DealSuggestion

# The choice as the source words it: "has chosen", "have selected", "picked".
_CHOSE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:chosen|selected|picked|tapped)|chose|selected|picked)\b", re.I
)


def cue_read(deal: DealSuggestion, role: str) -> bool:
    """Whether a cue in the deal's sentence, not a guess, gave its ``role`` side."""
    return any(reason.rule == f"{role}.cue" for reason in deal.why)


def chosen_sentence(deal: DealSuggestion, text: str) -> str:
    """ "X has chosen Y." when both sides came from cues, the buyer's cue being the choice the
    deal's own sentence words (the verb as written); "" otherwise."""
    if not (deal.buyer and deal.seller and cue_read(deal, "seller")):
        return ""
    cue = next((r.text for r in deal.why if r.rule == "buyer.cue"), "")
    for start, end in deal.evidence:
        found = _CHOSE.search(text[int(start) : int(end)])
        if found is None or found.group().split()[-1] not in cue:
            continue
        verb = " ".join(found.group().split()).lower()
        return f"{with_the(deal.buyer, start=True)} {verb} {with_the(deal.seller)}."
    return ""
