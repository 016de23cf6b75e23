"""An amount written with its currency's name first: "at a unit price of CFA francs 3.1
billion", "Swiss francs 40 million", "Hong Kong dollars 2.5 billion" (round 13, N13-29).

Minutes, treaties and notices of francophone and Commonwealth bodies write the currency's
name before the figure, as they write "USD 5 million". The figure passes read a name only
after the number. A currency name (with its adjective) just before a number with a scale word
is that amount's currency; a number without a scale word is left alone ("francs 30").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from briefdesk.extract import rx as re

if TYPE_CHECKING:  # (money calls this module: the class comes in as ``make``)
    from briefdesk.extract.money import MoneyMention

_LEAD_RE = re.compile(
    r"\b(?:(?P<adj>(?-i:[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?))\s+)?"
    r"(?P<word>(?-i:francs|dollars|pounds|shillings|rupees|dinars|pesos|euros|kroner|kronor))\s+"
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s+(?P<scale>million|billion|trillion)\b"
)
# The name right before a digit: a fast scan of literals before the full pattern runs.
_HINT = re.compile(r"(?:francs|dollars|pounds|shillings|rupees|dinars|pesos|euros|kron[eo]r) \d")
_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}


def leading_words(
    text: str,
    found: list[MoneyMention],
    context: Counter[str],
    word_currency: Callable[[str, str | None, Counter[str]], str],
    make: Callable[..., MoneyMention],
) -> list[MoneyMention]:
    """``found`` with each amount led by its currency's name added, in text order."""
    if "illion" not in text or not _HINT.search(text):
        return found
    added = []
    for match in _LEAD_RE.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found):
            continue  # (read already, or part of an amount read another way)
        currency = word_currency(match.group("word"), match.group("adj"), context)
        try:
            amount = Decimal(match.group("number").replace(",", ""))
        except InvalidOperation:
            continue
        if currency:
            amount *= _SCALES[match.group("scale")]
            added.append(make(amount, currency, match.group(), start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found
