"""The drafted BLUF sentence led by the buyer: a company bought whole, or a deal the buyer's
own source tells (newcomer17 N17-01, N17-09).

"Harlow Minerals has agreed to buy Caspara Copper from Ostrava Partners"; "The Defence
Materiel Directorate has awarded Kestrel Marine Systems Ltd a contract worth EUR 186 million
for four offshore patrol vessels". Split from :mod:`deal_sentence`, which picks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefdesk.model.codes import DealStatus

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts


def _under(value: str) -> str:
    return f" under a deal worth {value}" if value else ""


def takeover(p: _Parts, goods: str, for_v: str) -> str:
    """A company bought whole is the buyer's act, and the news names the buyer first ("Harlow
    Minerals to buy Caspara Copper"): the sentence leads with it, the seller after "from"
    (newcomer17 N17-01; "Ostrava Partners has approved the sale" put the seller first)."""
    b, frm = p.first(p.buyer), f" from {p.other(p.seller)}"
    return {
        DealStatus.REPORTED: f"{b} is reported to be buying {goods}{frm}{for_v}",
        DealStatus.PROPOSED: f"{b} has proposed buying {goods}{frm}{for_v}",
        DealStatus.APPROVED: f"{b} has agreed to buy {goods}{frm}{for_v}",
        DealStatus.SIGNED: f"{b} has signed a deal to buy {goods}{frm}{for_v}",
        DealStatus.IN_DELIVERY: f"{b} is completing its purchase of {goods}{frm}{for_v}",
        DealStatus.DELIVERED: f"{b} has bought {goods}{frm}{for_v}",
        DealStatus.SUSPENDED: f"{b} has suspended its purchase of {goods}{frm}",
        DealStatus.CANCELLED: f"the purchase of {goods} by {b}{frm} has been cancelled",
    }[p.status]


def awarded(p: _Parts, goods: str) -> str:
    """The buyer's announcement of a contract it awarded: "The Defence Materiel Directorate
    has awarded Kestrel Marine Systems Ltd a contract worth EUR 186 million for four offshore
    patrol vessels" (N17-09)."""
    b, s = p.first(p.buyer), p.other(p.seller)
    contract = f"a contract worth {p.value} for {goods}" if p.value else f"a contract for {goods}"
    return {
        DealStatus.REPORTED: f"{b} is reported to have awarded {s} {contract}",
        DealStatus.PROPOSED: f"{b} has proposed awarding {s} {contract}",
        DealStatus.APPROVED: f"{b} has approved awarding {s} {contract}",
        DealStatus.SIGNED: f"{b} has awarded {s} {contract}",
        DealStatus.IN_DELIVERY: f"{b} is taking delivery of {goods} from {s}{_under(p.value)}",
        DealStatus.DELIVERED: f"{b} has taken delivery of {goods} from {s}{_under(p.value)}",
        DealStatus.SUSPENDED: f"{b} has suspended its contract with {s} for {goods}",
        DealStatus.CANCELLED: f"{b} has cancelled its contract with {s} for {goods}",
    }[p.status]
