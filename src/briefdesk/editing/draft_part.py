"""A part of a larger deal is never the brief's main deal while that deal is there
(newcomer26 N26-01).

A wire story on a navy's EUR 2.1 billion frigate order told, two paragraphs down, that a local
yard "will build the third and fourth ships under a subcontract worth about EUR 640 million".
The subcontract's sides were both read from cues (its buyer is the prime that sells the main
deal), the main order's direction was only guessed, and the headline names the prime: the draft
built the brief around the subcontract. A reader knows a subcontract, or any deal whose buyer
is the seller of a larger deal in the same story, is a link in that deal's supply chain; the
brief is about the order it serves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefdesk.extract.results import DealSuggestion

_SUB = re.compile(r"\bsub-?contract(?:s|ed|ing|or|ors)?\b|\bwork[- ]share\b", re.IGNORECASE)


def _said(deal: DealSuggestion, text: str) -> str:
    return " ".join(text[int(s) : int(e)] for s, e in deal.evidence)


def _amount(deal: DealSuggestion) -> float:
    return float(deal.value.amount) if deal.value is not None else 0.0


def _serves(part: DealSuggestion, whole: DealSuggestion, text: str) -> bool:
    """Whether ``part`` is bought by the company that sells ``whole`` (its prime), as a
    subcontract its sentence names or for less money than ``whole`` is worth."""
    if part is whole or not part.buyer or part.buyer != whole.seller or whole.buyer == part.buyer:
        return False
    if (
        part.value is not None
        and whole.value is not None
        and part.value.currency == whole.value.currency
    ):
        if _amount(part) >= _amount(whole):
            return False
    elif not _SUB.search(_said(part, text)):
        return False
    return True


def parts(read: Sequence[DealSuggestion], text: str | None) -> set[int]:
    """Indexes in ``read`` (deals as extraction read them, guessed sides kept) of the deals
    that serve another deal in the list; empty without the text or with one deal."""
    if text is None or len(read) < 2:
        return set()
    return {
        i
        for i, part in enumerate(read)
        if any(_serves(part, whole, text) for whole in read if whole is not part)
    }
