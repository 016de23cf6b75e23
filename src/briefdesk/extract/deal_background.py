"""A past purchase told beside a new deal's price: "The order is worth $600 million, more than
the $500 million Chile paid for its last frigates."

The clause that tells it (its payer, its amount) is background: the payer is no side of the new
deal and its amount is no deal's value. A clause is background when a past trade verb ("paid",
"bought", "spent") is followed by words that place the purchase in the past ("for its last
frigates", "a decade ago"); a bare year ("in 2019", "last year") counts only when the sentence
states another amount outside the clause (a news report's own deal may carry a year).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]

_PAST_TRADE = re.compile(
    r"\b(?:had\s+)?(?:paid|spent|bought|purchased|acquired)\b(?P<rest>[^;.]{0,90})"
)
_PAST = re.compile(
    r"\b(?:for|on)\s+(?:its|their|the)\s+(?:last|previous|earlier|former|older|existing)\b"
    r"|\b(?:years|decades?)\s+ago\b|\ba\s+decade\s+ago\b|\bin\s+the\s+(?:19|20)\d0s\b"
)
_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b|\blast\s+year\b")
# Where a clause begins: after a semicolon, ", more than", ", compared with", ", while" ...
_CLAUSE_START = re.compile(
    r";\s*|,\s+(?:more|less|higher|lower|up|down|against|compared|while|whereas|and|but|after)\b"
    r"|\b(?:than|compared\s+with|against)\s+"
)
_MONEY_HINT = lazy(r"[$€£¥]|\b(?:million|billion|bn|mln|crore|lakh)\b")


@functools.lru_cache(maxsize=256)
def background_clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """Spans (offsets in ``sentence``) of clauses that tell a past purchase."""
    if not any(verb in sentence for verb in ("paid", "spent", "bought", "purchased", "acquired")):
        return ()
    spans: list[tuple[int, int]] = []
    for match in _PAST_TRADE.finditer(sentence):
        rest = match.group("rest")
        start = max(
            (m.end() for m in _CLAUSE_START.finditer(sentence, 0, match.start())), default=0
        )
        end = match.end()
        # a bare year only beside another amount (the report's own deal may carry one)
        if _PAST.search(rest) or (
            _YEAR.search(rest) and _MONEY_HINT.search(sentence[:start] + sentence[end:])
        ):
            spans.append((start, end))
    return tuple(spans)


def in_background(sentence: Sentence, at: int) -> bool:
    """Whether text offset ``at`` lies in a clause of the sentence telling a past purchase."""
    offset = at - sentence.start
    return any(start <= offset < end for start, end in background_clauses(sentence.text))


def past_payers(
    sentence: Sentence, mentions_in: Callable[[Sentence], list[Mention]]
) -> list[Mention]:
    """The sentence's mentions without those inside a past purchase's clause."""
    mentions = mentions_in(sentence)
    if not background_clauses(sentence.text):
        return mentions
    return [m for m in mentions if not in_background(sentence, m[0])]
