"""What "add as actor", "use as deal value"… do to a brief, given a span; no Qt here.

Each function returns the edits to make (path, value) so the window can apply them as one undo
step; the brief itself is not touched.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from briefdesk.model import Brief, Money, Span

_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
_WORD_CURRENCIES = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "yuan": "CNY",
    "rupee": "INR",
    "rupees": "INR",
    "rubles": "RUB",
    "yen": "JPY",
}
_SCALE = {
    "thousand": 10**3,
    "k": 10**3,
    "million": 10**6,
    "mn": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
}
_MONEY = re.compile(
    r"(?P<cur>US\$|[$€£¥₹₽]|[A-Z]{3})?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>thousand|million|billion|trillion|mn|bn|tn|[kmb])?\b\.?\s*"
    r"(?P<word>[A-Za-z]{3,8})?",
    re.IGNORECASE,
)


def parse_money(text: str) -> Money | None:
    """``$1.6 billion`` → 1600000000 USD; None when no amount with a known currency is found."""
    match = _MONEY.search(text.strip())
    if match is None:
        return None
    try:
        amount = Decimal(match.group("num").replace(",", ""))
    except InvalidOperation:
        return None
    scale = (match.group("scale") or "").lower()
    amount *= _SCALE.get(scale, 1)
    currency = ""
    symbol = match.group("cur") or ""
    word = (match.group("word") or "").lower()
    if symbol in _SYMBOLS:
        currency = _SYMBOLS[symbol]
    elif symbol.isalpha() and len(symbol) == 3:
        currency = symbol.upper()
    elif word in _WORD_CURRENCIES:
        currency = _WORD_CURRENCIES[word]
    elif word.upper() in ("USD", "EUR", "GBP", "CNY", "PKR", "INR", "RUB", "JPY"):
        currency = word.upper()
    if not currency:
        return None
    try:
        exact = (
            amount.quantize(Decimal(1)) if amount == amount.to_integral() else amount.normalize()
        )
        return Money(amount=exact, currency=currency, as_stated=text.strip())
    except ValueError:
        return None


def _norm(name: str) -> str:
    return " ".join(name.casefold().split()).removeprefix("the ")


def find_actor(brief: Brief, name: str) -> int | None:
    """Index of the actor called ``name`` (or with it as an alias), ignoring case and 'the'."""
    wanted = _norm(name)
    for index, actor in enumerate(brief.actors):
        if _norm(actor.name) == wanted or any(_norm(a) == wanted for a in actor.aliases):
            return index
    return None


def has_span(spans: list[Span], span: Span) -> bool:
    return any(
        s.source_id == span.source_id and s.start == span.start and s.end == span.end for s in spans
    )


def target_deal(brief: Brief, selected_path: str) -> int | None:
    """The deal a "use as deal …" action goes to: the selected one, else the only/last one."""
    match = re.match(r"deals\[(\d+)\]", selected_path or "")
    if match and int(match.group(1)) < len(brief.deals):
        return int(match.group(1))
    return len(brief.deals) - 1 if brief.deals else None


def evidence_path(brief: Brief, record_path: str) -> str | None:
    """The evidence list of the selected record, if it has one."""
    from briefdesk.gui import fieldpath

    if not record_path:
        return None
    path = f"{record_path}.evidence"
    return path if fieldpath.exists(brief, path) else None


def all_spans(brief: Brief) -> list[Span]:
    from briefdesk.model.checks import iter_spans

    return [span for _path, span in iter_spans(brief)]


def spans_of(brief: Brief, record_path: str) -> list[Span]:
    """Every span inside a record (its own evidence and that of its parts, e.g. a deal value)."""
    from briefdesk.gui import fieldpath
    from briefdesk.model.checks import iter_spans

    if not record_path or not fieldpath.exists(brief, record_path):
        return []
    return [span for _p, span in iter_spans(fieldpath.get(brief, record_path))]


def deal_in_brief(brief: Brief, suggestion: object, label: str) -> bool:
    """A suggested deal already taken: same title, same value, or the same item designation."""
    value = getattr(suggestion, "value", None)
    item = str(getattr(suggestion, "item", "") or "").casefold()
    for deal in brief.deals:
        if deal.title and deal.title.casefold() == label.casefold():
            return True
        if value is not None and deal.value is not None:
            same_amount = deal.value.amount == getattr(value, "amount", None)
            if same_amount and deal.value.currency == getattr(value, "currency", None):
                return True
        if item and any(i.designation.casefold() == item for i in deal.items):
            return True
    return False


def citation_edits(brief: Brief, source_id: str) -> list[tuple[str, list[Span]]]:
    """(evidence path, evidence without ``source_id``'s spans) for every list citing it."""
    from briefdesk.gui import fieldpath
    from briefdesk.model.checks import iter_spans

    lists: dict[str, None] = {}
    for path, span in iter_spans(brief):
        if span.source_id == source_id:
            lists[path.rsplit("[", 1)[0]] = None
    edits = []
    for list_path in lists:
        spans = fieldpath.get(brief, list_path)
        edits.append((list_path, [s for s in spans if s.source_id != source_id]))
    return edits


def actor_reference_edits(brief: Brief, actor_id: str) -> list[tuple[str, object]]:
    """Edits that drop every reference to ``actor_id``: deal parties and affiliations."""
    edits: list[tuple[str, object]] = []
    for index, deal in enumerate(brief.deals):
        kept = [p for p in deal.parties if p.actor_id != actor_id]
        if len(kept) != len(deal.parties):
            edits.append((f"deals[{index}].parties", kept))
    for index, actor in enumerate(brief.actors):
        if actor.affiliation_id == actor_id:
            edits.append((f"actors[{index}].affiliation_id", None))
    return edits
