"""The hedge written before an amount ("more than $2.4 billion", "up to €500 million", "about
$9 billion"), after it ("$1.8 billion or more") or a range ("between $1 billion and $1.5
billion"): a ceiling, a floor, a span or a rough figure is not an exact one.

The amount's *as stated* is a quotation of the source, so it keeps the hedge; the value is
marked an estimate (``Money.estimate``), and the BLUF drafted from it says "more than".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from briefdesk.extract import rx as re
from briefdesk.extract.money import MoneyMention, find_money
from briefdesk.extract.number_words import number_value
from briefdesk.extract.results import MoneySuggestion
from briefdesk.extract.words import word_list


def hedge_start(text: str, start: int) -> int | None:
    """Where the hedge before the amount at ``start`` begins in ``text``; None without one.
    "over"/"under" count only after a word of worth ("a deal worth over $2bn"): "talks over
    $2bn of debt" is a preposition."""
    before = text[max(0, start - 40) : start]
    patterns = _patterns()
    found = (
        patterns.plain.search(before)
        or patterns.after_worth.search(before)
        or patterns.sign.search(before)
    )
    if found is None:
        return None
    return start - len(before) + found.start("hedge")


def hedge_words(stated: str) -> str:
    """The hedge a value's *as stated* opens with ("more than"), "" when none (the export's
    key point says "more than USD 2.4 billion", not "an estimated")."""
    found = _patterns().opening.match(stated)
    if found is None:
        return ""
    hedge = " ".join(found.group("hedge").split())
    return "about" if hedge in ("~", "≈") else hedge


def trailing_hedge_words(stated: str) -> str:
    """The hedge a value's *as stated* closes with ("or more" in "$1.8 billion or more")."""
    found = _patterns().trailing_end.search(stated)
    return " ".join(found.group().split()).lower() if found else ""


def without_hedge(stated: str) -> str:
    """*As stated* without its hedge ("$2.4 billion" for "more than $2.4 billion", "$1.8
    billion or more", "between $2.4 billion and $3 billion"): a deal's key is made from it, so
    a suggestion dismissed before hedges and ranges were kept stays dismissed."""
    patterns = _patterns()
    found = patterns.opening.match(stated) or patterns.range_opening.match(stated)
    bare = stated[found.end() :].lstrip() if found else stated
    bare = patterns.trailing_end.sub("", bare)
    return patterns.range_tail.sub("", bare)


def said_span(text: str, mention: MoneyMention) -> tuple[int, int]:
    """Where ``text`` says the amount with its hedges: from "more than" to "or more"."""
    at = hedge_start(text, mention.start)
    trailing = _patterns().trailing.match(text, mention.end)
    return (
        at if at is not None else mention.start,
        trailing.end() if trailing else mention.end,
    )


def quantity_hedge(text: str, item_start: int) -> str:
    """The hedge on the count just before a deal's item ("up to" in "up to 11 MQ-9B drones"),
    "" when the count is exact or there is none."""
    found = _patterns().quantity.search(text[max(0, item_start - 50) : item_start])
    if found is None or number_value(found.group("count").replace(",", "")) is None:
        return ""
    return " ".join(found.group("hedge").lower().split())


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
        self.opening = re.compile(
            rf"(?P<hedge>(?:{plain}|{after_worth})(?=\s)|[~≈])\s*", re.IGNORECASE
        )
        # "~$90m", "≈ €40 million": a sign of a rough figure right before the amount (N12-16).
        self.sign = re.compile(r"(?:^|(?<=[\s(]))(?P<hedge>[~≈])\s?$")
        trailing = _alternatives(word_list("money_hedges_trailing"))
        # "$1.8 billion or more." — the hedge closes the amount's phrase.
        self.trailing = re.compile(rf"\s+(?P<hedge>{trailing})\b(?![\w-])", re.IGNORECASE)
        self.trailing_end = re.compile(rf"\s+(?:{trailing})$", re.IGNORECASE)
        self.range_opening = re.compile(r"(?:between|from)\s", re.IGNORECASE)
        # What closes a range in *as stated*: " and $1.5 billion", " to €2bn", "–1.5 billion".
        # A dash before a bare number ("€15–20 million") is the amount's own range: kept.
        self.range_tail = re.compile(
            r"(?:\s+(?:and|to)\s+(?=\S*\d)|\s*[-–—]\s*(?=[^\d\s]\S*\d)).*$"
        )
        self.between = re.compile(r"(?:^|(?<=[\s(]))(?P<hedge>between)\s+$", re.IGNORECASE)
        self.from_before = re.compile(r"\bfrom\s+$", re.IGNORECASE)
        quantity = _alternatives(word_list("quantity_hedges"))
        self.quantity = re.compile(
            rf"(?:^|(?<=[\s(]))(?P<hedge>{quantity})\s+(?P<count>[\w,.-]+)\s+$", re.IGNORECASE
        )


