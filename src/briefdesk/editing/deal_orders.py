"""The drafted BLUF sentence for an award and for sanctions: who pays whom, who imposes on whom.

"The tribunal has ordered Kyrgyzstan to pay Tethys Gold Mining Ltd USD 125 million", "The
European Union has imposed a ban on dual-use exports on Belarus". The suggestion's seller slot
holds the side that acts (the payer, the imposing party), its buyer slot the side acted on (the
payee, the target), as a loan's lender and borrower (:func:`briefdesk.model.codes.deal_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefdesk.definite import PLURAL_MEASURES, measures_of
from briefdesk.model.codes import DealStatus

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts

_DETERMINER = re.compile(r"^(?:a|an|the|its|their|new|further)\s", re.IGNORECASE)
_COURT = re.compile(r"\b(?:court|judge|judgment|judgement)\b", re.IGNORECASE)
_SETTLED = re.compile(r"\bsettle(?:ment|d)?\b", re.IGNORECASE)


def _award(p: _Parts) -> str:
    body = "the court" if _COURT.search(p.item) else "the tribunal"
    money = p.value or "damages"
    over = f" over {_the(p.item)}" if p.item and not _names_award(p.item) else ""
    under = f" under {_the(p.item)}" if p.item and _names_award(p.item) else " under the award"
    payer = p.other(p.seller) if p.seller else ""
    payee = p.other(p.buyer) if p.buyer else ""
    if _SETTLED.search(p.item) or p.status in (DealStatus.PROPOSED, DealStatus.SIGNED):
        return _settlement(p, money)
    if p.status in (DealStatus.SUSPENDED, DealStatus.CANCELLED):
        ended = "enforcement of the award" if p.status is DealStatus.SUSPENDED else "the award"
        verb = "suspended" if p.status is DealStatus.SUSPENDED else "annulled"
        if payer:
            to = f" {payee}" if payee else ""
            return f"{ended} ordering {payer} to pay{to} {money}{over} has been {verb}"
        to = f" to {payee}" if payee else ""
        return f"{ended} of {money}{to}{over} has been {verb}"
    if p.status in (DealStatus.IN_DELIVERY, DealStatus.DELIVERED) and payer:
        verb = "is paying" if p.status is DealStatus.IN_DELIVERY else "has paid"
        to = f" {payee}" if payee else ""
        return f"{p.first(p.seller)} {verb}{to} {money}{under}"
    told = "is reported to have ordered" if p.status is DealStatus.REPORTED else "has ordered"
    if payer:
        to = f" {payee}" if payee else ""
        return f"{body} {told} {payer} to pay{to} {money}{over}"
    if payee:
        told = told.replace("ordered", "awarded")
        return f"{body} {told} {payee} {money}{over}"
    return f"{body} {told} the payment of {money}{over}"


def _settlement(p: _Parts, money: str) -> str:
    payer = p.first(p.seller) if p.seller else ""
    to = f" {p.other(p.buyer)}" if p.buyer else ""
    if not payer:
        done = (
            "reportedly been agreed"
            if p.status is DealStatus.REPORTED
            else "been "
            + {
                DealStatus.PROPOSED: "proposed",
                DealStatus.SIGNED: "signed",
                DealStatus.IN_DELIVERY: "agreed",
                DealStatus.DELIVERED: "paid",
                DealStatus.SUSPENDED: "suspended",
                DealStatus.CANCELLED: "cancelled",
            }.get(p.status, "agreed")
        )
        return f"a settlement of {money}{' with' + to if to else ''} has {done}"
    verb = {
        DealStatus.REPORTED: "is reported to have agreed to pay",
        DealStatus.PROPOSED: "has offered to pay",
        DealStatus.APPROVED: "has agreed to pay",
        DealStatus.SIGNED: "has signed a settlement to pay",
        DealStatus.IN_DELIVERY: "is paying",
        DealStatus.DELIVERED: "has paid",
        DealStatus.SUSPENDED: "has suspended payment of",
        DealStatus.CANCELLED: "has withdrawn from a settlement to pay",
    }[p.status]
    return f"{payer} {verb}{to} {money}"


def _sanctions(p: _Parts) -> str:
    measures = measures_of(p.item)
    # "an export ban on dual-use goods against Belarus": one "on" is enough.
    on = f" {'against' if ' on ' in measures else 'on'} {p.other(p.buyer)}" if p.buyer else ""
    worth = f", covering {p.value}" if p.value else ""
    if p.seller:
        verb = {
            DealStatus.REPORTED: "is reported to be imposing",
            DealStatus.PROPOSED: "has proposed",
            DealStatus.APPROVED: "has approved",
            DealStatus.SIGNED: "has adopted",
            DealStatus.IN_DELIVERY: "is enforcing",
            DealStatus.DELIVERED: "has imposed",
            DealStatus.SUSPENDED: "has suspended",
            DealStatus.CANCELLED: "has lifted",
        }[p.status]
        return f"{p.first(p.seller)} {verb} {measures}{on}{worth}"
    are = "have" if measures.lower().endswith(PLURAL_MEASURES) else "has"
    done = {
        DealStatus.REPORTED: "reportedly been imposed",
        DealStatus.PROPOSED: "been proposed",
        DealStatus.APPROVED: "been approved",
        DealStatus.SIGNED: "been adopted",
        DealStatus.IN_DELIVERY: "been imposed",
        DealStatus.DELIVERED: "been imposed",
        DealStatus.SUSPENDED: "been suspended",
        DealStatus.CANCELLED: "been lifted",
    }[p.status]
    return f"{measures}{on}{worth}{',' if worth else ''} {are} {done}"


def _names_award(item: str) -> bool:
    return bool(re.search(r"\b(?:award|ruling|judg(?:e)?ment|decision)\b", item, re.IGNORECASE))


def _the(item: str) -> str:
    return item if _DETERMINER.match(item) else f"the {item}"


# Kinds whose sentence is said here, by kind value (deal_sentence picks by kind).
ORDERED: dict[str, Callable[[_Parts], str]] = {"award": _award, "sanctions": _sanctions}
