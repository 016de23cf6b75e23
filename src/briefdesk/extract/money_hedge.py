"""The hedge written before an amount ("more than $2.4 billion", "up to €500 million", "about
$9 billion"): a ceiling, a floor or a rough figure is not an exact one.

The amount's *as stated* is a quotation of the source, so it keeps the hedge; the value is
marked an estimate (``Money.estimate``), and the BLUF drafted from it says "more than".
"""

from __future__ import annotations

from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.money import MoneyMention
from briefdesk.extract.results import MoneySuggestion
from briefdesk.extract.words import word_list


def hedge_start(text: str, start: int) -> int | None:
    """Where the hedge before the amount at ``start`` begins in ``text``; None without one.
    "over"/"under" count only after a word of worth ("a deal worth over $2bn"): "talks over
    $2bn of debt" is a preposition."""
    before = text[max(0, start - 40) : start]
    patterns = _patterns()
    found = patterns.plain.search(before) or patterns.after_worth.search(before)
    if found is None:
        return None
    return start - len(before) + found.start("hedge")


def hedge_words(stated: str) -> str:
    """The hedge a value's *as stated* opens with ("more than"), "" when none (the export's
    key point says "more than USD 2.4 billion", not "an estimated")."""
    found = _patterns().opening.match(stated)
    return " ".join(found.group("hedge").split()) if found else ""


def without_hedge(stated: str) -> str:
    """*As stated* without the hedge it opens with ("$2.4 billion" for "more than $2.4 billion"):
    a deal's key is made from it, so a suggestion dismissed before hedges were kept stays
    dismissed."""
    found = _patterns().opening.match(stated)
    return stated[found.end() :].lstrip() if found else stated


def _alternatives(entries: frozenset[str]) -> str:
    words = sorted(entries, key=len, reverse=True)  # "more than" before "more"
    return "|".join(r"\s+".join(map(re.escape, entry.split())) for entry in words)


class _Patterns:
    def __init__(self) -> None:
        plain = _alternatives(word_list("money_hedges"))
        after_worth = _alternatives(word_list("money_hedges_after_worth"))
        self.plain = re.compile(rf"(?:^|(?<=[\s(—–-]))(?P<hedge>{plain})\s+$", re.IGNORECASE)
        self.after_worth = re.compile(
            r"\b(?:worth|valued\s+at|at|of|for|to|cost|costing|totalling|totaling)\s+"
            rf"(?P<hedge>{after_worth})\s+$",
            re.IGNORECASE,
        )
        self.opening = re.compile(rf"(?P<hedge>{plain}|{after_worth})\s", re.IGNORECASE)


@cache
def _patterns() -> _Patterns:
    return _Patterns()


def hedged_value(text: str, mention: MoneyMention) -> MoneySuggestion:
    """A deal's value from its amount in ``text``, the hedge before it kept: *as stated* and
    the evidence span start at the hedge, and the value is an estimate."""
    at = hedge_start(text, mention.start)
    if at is None:
        return MoneySuggestion(
            mention.amount, mention.currency, mention.as_stated, [(mention.start, mention.end)]
        )
    hedge = " ".join(text[at : mention.start].split())
    if hedge[1:] == hedge[1:].lower():  # "An estimated" opening a sentence: "an estimated"
        hedge = hedge[0].lower() + hedge[1:]
    return MoneySuggestion(
        mention.amount,
        mention.currency,
        f"{hedge} {mention.as_stated}",
        [(at, mention.end)],
        estimate=True,
    )
