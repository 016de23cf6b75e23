"""The drafted BLUF's sentence for a deal signed alike: a trade agreement, a memorandum, a joint
venture, licensed production, or a contract that names no goods (split from ``deal_sentence``,
round 20, when naming every partner made that module too long)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefdesk.definite import with_the
from briefdesk.editing.co_parties import joined
from briefdesk.model.codes import DealStatus

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts

AGREEMENTS = {
    "trade_agreement": ("a trade agreement", "covering"),
    "barter": ("a barter agreement", "covering"),  # the deal's own word (N21-02)
    "mou": ("a memorandum of understanding", "on"),
    "joint_venture": ("a joint-venture agreement", "for"),
    "licensed_production": ("a licensed-production agreement", "for"),
    # A deal of kind "other" that names no goods: a construction, EPC or service contract.
    "contract": ("a contract", "for"),
    # A contract for a service on goods: "for the mid-life maintenance of" (N20-03).
    "service": ("a contract", "for the"),
    "service_to": ("a contract", "to"),
}


# An item that is itself the agreement signed ("fisheries access agreement", read from "signed a
# fisheries access agreement between A and B"; round 22, newcomer22 N22-02): the deal is told by
# that name, its parties as signatories, never "a contract for fisheries access agreement".
NAMED = "named"
_NAMED_AGREEMENT = re.compile(r"\b(?:agreement|accord|protocol|treaty|convention|pact)$", re.I)


def named_agreement(item: str) -> bool:
    """Whether ``item`` names the agreement itself rather than goods or works."""
    return bool(_NAMED_AGREEMENT.search(item.strip())) and item[:1].islower()


# --- agreements: trade, memoranda, joint ventures, licensed production --------------------


def agreement(p: _Parts, kind: str) -> str:
    """ "A and B have signed a memorandum of understanding on …": every partner named, none
    said to give; the passive when nobody is named, and who ended one left unsaid."""
    from briefdesk.editing.deal_sentence import _passive

    if kind == NAMED:  # "a fisheries access agreement": the item is the noun, about nothing
        item = p.item.removeprefix("the ").removeprefix("a ").removeprefix("an ")
        noun, about = f"{'an' if item[:1] in 'aeiou' else 'a'} {item}", ""
    else:
        noun, link = AGREEMENTS[kind]
        about = f" {link} {p.item}" if p.item else ""
    worth = (", worth " if about else " worth ") + p.value if p.value else ""
    mid = f"{worth}," if worth and about else worth
    names = [n for name in (p.seller, p.buyer) if name for n in p.side_of(name)]
    ended = p.status in (DealStatus.SUSPENDED, DealStatus.CANCELLED)
    if not names or (ended and len(names) > 1):
        # Who ended an agreement between two parties is seldom clear: name both, blame neither.
        between = f" between {joined([with_the(n) for n in names])}" if names else ""
        if between and p.value:
            mid = f", worth {p.value},"  # "between X and Y worth V" would price Y
        if p.status is DealStatus.REPORTED:
            return f"{noun}{between}{about}{mid} has reportedly been concluded"
        return f"{noun}{between}{about}{mid} {_passive(p.status, 'implemented', 'implemented')}"
    subject = joined([with_the(names[0], start=True), *(with_the(n) for n in names[1:])])
    have, are = ("have", "are") if len(names) > 1 else ("has", "is")
    verb = {
        DealStatus.REPORTED: f"{have} reportedly concluded",
        DealStatus.PROPOSED: f"{have} proposed",
        DealStatus.APPROVED: f"{have} approved",
        DealStatus.SIGNED: f"{have} signed",
        DealStatus.IN_DELIVERY: f"{are} implementing",
        DealStatus.DELIVERED: f"{have} implemented",
        DealStatus.SUSPENDED: f"{have} suspended",
        DealStatus.CANCELLED: f"{have} cancelled",
    }[p.status]
    return f"{subject} {verb} {noun}{about}{worth}"
