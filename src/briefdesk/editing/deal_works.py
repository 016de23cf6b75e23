"""The drafted BLUF sentence for a civil purchase and for works built under contract.

"The National Space Agency has signed a contract to buy three earth-observation satellites from
Orbital Systems Ltd for USD 240 million"; "The Ministry of Power has awarded Andes Grid Builders
a contract to build a 330 kV transmission line, worth USD 400 million" (newcomer13 N13-24: an
arms sale's "Airbus has signed a deal to sell three satellites" was wrong for a civil buyer). A
purchase is said from the buyer's side, who acts in it; a works contract from the client's, who
awards it, and the contractor builds. The suggestion's buyer slot holds the buyer or the client,
its seller slot the seller or the contractor (:func:`briefdesk.model.codes.deal_sides`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefdesk.model.codes import DealStatus
from briefdesk.works_words import CONTRACT as _CONTRACT
from briefdesk.works_words import WORK as _WORK
from briefdesk.works_words import definite as _definite
from briefdesk.works_words import with_article as _article

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts

_PARTICIPLE = {
    DealStatus.PROPOSED: "proposed",
    DealStatus.APPROVED: "approved",
    DealStatus.SIGNED: "signed",
    DealStatus.SUSPENDED: "suspended",
    DealStatus.CANCELLED: "cancelled",
}
_ENDED = (DealStatus.SUSPENDED, DealStatus.CANCELLED)


def _things(p: _Parts, default: str) -> str:
    from briefdesk.editing.deal_sentence import in_words

    if p.item and p.quantity:
        return " ".join(f"{p.quantity_hedge} {in_words(p.quantity)} {p.item}".split())
    return _article(p.item) if p.item else default


# --- civil procurement: goods or services bought -------------------------------------------


def _procurement(p: _Parts) -> str:
    goods = _things(p, "goods")
    from_s = f" from {p.other(p.seller)}" if p.seller else ""
    for_v = f" for {p.value}" if p.value else ""
    worth = f", worth {p.value}" if p.value else ""
    if p.status in _ENDED:
        # Who ended a purchase is seldom what the status says: name both, blame neither.
        by = f" by {p.other(p.buyer)}" if p.buyer else ""
        mid = f"{worth}," if worth else ""
        return f"the purchase of {goods}{by}{from_s}{mid} has been {_PARTICIPLE[p.status]}"
    if p.buyer and p.seller and p.lead == "buyer" and p.awarded:
        from briefdesk.editing.deal_led import awarded

        return awarded(p, goods)  # "X has awarded Y a contract for …" (N17-09)
    if p.buyer and not (p.seller and p.lead == "seller"):
        b = p.first(p.buyer)
        bought = f" bought{from_s}{for_v}" if from_s or for_v else ""
        if p.own_verb:
            return f"{b} {p.own_verb} buying {goods}{from_s}{for_v}"
        return {
            DealStatus.REPORTED: f"{b} is reported to be buying {goods}{from_s}{for_v}",
            DealStatus.PROPOSED: f"{b} has proposed buying {goods}{from_s}{for_v}",
            DealStatus.APPROVED: f"{b} has approved the purchase of {goods}{from_s}{worth}",
            DealStatus.SIGNED: f"{b} has signed a contract to buy {goods}{from_s}{for_v}",
            DealStatus.IN_DELIVERY: f"{b} is taking delivery of {goods}{bought}",
            DealStatus.DELIVERED: f"{b} has taken delivery of {goods}{bought}",
        }[p.status]
    if p.seller:  # no buyer, or the seller's own announcement (N17-09)
        s = p.first(p.seller)
        under = f" under a contract worth {p.value}" if p.value else ""
        goods = f"{goods} to {p.other(p.buyer)}" if p.buyer else goods
        return {
            DealStatus.REPORTED: f"{s} is reported to have won a contract to supply {goods}{for_v}",
            DealStatus.PROPOSED: f"{s} has offered to supply {goods}{for_v}",
            DealStatus.APPROVED: f"{s} has won approval to supply {goods}{for_v}",
            DealStatus.SIGNED: f"{s} has signed a contract to supply {goods}{for_v}",
            DealStatus.IN_DELIVERY: f"{s} is delivering {goods}{under}",
            DealStatus.DELIVERED: f"{s} has delivered {goods}{under}",
        }[p.status]
    if p.status is DealStatus.IN_DELIVERY:
        return f"deliveries of {goods}{worth}{',' if worth else ''} are under way"
    if p.status is DealStatus.DELIVERED:
        return f"delivery of {goods}{worth}{',' if worth else ''} is complete"
    if p.status is DealStatus.REPORTED:
        return f"a purchase of {goods}{for_v} has been reported"
    return f"a contract to buy {goods}{for_v} has been {_PARTICIPLE[p.status]}"


# --- construction and EPC contracts: works built for a client -------------------------------


def _job(p: _Parts) -> tuple[str, str, str, str]:
    """(the contract, the work being done, the work once done, the work as a subject): "a
    contract to build a 330 kV line", "building a 330 kV line", "completed the 330 kV line",
    "construction of the 330 kV line"."""
    if not p.item:
        works = ("carrying out the works", "completed the works", "construction work")
        return "a construction contract", *works
    if _CONTRACT.search(p.item):  # "EPC contract for a 50 MW solar plant"
        the = _definite(_article(p.item))
        return _article(p.item), f"carrying out {the}", f"completed {the}", f"work under {the}"
    if _WORK.match(p.item):  # "rehabilitation of the Kainji dam"
        work = _definite(p.item)
        return f"a contract for {work}", f"carrying out {work}", f"completed {work}", work
    things = _things(p, "")
    built = _definite(things)
    return (
        f"a contract to build {things}",
        f"building {things}",
        f"completed {built}",
        f"construction of {built}",
    )


def _construction(p: _Parts) -> str:
    contract, doing, done, work = _job(p)
    worth = f", worth {p.value}" if p.value else ""
    under = f" under a contract worth {p.value}" if p.value else ""
    if _CONTRACT.search(p.item):  # "carrying out the EPC contract under a contract" twice
        under = worth
    for_c = f" for {p.other(p.buyer)}" if p.buyer else ""
    if p.status in _ENDED:
        # Who ended a contract is seldom what the status says: name both, blame neither.
        with_k = f" with {p.other(p.seller)}" if p.seller else ""
        mid = f"{worth}," if worth else ""
        # "the contract with X to build …": the contractor beside the word it goes with
        the = re.sub(r"\bcontract\b", f"contract{with_k}", _definite(contract), count=1)
        return f"{the}{for_c}{mid} has been {_PARTICIPLE[p.status]}"
    if p.status in (DealStatus.IN_DELIVERY, DealStatus.DELIVERED):
        if p.seller:
            k = p.first(p.seller)
            if p.status is DealStatus.IN_DELIVERY:
                return f"{k} is {doing}{for_c}{under}"
            return f"{k} has {done}{for_c}{under}"
        now = "under way" if p.status is DealStatus.IN_DELIVERY else "complete"
        return f"{work}{for_c}{worth}{',' if worth else ''} is {now}"
    if p.buyer:
        c = p.first(p.buyer)
        to = f"{p.other(p.seller)} " if p.seller else ""
        if p.own_verb:
            return f"{c} {p.own_verb} {contract}{' with ' + to.strip() if to else ''}{worth}"
        if p.status is DealStatus.SIGNED and p.signed_said and p.seller:
            return _signed_with(c, contract, p.other(p.seller), p.value)
        return {
            DealStatus.REPORTED: f"{c} is reported to have awarded {to}{contract}{worth}",
            DealStatus.PROPOSED: f"{c} has proposed awarding {to}{contract}{worth}",
            DealStatus.APPROVED: f"{c} has approved awarding {to}{contract}{worth}",
            DealStatus.SIGNED: f"{c} has awarded {to}{contract}{worth}",
        }[p.status]
    if p.seller:
        k = p.first(p.seller)
        return {
            DealStatus.REPORTED: f"{k} is reported to have won {contract}{worth}",
            DealStatus.PROPOSED: f"{k} has bid for {contract}{worth}",
            DealStatus.APPROVED: f"{k} has won approval for {contract}{worth}",
            DealStatus.SIGNED: f"{k} has signed {contract}{worth}",
        }[p.status]
    mid = f"{worth}," if worth else ""
    if p.status is DealStatus.REPORTED:
        return f"{contract}{mid} has reportedly been awarded"
    return f"{contract}{mid} has been {_PARTICIPLE[p.status]}"


def _signed_with(client: str, contract: str, contractor: str, value: str) -> str:
    """ "X has signed a contract with Y to build …, worth V": the text's verb, not "awarded"
    (newcomer25 N25-14); the contractor beside the word "contract" it goes with."""
    signed = re.sub(r"\bcontract\b", f"contract with {contractor}", contract, count=1)
    if value:
        signed += f" worth {value}" if signed.endswith(contractor) else f", worth {value}"
    return f"{client} has signed {signed}"


def works_title(kind: str, item: str, buyer: str, seller: str) -> str:
    """A brief's title for a purchase or a works contract with both sides named: "National
    Space Agency to buy earth-observation satellites from Orbital Systems Ltd", "Andes Grid
    Builders to build 330 kV transmission line for Ministry of Power"; "" for another kind."""
    if kind == "procurement":
        return f"{buyer} to buy {item or 'goods'} from {seller}"
    if kind != "construction":
        return ""
    if not item:
        return f"{buyer} awards {seller} construction contract"
    if _CONTRACT.search(item):
        return f"{buyer} awards {seller} {item}"
    if _WORK.match(item):
        return f"{buyer} awards {seller} contract for {item}"
    return f"{seller} to build {item} for {buyer}"


# Kinds whose sentence is said here, by kind value (deal_sentence picks by kind).
WORKS: dict[str, Callable[[_Parts], str]] = {
    "procurement": _procurement,
    "construction": _construction,
}
