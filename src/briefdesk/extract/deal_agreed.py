"""A price agreed between two named sides, told with no deal noun (round 13).

"KTZ agreed with Uralvagon Trade on 600 hopper wagons for 48 billion tenge." "Kenya Railways
and Talgo agreed terms on 20 coaches for $95 million." "The utility contracted with X for ..."
The words list of deal nouns has no entry here; the frame does: a verb of agreeing with a
party, then "for" right before the amount (a "that" clause is an opinion, not a price).
"""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy

_QUALIFIER = r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|up\s+to\s+|an\s+estimated\s+)?"
_AGREED_FOR = lazy(
    r"\b(?:agreed|agrees|contracted|settled)\s+(?:terms\s+|a\s+price\s+)?"
    r"(?:with|on|for|over)\s+(?:(?!that\b|whether\b)[^.;:]){2,140}?\bfor\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)


def agreed_for(sentence: str, at: int) -> bool:
    """Whether the amount at offset ``at`` of ``sentence`` is the price of something agreed
    with a side ("agreed with X on N wagons for <amount>")."""
    head = sentence[max(0, at - 200) : at]
    return "for " in head[-20:] and bool(_AGREED_FOR.search(head))


# "the company sold navigation modules valued at EUR 3.1 million to X in 2026" (round 16, a
# sanctions notice): goods sold, their worth, then the named side they went to. A year's
# "exported nickel worth $34 billion last year" names no taker right after the amount.
_SOLD_BEFORE = re.compile(
    r"\bsold\s+(?:[^.;:$€£¥]{2,60}?)\s(?:worth|valued\s+at|for)\s+" + _QUALIFIER + r"$",
    re.IGNORECASE,
)
_TO_NAMED = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")


def sold_to(sentence: str, at: int, end: int) -> bool:
    """Whether the amount at ``at``..``end`` of ``sentence`` is the worth of goods sold to a
    named side ("sold X worth <amount> to Y")."""
    return bool(_SOLD_BEFORE.search(sentence[max(0, at - 90) : at])) and bool(
        _TO_NAMED.match(sentence, end)
    )
