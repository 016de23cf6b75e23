"""A deal's value as the templates print it: the short form, the exact figure beside a rounded
one, the words as stated when they say something the figure does not, and the hedge.

"stated as" quotes a source (newcomer20 N20-14: "USD 141.5 million (stated as “US$141.5
million”)" echoed what the user typed and said nothing new): it is printed only when the words
are a source's — the value cites one, or a source's text holds them — and they say more than
the formatted value: another figure, or a currency sign a reader may take otherwise ("$").
"""

from __future__ import annotations

import re
from typing import Any

from briefdesk.export import house
from briefdesk.export.formats import _decimal_text, money_full, money_short
from briefdesk.export.text import clean
from briefdesk.model.brief import Brief, Money

# The notations that say no more than the currency's code: "US$141.5 million" is "USD 141.5
# million"; "$" (US, Australian ...) or "78 billion CFA francs" (XOF) say more and are quoted.
_PLAIN_SIGNS = {"USD": frozenset({"US$", "USD"}), "EUR": frozenset({"€"}), "GBP": frozenset({"£"})}
_FIGURES = re.compile(
    r"[\d.,\s\u00a0\u202f]+|(?<=\d)(?:m|mn|bn|k)\b|\b(?:million|billion|trillion|thousand)\b",
    re.I,
)


def money_context(
    value: Money, citations: dict[str, Any], brief: Brief | None = None
) -> dict[str, Any]:
    """``value`` for a template: amount, currency, short/full/text/exact_text forms, as stated,
    estimate, and ``citations`` (the ``cites``/``citations`` pair of its evidence). With
    ``brief``, words as stated that no source holds are not quoted."""
    short = money_short(value.amount, value.currency)
    stated = clean(value.as_stated).strip()
    # "AED 550 million (stated as “AED 550 million”)" said nothing twice (N10-24).
    same = (
        " ".join(stated.split()).casefold() == short.casefold()
        or house.same_figure(stated, value.amount)
        or _same_money(stated, value)
    )
    quoted = brief is None or bool(value.evidence) or _in_sources(value.as_stated, brief)
    extras = [f"stated as “{stated}”"] if stated and quoted and not same else []
    if value.estimate:
        extras.append("estimate")
    # The built-ins print ``text`` everywhere (one way, newcomer7 F10); a rounded short form
    # ("about USD 1.12 billion") carries the exact figure beside it, so no digit is lost.
    exact = [money_full(value.amount, value.currency)] if short.startswith("about ") else []
    return {
        "amount": _decimal_text(value.amount),
        "currency": value.currency,
        "short": short,
        "full": money_full(value.amount, value.currency),
        "as_stated": stated,
        "estimate": value.estimate,
        "text": f"{short} ({'; '.join(exact + extras)})" if exact + extras else short,
        "exact_text": f"{money_full(value.amount, value.currency)} ({'; '.join(extras)})"
        if extras
        else money_full(value.amount, value.currency),
        **citations,
    }


def _same_money(stated: str, value: Money) -> bool:
    """ "US$141.5 million" for USD 141,500,000: the same one amount, and besides the figures
    only the currency's code or a sign no other currency uses."""
    from briefdesk.editing.value_words import stated_amount

    if stated_amount(stated) != value.amount:
        return False
    sign = _FIGURES.sub("", stated)
    return sign == value.currency or sign in _PLAIN_SIGNS.get(value.currency, frozenset())


def _in_sources(words: str, brief: Brief) -> bool:
    wanted = " ".join(words.split())
    return any(wanted in " ".join(source.text.split()) for source in brief.sources)
