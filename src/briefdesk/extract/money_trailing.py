"""Amounts whose currency sign follows the number: "450 million €", "450 m €", "20 million £".

Continental writers put the sign after the number even in English copy; the main reader only
knows a sign before it ("€450 million") or an ISO code after it ("450 million EUR"). Only the
English number shape is read (comma thousands, dot decimals), the sign must end the amount (a
digit right after it is the next amount's own sign: "in 2024 $5 million"), and a bare number
needs a scale word before a "$" ("5 million $", never "page 5 $").
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from briefdesk.extract.lazy_rx import lazy

SIGN_CURRENCIES: dict[str, tuple[str, ...]] = {
    "€": ("EUR",),
    "£": ("GBP",),
    "$": ("USD",),
    "¥": ("JPY", "CNY"),
    "₹": ("INR",),
}
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"trillion|billion|million|thousand|tn|bln|bn|mln|mn|m|b"
TRAILING_RE = lazy(
    rf"(?<![\d.,$€£¥₹])\b(?P<n>{_NUMBER})(?![,.]\d)(?:\s?(?P<m>{_SCALE})\b)?\s?"
    rf"(?P<sign>[€£$¥₹])(?!\s?\d)"
)


def trailing_matches(
    text: str, amount: Callable[[str, str | None], Decimal | None]
) -> list[tuple[int, int, Decimal, tuple[str, ...]]]:
    """(start, end, amount, candidate ISO codes) for each number with its sign after it."""
    found = []
    for match in TRAILING_RE.finditer(text):
        scale, sign = match.group("m"), match.group("sign")
        if sign == "$" and not scale:
            continue
        value = amount(match.group("n"), scale)
        if value is not None:
            found.append((match.start(), match.end(), value, SIGN_CURRENCIES[sign]))
    return found
