"""What a brief can hold: amounts and dates bounded so every valid value can be shown and saved.

Why: ``Decimal("1e999999999")`` is one short string but a billion digits when written out, and a
date in year 1 or 9999 overflows as soon as anything adds a day. Bounds are checked on load, so a
brief that validates can always be formatted, exported and saved again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from pydantic import BaseModel

from briefdesk.model.errors import Problem

# A deal larger than 10^20 of any currency, or finer than a millionth of a unit, is a typo.
MAX_INTEGER_DIGITS = 20
MAX_DECIMALS = 6
# Characters in an amount as written (digits, point, exponent): far below anything costly.
MAX_AMOUNT_TEXT = 64
# Whole numbers anywhere in a brief (quantities, grades, offsets).
MAX_INT_DIGITS = 20
MIN_YEAR = 1900
MAX_YEAR = 2200


def amount_problem(value: Decimal) -> str | None:
    """Why ``value`` cannot be a brief's amount, or None when it can."""
    if not value.is_finite():
        return "amount must be a finite number"
    if value.is_zero():
        return None
    if value.adjusted() >= MAX_INTEGER_DIGITS:
        return f"amount has more than {MAX_INTEGER_DIGITS} digits before the decimal point"
    exponent = value.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMALS:
        return f"amount has more than {MAX_DECIMALS} digits after the decimal point"
    return None


def year_problem(value: dt.date) -> str | None:
    if MIN_YEAR <= value.year <= MAX_YEAR:
        return None
    return f"{value.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR} a brief can hold"


def check_dates(node: object, path: str = "") -> Iterator[Problem]:
    """Every date or time in the brief outside the years a brief can hold."""
    if isinstance(node, dt.date):  # datetime is a date too
        problem = year_problem(node)
        if problem:
            yield Problem(path, problem)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            if name == "text":
                continue
            yield from check_dates(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, list):
        for index, child in enumerate(node):
            yield from check_dates(child, f"{path}[{index}]")
