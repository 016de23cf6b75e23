"""Numbers written out in words ("twenty-four", "a dozen") and their values, for counted items."""

from __future__ import annotations

from briefdesk.extract import rx as re
from briefdesk.extract.scans import factored

UNITS = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words() -> dict[str, int]:
    """One to ninety-nine as written out ("twenty-four", "twenty four"), plus "a dozen"."""
    words = {word: n for n, word in enumerate(UNITS, start=1)}
    for t, tens in enumerate(TENS, start=2):
        words[tens] = t * 10
        for u, unit in enumerate(UNITS[:9], start=1):
            words[f"{tens}-{unit}"] = words[f"{tens} {unit}"] = t * 10 + u
    words["a dozen"] = words["dozen"] = 12
    return words


NUMBER_WORDS = number_words()
# Longest first, so "twenty-four" is not read as "twenty"; one branch per first letter
# (scans.factored: 200 words under re.IGNORECASE are otherwise tried one by one at each word).
NUMBER_ALT = factored(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))


def number_value(words: str) -> int | None:
    """ "12", "twelve", "Twenty-Four", "a dozen" -> the number; else None."""
    cleaned = " ".join(words.lower().split())
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", cleaned):  # "2,000 shells" (round 16)
        cleaned = cleaned.replace(",", "")
    return int(cleaned) if cleaned.isdigit() else NUMBER_WORDS.get(cleaned)
