"""A deal's value as the templates print it: the short form, the exact figure beside a rounded
one, the words as stated when they say something the figure does not, and the hedge."""

from __future__ import annotations

from typing import Any

from briefdesk.export import house
from briefdesk.export.formats import _decimal_text, money_full, money_short
from briefdesk.export.text import clean
from briefdesk.model.brief import Money


def money_context(value: Money, citations: dict[str, Any]) -> dict[str, Any]:
    """``value`` for a template: amount, currency, short/full/text/exact_text forms, as stated,
    estimate, and ``citations`` (the ``cites``/``citations`` pair of its evidence)."""
    short = money_short(value.amount, value.currency)
    stated = clean(value.as_stated).strip()
    # "AED 550 million (stated as “AED 550 million”)" said nothing twice (N10-24).
    same = " ".join(stated.split()).casefold() == short.casefold() or house.same_figure(
        stated, value.amount
    )
    extras = [f"stated as “{stated}”"] if stated and not same else []
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
