"""One capitalised word that names nothing (round 10): a question's "Who" after an
interviewer's label or a bar ("IH: Who won?", "Related: ... | Who is bidding ...?"), where no
sentence start drops it, and an oil price benchmark ("linked to Brent crude", "a discount to
Brent"), which the gazetteer knows as a town; a continent's or region's adjective before a
lower-case word ("its first Asian export order", "European buyers": newcomer11 N11-04), which
describes no state and is no organisation; a Treasury rate or yield, and a place's head alone
("the Province", "the Region": one named before, round 14), and "Exchange" opening "Exchange
rates used" or "Exchange of notes" (round 21)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_QUESTION_WORDS = frozenset({"Who", "What", "Which", "Whose", "Why", "How", "Where", "When"})
_BENCHMARKS = word_list("price_benchmarks")
_REGION_ADJECTIVES = word_list("region_adjectives")
_BARE_HEADS = word_list("bare_place_heads")  # (round 14, newcomer14 N14-06)
# Every word ``not_a_name_word`` can claim (its trigger, chunk_triggers: round 15).
# "Exchange rates used: ...", "Exchange of notes is planned" (round 21): the word opens a
# common noun, no stock exchange (3 in three readable articles of two sets).
_EXCHANGE_NOUN = re.compile(r"\s+(?:rates?\b|of\s+notes\b|controls?\b)")
NOT_A_NAME_WORDS = _QUESTION_WORDS | _BENCHMARKS | _REGION_ADJECTIVES | _BARE_HEADS | {"Exchange"}
_ASKING = re.compile(r"\s+[a-z]|\s*\?")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_PRICED_AFTER = re.compile(
    r"\s+(?:crude|oil|futures|prices?|benchmark|blend|grade|contracts?|index)\b"
    # "Brent averaged $78 a barrel", "WTI closed at $71" (round 21)
    r"|\s+(?:averaged|traded|rose|fell|climbed|slipped|dropped|settled|closed|hovered|stood)"
    r"\s+(?:at\s+|near\s+|around\s+|to\s+|above\s+|below\s+)?(?:US)?\$"
)
# "the six-month US Treasury rate +2%", "10-year US Treasury yields": an interest benchmark,
# neither the Treasury nor its state acting (N14-07).
_RATE_AFTER = re.compile(r"\s+(?:rates?|yields?|bills?|notes?|bonds?|securities|benchmark)\b")
_PRICED_BEFORE = lazy(
    r"\b(?:to|against|over|below|above|under|than|with|on|of|tracks?|tracking)\s+(?:dated\s+)?$"
    r"|\b(?:prices|benchmarks|indices|index)\s+(?:and|or)\s+$"  # "hub prices and Brent"
)


def not_a_name_word(res: Resolver, v: View) -> str:
    """Claim (propose nothing for) a question word, a price benchmark or a region's adjective."""
    word = v.bare
    end = v.chunk.start + len(word)
    if word in _QUESTION_WORDS and _ASKING.match(res.text, end):
        return CLAIM
    if word in _BENCHMARKS and (
        _PRICED_AFTER.match(res.text, end) or _PRICED_BEFORE.search(res.before(v.chunk.start, 20))
    ):
        return CLAIM
    if word in _REGION_ADJECTIVES and len(v.words) == 1 and _LOWER_NEXT.match(res.text, end):
        return CLAIM
    if word == "Exchange" and _EXCHANGE_NOUN.match(res.text, end):
        return CLAIM
    if word.lower() in _BARE_HEADS:
        return CLAIM  # "will pay the Province a royalty": a head pointing back, no name
    return NEXT


def treasury_rate(res: Resolver, v: View) -> str:
    """Claim "US Treasury" in "the six-month US Treasury rate": a benchmark, no actor."""
    if v.last == "Treasury" and _RATE_AFTER.match(res.text, v.chunk.end):
        return CLAIM
    return NEXT
