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
from briefdesk.model import Brief
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
    deal in the brief has now (its value was corrected, or the deal removed).

    Only amounts of the drafted BLUF (``Brief.drafted["bluf"]``) are checked: an amount the
    analyst wrote themselves (a budget, last year's sale) need not be any deal's value."""
    drafted = {amount for _words, amount in amounts_in(brief.drafted.get("bluf", ""))}
    if not drafted:
        return []
    values = {deal.value.amount for deal in brief.deals if deal.value is not None}
    out = []
    for words, amount in amounts_in(brief.bluf):
        if amount in drafted and amount not in values:
            message = (
                f"the BLUF says “{words}”, drafted from a deal, but no deal has that value now: "
                "update the BLUF"
            )
            out.append(Finding("bluf", message))
    return out
