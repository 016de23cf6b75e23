"""Checks that a deal value's "as stated" words and citations are still the source's words.

Run by ``review.review_brief``; kept apart so the review module stays a list of checks.
A value corrected by hand once exported as "USD 350 million (stated as “$300 million”)" with
the checks silent (newcomer8 F21); the drafted BLUF kept the old "$300 million" after the
correction, with the checks silent too.
"""

from __future__ import annotations

from briefdesk.editing.value_words import (
    amounts_in,
    find_in_sources,
    quote_disagrees,
    stale_quotes,
)
from briefdesk.export.formats import money_short
from briefdesk.model import Brief, Money
from briefdesk.review import Finding, Severity


def value_word_findings(brief: Brief) -> list[Finding]:
    """One finding per deal whose value words contradict it, are in no source, or whose
    citations still quote an old amount."""
    out = []
    for index, deal in enumerate(brief.deals):
        value = deal.value
        if value is None:
            continue
        name = deal.title.strip() or f"deal {index + 1}"
        short = money_short(value.amount, value.currency)
        stated = " ".join(value.as_stated.split())
        path = f"deals[{index}].value"
        if quote_disagrees(value):
            message = (
                f"{name}: the value ({short}) is not what its words as stated say "
                f"(“{stated}”): correct the value, or clear 'As stated'"
            )
            out.append(Finding(path, message, Severity.ERROR))
        elif stated and brief.sources and find_in_sources(brief, stated) is None:
            message = (
                f"{name}: “{stated}” is exported as the source's words, but no source has "
                "them: clear 'As stated' for a value you typed"
            )
            out.append(Finding(path, message))
        for span in stale_quotes(list(deal.evidence), value.amount):
            message = f"{name} cites “{span.quote.strip()}”, not its value ({short})"
            out.append(Finding(f"deals[{index}].evidence", message))
    return out


def bluf_amount_findings(brief: Brief) -> list[Finding]:
    """One finding per amount the BLUF still says that BriefDesk drafted from a deal and that no
    deal in the brief has now (its value was corrected, or the deal removed), or that a deal
    has with other words now: its hedge or currency changed ("more than $2.4 billion" beside
    a value now stated "$2.4 billion", "$2.4 billion" beside "A$2.4 billion").

    Only amounts the BLUF says in the drafted BLUF's own words (``Brief.drafted["bluf"]``) are
    checked: an amount the analyst wrote themselves (a budget, last year's sale, the same value
    by its currency code) need not be any deal's value in its words (N10-11)."""
    from briefdesk.extract.money import find_money
    from briefdesk.extract.money_hedge import said_span

    drafted_bluf = " ".join(brief.drafted.get("bluf", "").split())
    drafted = {amount for _words, amount in amounts_in(drafted_bluf)}
    if not drafted:
        return []
    drafted_words = {
        drafted_bluf[start:end]
        for start, end in (said_span(drafted_bluf, m) for m in find_money(drafted_bluf))
    }
    bluf = " ".join(brief.bluf.split())
    deal_values = [deal.value for deal in brief.deals if deal.value is not None]
    values = {value.amount for value in deal_values}
    said_as_stated = _stated_spans(bluf, deal_values)
    out = []
    for mention in find_money(bluf):
        if not mention.currency or mention.amount not in drafted:
            continue
        first, last = said_span(bluf, mention)
        if any(start <= first and last <= end for start, end in said_as_stated):
            continue  # the BLUF says a deal's value in its very words ("between $1bn and …")
        if bluf[first:last] not in drafted_words:
            # the analyst's own words for the amount ("XOF 78 billion"), not the draft's; nor
            # "a US$180 million barter" rewritten from the drafted "about US$180 million", whose
            # value never changed (newcomer21 N21-10): only words still as drafted are checked
            continue
        words = mention.as_stated.strip()
        if mention.amount not in values:
            message = (
                f"the BLUF says “{words}”, drafted from a deal, but no deal has that value now: "
                "update the BLUF"
            )
            out.append(Finding("bluf", message))
            continue
        same = [value for value in deal_values if value.amount == mention.amount]
        message = _other_words(bluf[first:last], mention.currency, first < mention.start, same)
        if message:
            out.append(Finding("bluf", message))
    return out


def _stated_spans(bluf: str, values: list[Money]) -> list[tuple[int, int]]:
    """Where the BLUF says a deal's value as stated, word for word (case aside)."""
    lowered = bluf.lower()
    spans = []
    for value in values:
        stated = " ".join(value.as_stated.split()).lower()
        at = lowered.find(stated) if stated else -1
        while at >= 0:
            spans.append((at, at + len(stated)))
            at = lowered.find(stated, at + 1)
    return spans


def _other_words(said: str, currency: str, hedged: bool, same: list[Money]) -> str:
    """Why the BLUF's words ``said`` for an amount a deal still has are out of date; "" when
    they are not. A value with words as stated that the BLUF does not say changed its hedge or
    its currency; one typed without words is compared by currency and estimate mark."""
    for value in same:
        short = money_short(value.amount, value.currency)
        if currency == value.currency and hedged == value.estimate:
            return ""  # one amount in other words: "XOF 78 billion" is "78 billion CFA francs"
        if value.as_stated.strip():
            stated = " ".join(value.as_stated.split())
            return (
                f"the BLUF says “{said}”, drafted from a deal, but the deal's value now says "
                f"“{stated}” ({short}): update the BLUF's hedge or currency"
            )
        changes = []
        if currency != value.currency:
            changes.append(f"in {value.currency}")
        if hedged != value.estimate:
            changes.append("an estimate" if value.estimate else "exact")
        if not changes:
            return ""
        return (
            f"the BLUF says “{said}”, drafted from a deal, but the deal's value ({short}) is "
            f"now {' and '.join(changes)}: update the BLUF"
        )
    return ""
