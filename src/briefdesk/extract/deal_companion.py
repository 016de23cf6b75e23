"""A deal told as the companion of another: its status is the one the text gave before.

"The loan comes with a $5 million grant", "will be complemented by a $30 million grant", "The
package comprises a $150 million credit and a $30 million grant", "The EU is adding a grant of
€12 million": the sentence states no status of its own, and the amount it adds goes with the
deal told just before (approved, signed) — read from the nearest of the three sentences before
that states one (round 9)."""

from __future__ import annotations

import re

from briefdesk.extract.deal_status import deal_status
from briefdesk.extract.text import Sentence

_COMPANION = re.compile(
    r"\b(?:complemented\s+by|comes?\s+with|accompanied\s+by|comprises|(?:is|are)\s+made\s+up\s+"
    r"of|adds|adding|together\s+with|alongside)\b"
)
REACH = 3


def companion_status(sents: list[Sentence], index: int, status: str) -> str:
    """``status``, or (when it is "reported" and the sentence adds its amount to another deal)
    the status of the nearest sentence before that states one."""
    if status != "reported" or not _COMPANION.search(sents[index].text.lower()):
        return status
    for back in range(index - 1, max(-1, index - 1 - REACH), -1):
        told = deal_status(sents[back].text, current_only=True)
        if told != "reported":
            return told
    return status


# "The original contract, worth USD 398 million, was signed in 2023": a status told only as
# background (a date or "earlier" after it) while a sentence close by stops a deal of that kind.
_STOP_NOUN = re.compile(
    r"\b(?:contract|deal|agreement|loan|licen[cs]e|lease|concession|order|ppa|project)s?\b"
)
STOP_REACH = 3
_ANOTHER = re.compile(r"\b(?:separate(?:ly)?|another|other)\b")


def stopped_since(sents: list[Sentence], index: int, status: str) -> str:
    """``status``, or "cancelled"/"suspended" when the deal's own sentence tells its status only
    as background and a sentence within three either side stops a contract, loan or licence."""
    if status not in ("signed", "approved", "in_delivery", "delivered"):
        return status
    own = sents[index].text
    if deal_status(own) == "reported" or deal_status(own, current_only=True) != "reported":
        return status  # no status in its own sentence, or one told as now
    for near in (
        *range(index - 1, index - 1 - STOP_REACH, -1),
        *range(index + 1, index + 1 + STOP_REACH),
    ):
        if not 0 <= near < len(sents):
            continue
        told = deal_status(sents[near].text, current_only=True)
        lowered = sents[near].text.lower()
        if _ANOTHER.search(lowered):
            continue  # "In a separate decision, the Board cancelled another licence"
        if told in ("cancelled", "suspended") and _STOP_NOUN.search(lowered):
            return told
    return status
