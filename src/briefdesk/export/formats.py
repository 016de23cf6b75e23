"""Words, dates and money as a reader sees them; shared by the context, filters and summaries."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

_LABELS: dict[str, str] = {
    "arms_sale": "Arms sale",
    "trade_agreement": "Trade agreement",
    "loan": "Loan / credit",
    "grant": "Grant",
    "mou": "MoU / LoI",
    "licensed_production": "Licensed production",
    "joint_venture": "Joint venture",
    "energy_supply": "Energy supply",
    "concession": "Concession / licence",
    "acquisition": "Acquisition / stake",
    "award": "Award / settlement",
    "procurement": "Procurement / purchase",
    "construction": "Construction / EPC contract",
    "lease": "Lease / charter",
    "in_delivery": "In delivery",
    "deal_sheet": "Deal sheet",
    "international_organization": "International organisation",
    "organization": "Organisation",
    "official_statement": "Official statement",
    "government_document": "Government document",
}

_SCALES: tuple[tuple[Decimal, str], ...] = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def label(code: str) -> str:
    """Words for a code as a reader sees them: ``arms_sale`` → ``Arms sale``."""
    return _LABELS.get(code, code.replace("_", " ").capitalize())


def long_date(day: dt.date | None) -> str:
    """``27 November 2026``: day-month-year avoids the US/UK ambiguity of numeric dates."""
    return f"{day.day} {day:%B %Y}" if day else ""


def short_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def _decimal_text(value: Decimal) -> str:
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def money_short(amount: Decimal, currency: str) -> str:
    """``USD 1.6 billion``; amounts under a million in full with thousands separators."""
    for scale, word in _SCALES:
        if amount >= scale:
            scaled = (amount / scale).quantize(Decimal("0.01")).normalize()
            approx = "about " if scaled * scale != amount else ""
            return f"{approx}{currency} {_decimal_text(scaled)} {word}"
    return money_full(amount, currency)


def money_full(amount: Decimal, currency: str) -> str:
    """``USD 1,600,000,000``: every digit, exactly as stored."""
    whole, _, fraction = f"{amount:f}".partition(".")
    text = f"{int(whole):,}"
    fraction = fraction.rstrip("0")
    return f"{currency} {text}.{fraction}" if fraction else f"{currency} {text}"


def join_words(items: list[str], last: str = "and") -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"
