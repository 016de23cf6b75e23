"""A memorandum signed without a price is a deal of its own, with no sides.

"Norrland Aero and the state-owned Thai Aviation Industries also signed a memorandum of
understanding on local maintenance, with no figure attached." An MoU names signatories, not a
buyer and a seller; it is suggested as a deal of kind `mou` so the user sees it. Only a
statement that it was signed (not "will sign", "is expected to sign", "no memorandum has been
signed"), one per sentence, at most two an article, and none where a deal of the article already
reads that sentence.
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_memoranda import MOU_RE
from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.text import Sentence

_SIGNED = re.compile(
    r"\b(?:signed|inked|concluded|initialled|initialed|exchanged|signing\s+of|signature\s+of)\b"
)
_NOT_YET = re.compile(
    r"\b(?:will|would|to\s+be|expected\s+to|plans?\s+to|yet\s+to|not|no|never|hopes?\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:sign|signed|be\s+signed)\b|\?\s*$"
)
_MOST = 2
# A memorandum of its own ("signed a memorandum", "an MoU"), not one referred back to ("The MoU
# was signed by"), a framework agreement or one that is background ("under a memorandum").
_NEW_MOU = re.compile(
    r"(?<!under )\b(?:a|an|two|three|four|five|several)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?i:memorand\w*|letters?\s+of\s+intent|heads\s+of\s+agreement)|MoUs?|MOUs?)\b"
)


def signed_memoranda(sents: list[Sentence], deals: list[DealBuild]) -> list[DealBuild]:
    """MoU deals for the sentences that report a memorandum signed."""
    used = {d.sentence_index for d in deals}
    found: list[DealBuild] = []
    for index, sentence in enumerate(sents):
        text = sentence.text
        if len(found) >= _MOST:
            break
        if index in used or not text.rstrip("\"'”’)").endswith(".") or not MOU_RE.search(text):
            continue
        if not _SIGNED.search(text) or _NOT_YET.search(text) or not _NEW_MOU.search(text):
            continue
        if any(d.kind == "mou" and 0 < index - d.sentence_index <= 2 for d in deals + found):
            continue  # the same memorandum told again (a headline, then the lead)
        deal = DealBuild("mou", None, status=deal_status(text), rule="deal.unpriced")
        deal.sentence_index = index
        deal.evidence.append((sentence.start, sentence.end))
        found.append(deal)
    return found
