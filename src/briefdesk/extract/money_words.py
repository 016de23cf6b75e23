"""Amounts written in words: "one point two billion dollars", "eight hundred million euros",
"twenty-five million pounds" (newcomer12 N12-02).

Transcripts of radio and television, speeches and read-out statements write money as it is
said; the figure passes read only digits. Only a number in words followed by a scale word AND
a currency word is read ("four hundred million" alone may count anything).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from briefdesk.extract import rx as re
from briefdesk.extract.lazy_rx import lazy

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}
_UNIT = r"(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|hundred)"
_RUN = rf"{_UNIT}(?:(?:\s+|-|\s+and\s+){_UNIT})*"
_WORDS_RE = lazy(
    rf"\b(?P<number>(?:a(?=\s+(?:hundred|million|billion|trillion)\b)(?:\s+{_RUN})?|{_RUN})"
    rf"(?:\s+point(?:\s+{_UNIT})+)?)\s+(?P<scale>million|billion|trillion)\s+"
    r"(?:(?P<adj>(?-i:[A-Z][a-z]+|US))\s+)?(?P<word>[a-z]+)\b",
    re.IGNORECASE,
)
# A number word or scale just before: the match would be the tail of a longer amount.
_PART_OF_MORE = re.compile(rf"\b(?:{_UNIT}|million|billion|trillion|point)[\s,-]+$", re.I)


def _value(words: str) -> Decimal | None:
    """The number said by ``words`` ("one point two" -> 1.2, "eight hundred" -> 800)."""
    whole, _, fraction = words.lower().partition(" point ")
    total = 0
    current = 0
    for word in re.split(r"\s+|-", whole):
        if word in ("and", ""):
            continue
        if word == "a":
            current += 1
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _UNITS:
            current += _UNITS[word]
        else:
            return None
    total += current
    value = Decimal(total)
    if fraction:
        digits = [_UNITS.get(w) for w in fraction.split()]
        if any(d is None or d > 9 for d in digits):
            return None
        value += Decimal("0." + "".join(str(d) for d in digits))
    return value if value > 0 else None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[\s-]+$")
_SCALE_AT = re.compile(r"(?:m|b|tr)illion\b", re.IGNORECASE)


def _candidates(text: str) -> list[re.Match[str]]:
    """The matches of _WORDS_RE, read only around a scale word with a number word just before
    it (most scale words follow a figure: "$1.2 billion"; this keeps the pass cheap)."""
    found: list[re.Match[str]] = []
    last_end = 0
    at = text.find("illion")
    while at >= 0:
        scale = at - 2 if text[at - 2 : at].lower() == "tr" else at - 1
        before = _WORD_BEFORE.search(text, max(0, scale - 16), scale)
        word = before.group(1).lower() if before else ""
        if word in _UNITS or word in ("hundred", "a"):
            window = max(last_end, scale - 120)
            matches = _WORDS_RE.finditer(text, window, min(len(text), at + 60))
            match = next((m for m in matches if m.start("scale") == scale), None)
            if match is not None and _SCALE_AT.match(text, scale):
                found.append(match)
                last_end = match.end()
        at = text.find("illion", at + 6)
    return found


def word_amounts(
    text: str,
    currency_of: Callable[[str, str | None], str],
    is_currency_word: Callable[[str], bool],
) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, amount, currency) of each amount written in words in ``text``."""
    if "illion" not in text:
        return []
    out = []
    for match in _candidates(text):
        word = match.group("word")
        if not is_currency_word(word) or _PART_OF_MORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "one billion five hundred million dollars": one amount read in part
        value = _value(match.group("number"))
        if value is None:
            continue
        currency = currency_of(word, match.group("adj"))
        if not currency:
            continue
        amount = value * _SCALES[match.group("scale").lower()]
        amount = Decimal(int(amount)) if amount == amount.to_integral_value() else amount
        out.append((match.start(), match.end(), amount, currency))
    return out
