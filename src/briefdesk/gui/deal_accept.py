"""'Edit & accept' for a deal: every field the deal editor has, named as the editor names them.

The suggestion carries kind, status, item, quantity, value and parties; the rest of the editor's
fields (category, estimate, dates, note) are filled on the accepted deal (:class:`DealExtras`).
A loan's or grant's parties are Borrower and Lender, as in the editor (a concession's
Concessionaire and Grantor, an award's Payee and Payer, sanctions' Target and Imposing party);
their answers are still filed under "Buyer" and "Seller" (the suggestion's two sides). Bad
input is one ``FieldError`` naming the field (its key says which widget to put the cursor in),
and nothing is accepted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from briefdesk.gui.bindings import enum_choices, parse_decimal
from briefdesk.gui.fields_dialog import Field, FieldError
from briefdesk.model.codes import DealKind, DealStatus, deal_sides, role_words
from briefdesk.model.status_words import status_choices

# "750m", "1.6bn", "750 million": how desk officers write amounts; a bare number stays exact.
_SCALED = re.compile(
    r"^\s*([\d.,]+)\s*(k|thousand|m|mn|million|b|bn|billion|tn|trillion)\.?\s*$", re.I
)
_SCALES = {"k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6, "b": 9, "bn": 9}
_SCALES |= {"billion": 9, "tn": 12, "trillion": 12}


def party_labels(kind: str) -> tuple[str, str]:
    """The words the deal editor uses for the two sides of a deal of this kind."""
    try:
        receives, gives = deal_sides(kind)
    except ValueError:  # no kind chosen yet
        return ("Buyer", "Seller")
    return role_words(receives, kind), role_words(gives, kind)


def relabel(answers: dict[str, str]) -> dict[str, str | dict[str, str]]:
    """The sides' labels and the statuses' words for the kind chosen so far (N14-37)."""
    kind = answers.get("Kind", "")
    buyer, seller = party_labels(kind)
    statuses = {str(status.value): words for words, status in status_choices(kind)}
    return {"Buyer": buyer, "Seller": seller, "Status": statuses}


@dataclass(frozen=True)
class DealExtras:
    """What the deal editor has and a suggestion cannot carry."""

    category: str = ""
    estimate: bool | None = None  # None: the suggestion's own hedge stands
    announced: dt.date | None = None
    signed: dt.date | None = None
    delivery: str = ""
    note: str = ""


def _choices(enum: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(member.value), words) for words, member in enum_choices(enum))


def _shown_sides(raw: Any) -> tuple[str, str]:
    """The two sides the form shows: a venture's first two partners when it has no buyer or
    seller (round 19: its signatories), in the slots that keep the text's order."""
    signed = list(getattr(raw, "signatories", None) or [])
    if raw.buyer or raw.seller or len(signed) < 2:
        return raw.buyer, raw.seller
    return signed[1], signed[0]


def fields(raw: Any, title: str) -> list[Field]:
    buyer, seller = party_labels(raw.kind)
    shown_buyer, shown_seller = _shown_sides(raw)
    value = raw.value
    amount = f"{value.amount:,f}" if value is not None else ""
    hedged = value is not None and value.estimate
    return [
        Field("Title", title),
        Field("Kind", str(raw.kind), _choices(DealKind)),
        Field(
            "Status",
            str(raw.status),
            tuple((str(status.value), words) for words, status in status_choices(raw.kind)),
        ),
        Field("Item", raw.item),
        Field("Category", "", placeholder="e.g. fighter aircraft"),
        Field("Quantity", "" if raw.quantity is None else str(raw.quantity)),
        Field("Value", amount, placeholder="amount, e.g. 1,600,000,000"),
        Field("Currency", value.currency if value is not None else "", placeholder="e.g. USD"),
        Field("As stated", value.as_stated if value is not None else ""),
        Field("Estimate", _yes_no(hedged), (("no", "No"), ("yes", "Yes"))),
        Field(buyer, shown_buyer, key="Buyer"),
        Field(seller, shown_seller, key="Seller"),
        Field("Announced", "", placeholder="YYYY-MM-DD"),
        Field("Signed", "", placeholder="YYYY-MM-DD"),
        Field("Delivery", "", placeholder="e.g. from 2026"),
        Field("Note", ""),
    ]


