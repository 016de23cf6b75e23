"""A deal value and the source's words for it: "stated as" is always a quotation of a source.

A value typed by the analyst (a correction from a later report, a figure from a phone call) is
not words of any source; printing it as "stated as “$350 million”" beside citation [1], or
keeping the old "$300 million" beside a corrected USD 350 million, shows the manager a
quotation the source never held. These helpers keep the words only while they say the value.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from briefdesk.model import Brief, Money, Span


def stated_amount(words: str) -> Decimal | None:
    """The amount ``words`` say when they hold exactly one amount of money, else None (no
    amount, several, or words the money reader cannot read: then nothing can be compared)."""
    from briefdesk.extract.money import find_money

    found = [m for m in find_money(" ".join(words.split())) if m.currency]
    return found[0].amount if len(found) == 1 else None


def amounts_in(text: str) -> list[tuple[str, Decimal]]:
    """Each amount of money ``text`` names, as (its words, its amount), in reading order."""
    from briefdesk.extract.money import find_money

    return [
        (m.as_stated.strip(), m.amount) for m in find_money(" ".join(text.split())) if m.currency
    ]


def says_other_amount(words: str, amount: Decimal) -> bool:
    """True when ``words`` name one amount of money and it is not ``amount``.

    Only the amount is compared: "$" is USD to a bare reader but AUD in an Australian article,
    so a currency read without the article's context would raise false alarms."""
    said = stated_amount(words)
    return said is not None and said != amount


def quote_disagrees(value: Money | None) -> bool:
    """The value's "as stated" words name another amount than the value itself."""
    return value is not None and says_other_amount(value.as_stated, value.amount)


def find_in_sources(brief: Brief, words: str) -> Span | None:
    """The first place a source's text holds ``words`` exactly, as a citation."""
    wanted = words.strip()
    if not wanted:
        return None
    for source in brief.sources:
        at = source.text.find(wanted)
        if at >= 0:
            return Span(source_id=source.id, start=at, end=at + len(wanted), quote=wanted)
    return None


def typed_value(brief: Brief, value: Money | None) -> Money | None:
    """A value the analyst typed: its words are kept (and cited) only when a source holds them
    verbatim; otherwise it has no "as stated" and no citation of its own."""
    if value is None:
        return None
    span = find_in_sources(brief, value.as_stated)
    if span is None:
        return value.model_copy(update={"as_stated": "", "evidence": []})
    return value.model_copy(update={"evidence": [span]})


def retyped_value(brief: Brief, old: Money | None, value: Money | None) -> Money | None:
    """A value typed over ``old``: when it is the same amount in the same currency (only the
    hedge changed: "about NOK 2.4 billion" over "NOK 2.4 billion") and its words are no
    source's, the source's words and their citation stay (newcomer13 N13-32)."""
    from briefdesk.extract.money_hedge import without_hedge

    typed = typed_value(brief, value)
    if typed is None or value is None or old is None or typed.evidence:
        return typed
    if (typed.amount, typed.currency) != (old.amount, old.currency):
        return typed
    if _bare(without_hedge(value.as_stated)) != _bare(without_hedge(old.as_stated)):
        return typed  # other words for it ("A$2.4 billion" over "$2.4 billion")
    return typed.model_copy(update={"as_stated": old.as_stated, "evidence": list(old.evidence)})


def _bare(words: str) -> str:
    return " ".join(words.split()).casefold()


def without_stale_quotes(evidence: Iterable[Span], amount: Decimal) -> list[Span]:
    """A deal's citations minus those that quote nothing but another amount (the old value's
    words: "$300 million" once the value is USD 350 million); sentences stay cited."""
    return [
        span
        for span in evidence
        if not (_only_money(span.quote) and says_other_amount(span.quote, amount))
    ]


def stale_quotes(evidence: list[Span], amount: Decimal) -> list[Span]:
    """The citations ``without_stale_quotes`` would drop."""
    kept = without_stale_quotes(evidence, amount)
    return [span for span in evidence if span not in kept]


def _only_money(quote: str) -> bool:
    from briefdesk.extract.money import find_money

    words = " ".join(quote.split())
    found = find_money(words)
    return len(found) == 1 and len(found[0].as_stated.strip()) >= len(words) - 2
