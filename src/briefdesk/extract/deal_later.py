"""A deal's status moved on by the sentences after it ("The contract was signed on Friday").

Round 16 (speed): a sentence with no status cue moves nothing; only whether it names another
amount (then the reading stops) matters, and only when a cue follows it. Its money scan (the
amount pattern is led by a look-ahead, tried at every position) waits until a cue does; the
sentences after the last cue of the window are never scanned for money. Same answers as
reading every sentence's amounts in turn (tests/extract/test_speed_round16.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.extract.deal_status import (
    LATER_REACH,
    LATER_STATUS,
    LATER_STATUS_OF,
    PROGRESS,
    deal_status,
)
from briefdesk.extract.later_moves import later_move
from briefdesk.extract.money import find_money
from briefdesk.extract.status_grammar import later_unsigned
from briefdesk.extract.text import Sentence

if TYPE_CHECKING:
    from briefdesk.extract.deal_kinds import DealBuild

_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def later_status(deal: DealBuild, sents: list[Sentence], index: int) -> str:
    """The status a later sentence about the same deal gives ("The contract was signed on
    Friday"), read up to the next sentence that names a different amount (another deal)."""
    status = deal.status
    if status in ("cancelled", "suspended"):
        return status
    waiting: list[str] = []  # sentences with no status cue, not yet read for money (round 16)
    told = (deal.kind, (deal.buyer, deal.seller), sents[index].text.lower())
    for sentence in sents[index + 1 : index + 1 + LATER_REACH]:
        lowered = sentence.text.lower()
        match = LATER_STATUS.search(lowered)
        moved = (
            None if match else later_move(lowered, told)
        )  # (round 22: "the navy cancelled the order")
        if not match and not moved and not later_unsigned(lowered):
            waiting.append(sentence.text)  # moves nothing; its amount matters only if a cue
            continue  # follows (the money scan, dearer than the cue's, is left for then)
        if any(_other_amount(deal, text) for text in (*waiting, sentence.text)):
            break
        stop = (LATER_STATUS_OF[match.group("verb")] if match else moved) in _STOPS
        if stop and any(_NEW_DEAL.search(text) for text in waiting):
            break  # (round 23: "X had a contract for forty carriers. ... terminated the contract")
        waiting.clear()
        if status in ("signed", "reported") and later_unsigned(lowered):
            status = "approved"  # (round 13: "The contract has not yet been signed.")
            continue  # (round 23: a price told with no status, "The contract will be signed")
        if moved is None and (
            not match
            or (_A_YEAR.search(sentence.text) and deal_status(sentence.text, True) == "reported")
        ):
            continue  # (round 10: "that contract was signed in 2019" is another, older deal)
        later = LATER_STATUS_OF[match.group("verb")] if match else str(moved)
        if (
            match
            and later not in ("cancelled", "suspended")
            and BEFORE_NOW.match(lowered, match.end())
        ):
            continue  # (round 22: "... was signed in 2019 and is expected to open": the past)
        if later in ("cancelled", "suspended"):
            return later
        if PROGRESS.get(later, 0) > PROGRESS.get(status, 0):
            status = later
    return status


# A forward move told with a past time right after its verb: "was signed in 2019", "approved
# last year", "signed years ago" (a stop so told still stops the deal: "cancelled in 2025").
BEFORE_NOW = re.compile(
    r"\s+(?:in\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d|last\s+year|years\s+ago|earlier|"
    r"previously)\b"
)


_STOPS = ("cancelled", "suspended")
# A sentence between that tells another deal with no amount, as one new to the reader: "Rheintal
# Wehrtechnik had a contract for forty carriers for Egypt", "X won an order for two tugs". A stop
# after it is that deal's.
_NEW_DEAL = re.compile(
    r"\b(?:had|has|have|held|holds|signed|won|placed|got)\s+(?:a|an|another)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:contract|order|deal|agreement)s?\b"
)


def _other_amount(deal: DealBuild, text: str) -> bool:
    """Whether ``text`` names an amount and not the deal's (another deal: stop reading).
    Amounts only: without the article's context a "rupees" may read as another code."""
    amounts = {m.amount for m in find_money(text)}
    return bool(amounts) and (deal.value is None or deal.value.amount not in amounts)