def _typed_sides(raw: Any, typed: dict[str, str], shown: dict[str, str]) -> dict[str, Any]:
    """The sides as typed; a name as shown keeps its actor key (a partner's, when the form
    showed a venture's partners), another name has none."""
    signed = list(getattr(raw, "signatories", None) or [])
    keys = dict(
        zip(signed, [*getattr(raw, "signatory_keys", []), *[""] * len(signed)], strict=False)
    )
    changes: dict[str, Any] = {}
    for side, name in typed.items():
        own = getattr(raw, f"{side}_key") if name == getattr(raw, side) else ""
        changes[side] = name
        changes[f"{side}_key"] = own or (keys.get(name, "") if name == shown[side] else "")
    if signed and not (raw.buyer or raw.seller):  # the partners past the first two stay
        changes["more_buyers"] = [*signed[2:], *raw.more_buyers]
    return changes


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _date(label: str, text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise FieldError(label, f"{label}: {text!r} is not a date (YYYY-MM-DD)") from None


def _quantity(text: str) -> int | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    if not text.isdigit():
        raise FieldError("Quantity", f"Quantity: {text!r} is not a whole number")
    return int(text)


def _value(raw: Any, answers: dict[str, str]) -> Any:
    """The edited value as the suggestion's kind of money; None when the amount is blank."""
    from briefdesk.extract.results import MoneySuggestion
    from briefdesk.model import Money

    old = raw.value
    amount_text = answers.get("Value", f"{old.amount:,f}" if old else "")
    amount = _amount(amount_text)
    if amount is None:
        return None
    currency = answers.get("Currency", old.currency if old else "").strip().upper()
    as_stated = answers.get("As stated", old.as_stated if old else "").strip()
    from pydantic import ValidationError

    try:
        Money(amount=amount, currency=currency)  # the brief's own checks of amount and currency
    except ValidationError as exc:
        error = exc.errors()[0]
        reason = str(error.get("msg", "not a currency")).removeprefix("Value error, ")
        if error.get("loc", ("",))[0] == "amount":  # "-5" was blamed on the currency
            raise FieldError("Value", f"Value: {amount_text.strip()!r}: {reason}") from None
        if not currency:
            reason = "a value needs its currency, e.g. USD"
        raise FieldError("Currency", f"Currency: {reason}") from None
    evidence = list(old.evidence) if old else []
    hedged = old is not None and old.estimate
    estimate = answers.get("Estimate", _yes_no(hedged)) == "yes"
    return MoneySuggestion(amount, currency, as_stated, evidence, estimate)


def _amount(text: str) -> Decimal | None:
    """The typed amount, exact; "750m" or "1.6 billion" scaled; None when blank."""
    scaled = _SCALED.match(text)
    try:
        if scaled is None:
            return parse_decimal(text)
        number = parse_decimal(scaled.group(1))
        if number is None:
            return None
        return parse_decimal(f"{number.scaleb(_SCALES[scaled.group(2).lower()]):f}")
    except ValueError as exc:
        raise FieldError("Value", f"Value: {exc}") from None


def apply(raw: Any, answers: dict[str, str]) -> tuple[Any, DealExtras]:
    """The edited suggestion and the extras; a missing answer keeps what was suggested."""
    changes: dict[str, Any] = {
        "kind": DealKind(answers.get("Kind", str(raw.kind))),
        "status": DealStatus(answers.get("Status", str(raw.status))),
        "item": answers.get("Item", raw.item).strip(),
        "quantity": _quantity(
            answers.get("Quantity", "" if raw.quantity is None else str(raw.quantity))
        ),
        "value": _value(raw, answers),
    }
    shown = dict(zip(("buyer", "seller"), _shown_sides(raw), strict=True))
    typed = {side: answers.get(side.capitalize(), shown[side]).strip() for side in shown}
    if typed != shown:  # (a venture's partners left as shown stay its signatories)
        changes.update(_typed_sides(raw, typed, shown))
    extras = DealExtras(
        category=answers.get("Category", "").strip(),
        estimate=None if "Estimate" not in answers else answers["Estimate"] == "yes",
        announced=_date("Announced", answers.get("Announced", "")),
        signed=_date("Signed", answers.get("Signed", "")),
        delivery=answers.get("Delivery", "").strip(),
        note=answers.get("Note", "").strip(),
    )
    return dataclasses.replace(raw, **changes), extras


def fill(deal: Any, extras: DealExtras) -> None:
    """Put the extras on the accepted deal (a working copy of the brief's last deal)."""
    if extras.category and deal.items:
        deal.items[0].category = extras.category
    if extras.estimate is not None and deal.value is not None:
        deal.value.estimate = extras.estimate
    if extras.announced is not None:
        deal.dates.announced = extras.announced
    if extras.signed is not None:
        deal.dates.signed = extras.signed
    if extras.delivery:
        deal.dates.delivery = extras.delivery
    if extras.note:
        deal.note = extras.note
