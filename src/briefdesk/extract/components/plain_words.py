"""One capitalised word that names nothing (round 10): a question's "Who" after an
interviewer's label or a bar ("IH: Who won?", "Related: ... | Who is bidding ...?"), where no
sentence start drops it, and an oil price benchmark ("linked to Brent crude", "a discount to
Brent"), which the gazetteer knows as a town."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

_QUESTION_WORDS = frozenset({"Who", "What", "Which", "Whose", "Why", "How", "Where", "When"})
_BENCHMARKS = word_list("price_benchmarks")
_ASKING = re.compile(r"\s+[a-z]|\s*\?")
_PRICED_AFTER = re.compile(r"\s+(?:crude|oil|futures|prices?|benchmark|blend|grade|contracts?)\b")
_PRICED_BEFORE = re.compile(
    r"\b(?:to|against|over|below|above|under|than|with|on|of|tracks?|tracking)\s+(?:dated\s+)?$"
)


def not_a_name_word(res: Resolver, v: View) -> str:
    """Claim (propose nothing for) a question word or a price benchmark."""
    word = v.bare
    end = v.chunk.start + len(word)
    if word in _QUESTION_WORDS and _ASKING.match(res.text, end):
        return CLAIM
    if word in _BENCHMARKS and (
        _PRICED_AFTER.match(res.text, end) or _PRICED_BEFORE.search(res.before(v.chunk.start, 20))
    ):
        return CLAIM
    return NEXT