@cache
def _patterns() -> _Patterns:
    return _Patterns()


# A rough figure's words: a restatement of the deal's amount with one of them makes the value
# an estimate (a ceiling or a floor, "up to", "more than", says something else).
_ROUGH = frozenset(
    ("about", "around", "some", "roughly", "approximately", "an estimated", "estimated",
     "circa", "close to", "nearly", "almost")
)


def hedged_value(
    text: str, mention: MoneyMention, others: Sequence[MoneyMention] = ()
) -> MoneySuggestion:
    """A deal's value from its amount in ``text``, the hedge before it kept: *as stated* and
    the evidence span start at the hedge, and the value is an estimate. An amount told bare
    (a headline's "$640 million") and restated rough among ``others`` ("for about $640
    million") is an estimate: the writer only knows it roughly (N23-04)."""
    at = hedge_start(text, mention.start)
    end = _range_end(text, mention)
    if at is None and end is None and _rough_restatement(text, mention, others) is not None:
        # *as stated* and the deal's key stay the bare amount's; only the mark changes
        spans = [(mention.start, mention.end)]
        return MoneySuggestion(mention.amount, mention.currency, mention.as_stated, spans, True)
    if end is not None and at is None:
        between = _patterns().between.search(text[max(0, mention.start - 12) : mention.start])
        if between:
            at = mention.start - len(between.group(0))
    elif end is None:
        trailing = _patterns().trailing.match(text, mention.end)
        end = trailing.end() if trailing else None
    if at is None and end is None:
        return MoneySuggestion(
            mention.amount, mention.currency, mention.as_stated, [(mention.start, mention.end)]
        )
    hedge = " ".join(text[at : mention.start].split()) if at is not None else ""
    if hedge[1:] == hedge[1:].lower():  # "An estimated" opening a sentence: "an estimated"
        hedge = hedge[:1].lower() + hedge[1:]
    tail = " ".join(text[mention.end : end].split()) if end is not None else ""
    spaced = at is None or text[mention.start - 1 : mention.start].isspace()
    stated = (hedge + (" " if spaced else "") + mention.as_stated).strip()  # "~$90m" as written
    if tail:
        stated += tail if tail[0] in "-–—" else f" {tail}"
    start = at if at is not None else mention.start
    return MoneySuggestion(
        mention.amount,
        mention.currency,
        stated,
        [(start, end if end is not None else mention.end)],
        estimate=True,
    )


def _rough_restatement(
    text: str, mention: MoneyMention, others: Sequence[MoneyMention]
) -> MoneyMention | None:
    """The first other mention of the very amount ``mention`` names, in its currency, with a
    rough figure's hedge before it; None without one."""
    for other in others:
        if (
            other.start == mention.start
            or other.amount != mention.amount
            or other.currency != mention.currency
        ):
            continue
        at = hedge_start(text, other.start)
        if at is not None and " ".join(text[at : other.start].split()).lower() in _ROUGH:
            return other
    return None


def _range_end(text: str, mention: MoneyMention) -> int | None:
    """Where a range that opens with ``mention`` ends: "between $1 billion and $1.5 billion",
    "$1 billion to $1.5 billion", "€2–3 billion"; None when the amount stands alone. "and"
    makes a range only after "between"; "from $1bn to $2bn" is a change, not a span."""
    patterns = _patterns()
    before = text[max(0, mention.start - 12) : mention.start]
    joined = re.match(r"\s*(?:(?P<word>and|to)\s+|[-–—]\s*)", text[mention.end : mention.end + 8])
    if joined is None:
        return None
    word = joined.group("word")
    if word == "and" and not patterns.between.search(before):
        return None
    if word == "to" and patterns.from_before.search(before):
        return None
    rest = mention.end + joined.end()
    for other in find_money(text[rest : rest + 40]):
        if other.start == 0:
            return rest + other.end
        break
    return None
