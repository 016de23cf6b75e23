"""The deal an article is about: the one its headline names, else the one its lead reports
(newcomer15 N15-32).

A draft took the first priced deal whose sides came from cues. A wire story that opens on a
smaller purchase "a day before the bigger news" then drafted the side deal, and a think-tank
brief whose lead deal had sides the reading only guessed drafted the third deal it discussed:
each cost the user a deleted deal, its actors and a rewritten title and BLUF. A desk officer
briefs what the headline says, and failing that what the lead (the first paragraph of prose)
reports. Only a clear winner counts: when the headline and lead name no deal, or two deals
equally, the caller's other rules choose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefdesk.editing.draft_lead import headline_of
from briefdesk.editing.same_deal import same_contract
from briefdesk.extract.results import DealSuggestion
from briefdesk.resources_access import read_resource_text

PLAIN_WORDS = "english/plain_deal_words.txt"

_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_LEAD_WORDS = 12  # a paragraph shorter than this is a byline or a dateline, not the lead
_PARAGRAPH = re.compile(r"\n\s*\n")


@cache
def plain_words() -> frozenset[str]:
    """Words that name no deal of their own: in a side name ("Ministry of Defence") or an item."""
    lines = read_resource_text(PLAIN_WORDS).splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _stem(word: str) -> str:
    """ "Typhoons" and "Typhoon", "jets" and "jet" are one word here."""
    word = word.casefold()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.casefold() not in plain_words()}


def _deal_words(deal: DealSuggestion) -> set[str]:
    """What names this deal in a headline: its item, its sides and its amount's figure."""
    words = _words(" ".join((deal.item, deal.buyer, deal.seller)))
    if deal.value is not None:
        words |= set(re.findall(r"\d+(?:[.,]\d+)?", deal.value.as_stated))
    return words


def _spans(deal: DealSuggestion) -> list[tuple[int, int]]:
    spans = [(int(s), int(e)) for s, e in deal.evidence]
    if deal.value is not None:
        spans += [(int(s), int(e)) for s, e in deal.value.evidence]
    return spans + [(int(s), int(e)) for s, e in deal.item_evidence]


def lead_paragraph(text: str, headline: str) -> tuple[int, int]:
    """(start, end) of the lead: the first paragraph after the headline with a sentence's
    worth of words ("Analysis by the Centre …" and a bare dateline are passed over)."""
    start = 0
    if headline:
        at = text.find(headline)
        start = at + len(headline) if at >= 0 else 0
    for match in _PARAGRAPH.finditer(text + "\n\n", start):
        paragraph = text[start : match.start()]
        if len(paragraph.split()) >= _LEAD_WORDS:
            return start, match.start()
        start = match.end()
    return 0, 0


def headline_deal(
    deals: Sequence[DealSuggestion], text: str, read: Sequence[DealSuggestion] | None = None
) -> DealSuggestion | None:
    """The deal the headline names by more of its own words than any other, else the only
    one reported in the lead; None when neither picks one out (another half of the same
    contract is no rival: the caller merges the halves). ``read``, parallel to ``deals``,
    gives the words of each as read, sides whose role was only guessed included: a headline
    "X orders frigates from Y" names Y even when the text never said who sells (N26-01)."""
    if len(deals) < 2:
        return None  # nothing to choose between
    headline = headline_of(text)
    named = _words(headline) if headline else set()
    own = [_deal_words(deal) for deal in (read if read is not None else deals)]
    shared = set.intersection(*own)  # "Poland" buys in both: it names neither
    start, end = lead_paragraph(text, headline)
    keys = []
    for deal, words in zip(deals, own, strict=True):
        in_lead = any(start <= s < end for s, _e in _spans(deal))
        keys.append((len((words - shared) & named), in_lead))
    best = max(range(len(deals)), key=lambda i: keys[i])  # the first of equals
    if keys[best] == (0, False):
        return None
    rivals = [
        deal
        for i, deal in enumerate(deals)
        if i != best and keys[i] == keys[best] and not same_contract(deals[best], deal, text)
    ]
    return None if rivals else deals[best]
