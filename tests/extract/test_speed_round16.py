"""Round 16's speed pass gives exactly what the code before it gave (made-up sentences).

``deal_later.later_status`` scans a later sentence for money only when a status cue follows
it; the round-15 form (kept here as the reference) scanned every sentence in turn.
"""

from __future__ import annotations

import itertools
import random
from decimal import Decimal

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.deal_later import BEFORE_NOW, later_status
from briefdesk.extract.deal_status import (
    LATER_REACH,
    LATER_STATUS,
    LATER_STATUS_OF,
    PROGRESS,
    deal_status,
)
from briefdesk.extract.later_moves import later_move
from briefdesk.extract.money import MoneyMention, find_money
from briefdesk.extract.status_grammar import later_unsigned
from briefdesk.extract.text import Sentence, sentences

_YEAR = r"\b(?:19|20)\d\d\b"


def _round15_later_status(deal: DealBuild, sents: list[Sentence], index: int) -> str:
    """The round-15 reading: every later sentence's amounts first, then its cue (with round
    22's later moves and its past-time rule, read the same plain way)."""
    import re

    status = deal.status
    if status in ("cancelled", "suspended"):
        return status
    told = (deal.kind, (deal.buyer, deal.seller), sents[index].text.lower())
    for sentence in sents[index + 1 : index + 1 + LATER_REACH]:
        amounts = {m.amount for m in find_money(sentence.text)}
        if amounts and (deal.value is None or deal.value.amount not in amounts):
            break
        lowered = sentence.text.lower()
        if status in ("signed", "reported") and later_unsigned(lowered):
            status = "approved"  # (round 23: a reported deal too)
            continue
        match = LATER_STATUS.search(lowered)
        moved = None if match else later_move(lowered, told)
        if moved is None and (
            not match
            or (re.search(_YEAR, sentence.text) and deal_status(sentence.text, True) == "reported")
        ):
            continue
        later = LATER_STATUS_OF[match.group("verb")] if match else str(moved)
        if (
            match
            and later not in ("cancelled", "suspended")
            and BEFORE_NOW.match(lowered, match.end())
        ):
            continue
        if later in ("cancelled", "suspended"):
            return later
        if PROGRESS.get(later, 0) > PROGRESS.get(status, 0):
            status = later
    return status


# Made-up sentences: the deal's own amount, another amount, cues of each status, an unsigned
# contract, an older deal (a year), and sentences that tell nothing.
_PIECES = [
    "Norland will buy six Kestrel patrol boats from Vessa Marine for $120 million.",
    "The $120 million contract was signed on Friday.",
    "Officials said the contract was approved by the cabinet.",
    "Separately, Ostmark agreed a $45 million loan with the Harbour Bank.",
    "The contract has not yet been signed.",
    "That contract was signed in 2019 and later cancelled.",
    "The deal was cancelled on Monday after a dispute.",
    "The agreement was suspended pending a review.",
    "The first boat was delivered in March.",
    "Weather in the port stayed calm.",
    "The minister spoke to reporters at the harbour.",
    "The order was delivered to the navy last week.",
    "Shares in Vessa Marine rose 4 percent.",
    "The loan was approved by the bank's board.",
    "The sale worth 120 million dollars has been completed.",
]


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(_PIECES) for _ in range(rng.randint(2, 9)))


def test_later_status_is_the_round_15_reading_on_made_up_texts() -> None:
    rng = random.Random(16)
    values = [None, MoneyMention(Decimal(120_000_000), "USD", "$120 million", 0, 0)]
    statuses = ["reported", "proposed", "approved", "signed", "cancelled"]
    checked = moved = 0
    for _ in range(250):
        sents = sentences(_text(rng))
        for index, value, status in itertools.product(range(len(sents)), values, statuses):
            expected = _round15_later_status(
                DealBuild(kind="other", value=value, status=status), sents, index
            )
            got = later_status(DealBuild(kind="other", value=value, status=status), sents, index)
            assert got == expected, (status, value, index, [s.text for s in sents])
            checked += 1
            moved += got != status
    assert checked > 3_000 and moved > 300  # the texts move many statuses, both ways


def test_a_cue_after_another_amount_moves_nothing() -> None:
    deal = DealBuild(kind="other", value=None, status="reported")
    sents = sentences(
        "Norland will buy six boats. Weather stayed calm. Ostmark agreed a $45 million loan. "
        "The contract was signed on Friday."
    )
    assert later_status(deal, sents, 0) == "reported"  # the amount before the cue stops it
    sents = sentences(
        "Norland will buy six boats. Weather stayed calm. The contract was signed on Friday."
    )
    assert later_status(deal, sents, 0) == "signed"
