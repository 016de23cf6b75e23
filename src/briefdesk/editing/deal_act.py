"""The deal's own verb when it is no sale: a lease, a charter or a barter (newcomer21 N21-02).

The extraction kinds "leases two transports from Aerolux Leasing" as ``other`` with the lessee
as buyer and the lessor as seller, and the draft then said "signed a deal to buy" and titled
the brief "Aerolux Leasing to sell …": a lease with an option to buy reported as a purchase.
The deal's own sentence says which it is, so the BLUF and the title keep its verb: "The
Calveran Air Force has signed a deal to lease two … from Aerolux Leasing", "Calveran Air Force
to lease …"; a barter is "a barter agreement". Only lower-case words count: "Aerolux Leasing"
or "Charter Communications" are names, not acts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefdesk.model.codes import DealKind, DealStatus

if TYPE_CHECKING:
    from briefdesk.editing.deal_sentence import _Parts
    from briefdesk.extract.results import DealSuggestion

LEASE, CHARTER, BARTER = "lease", "charter", "barter"
# Kinds a lease or charter is mistaken for (a purchase of goods), and the lease kind itself
# (format 5, round 22); a concession's "lease" is its rights and keeps its own sentence.
LEASABLE = frozenset({"other", "arms_sale", "procurement", "lease"})
BARTERED = frozenset({"other", "trade_agreement"})

_ACTS = (
    # "leases", "leased", "to lease"; not "leaseback", "lease back" (a sale and leaseback is a
    # sale), "the option to lease more", "a leasing company" (who, not what).
    (
        LEASE,
        re.compile(
            r"\b(?:leases|leased|leasing|lease)\b(?!\s+(?:\w+\s+)?back)"
            r"(?!\s+(?:company|companies|firm|arm|unit|group|subsidiary|business))"
        ),
    ),
    (
        CHARTER,
        re.compile(
            r"\b(?:charters|chartered|chartering|charter)\b"
            r"(?!\s+(?:flights?|airlines?|carriers?|operators?|company|companies|firm))"
        ),
    ),
    (BARTER, re.compile(r"\b(?:barters?|bartered|counter-?trade)\b")),
)
# The deal's own sentence says it is bought or sold: another sentence's lease is another deal.
_BOUGHT = re.compile(r"\b(?:buy|buys|bought|purchased?|sells?|sold|ordered)\b")
# "an option to buy them in 2034" beside a lease, "an option to lease two more" beside a sale.
_OPTION = re.compile(r"\boptions?\s+to\s+(?:lease|charter|buy|purchase)\b")


def own_act(deal: DealSuggestion | None, text: str) -> str:
    """ "lease", "charter" or "barter" when the deal's own words say only that one; else "".
    A deal of the lease kind is always leased or chartered ("lease" unless its words say
    only "charter"), whatever else its sentence says."""
    if deal is None:
        return ""
    if str(deal.kind) == DealKind.LEASE:
        return CHARTER if _acts(deal, text) == {CHARTER} else LEASE
    if not text:
        return ""
    own = [_OPTION.sub(" ", text[start:end]) for start, end in deal.evidence]
    found = {act for act, pattern in _ACTS for words in own if pattern.search(words)}
    if any(_BOUGHT.search(words) for words in own):
        found.discard(LEASE)  # "sold four jets … and will lease them back": a sale
        found.discard(CHARTER)
    elif not found:
        # "The exchange is valued at …": the sentence naming both parties says what it is
        named = [_OPTION.sub(" ", words) for words in _both_named(deal, text)]
        found = {act for act, pattern in _ACTS for words in named if pattern.search(words)}
    if len(found) != 1:
        return ""  # none, or a lease beside a barter: the kind's own wording stays
    act = found.pop()
    kinds = BARTERED if act == BARTER else LEASABLE
    return act if str(deal.kind) in kinds and not deal.is_loan else ""


def _acts(deal: DealSuggestion, text: str) -> set[str]:
    """The lease or charter words of the deal's own sentences (an option left out)."""
    own = [_OPTION.sub(" ", text[start:end]) for start, end in deal.evidence] if text else []
    return {act for act, pattern in _ACTS[:2] for words in own if pattern.search(words)}


def as_lease(deal: DealSuggestion | None, text: str) -> DealSuggestion | None:
    """The deal as the lease kind when its own words say it is leased or chartered, not
    bought (round 22: an arms sale or a purchase read from "leases two transports from X"):
    its buyer slot then becomes the lessee and its seller slot the lessor."""
    if deal is None or str(deal.kind) == DealKind.LEASE:
        return deal
    if own_act(deal, text) not in (LEASE, CHARTER):
        return deal
    return replace(deal, kind=DealKind.LEASE)


def lease_kind(kind: DealKind, words: str) -> DealKind:
    """``kind``, or the lease kind when ``kind`` is one a lease is mistaken for and the
    selected ``words`` say only lease or charter (*New deal from selection*)."""
    from briefdesk.extract.results import DealSuggestion

    if kind == DealKind.LEASE or str(kind) not in LEASABLE or not words.strip():
        return kind
    raw = DealSuggestion(kind=kind, evidence=[(0, len(words))])
    return DealKind.LEASE if own_act(raw, words) in (LEASE, CHARTER) else kind


_SENTENCE = re.compile(r"[^.!?\n]+")


def _both_named(deal: DealSuggestion, text: str) -> list[str]:
    """The sentences naming every party of the deal (two at least): the deal's own sentence
    when its evidence is only its value ("The exchange is valued at about US$180 million")."""
    names = {
        n
        for n in (deal.buyer, deal.seller, *deal.more_buyers, *deal.more_sellers, *deal.signatories)
        if n.strip()
    }
    if len(names) < 2:
        return []
    return [s.group() for s in _SENTENCE.finditer(text) if all(n in s.group() for n in names)]


_GERUND = {LEASE: "leasing", CHARTER: "chartering"}
_PARTICIPLE = {LEASE: "leased", CHARTER: "chartered"}


def leased(p: _Parts, act: str, goods: str) -> str:
    """The sentence for a lease or charter: the lessee leads ("has signed a deal to lease two
    … from Aerolux Leasing for EUR 96 million"), the lessor when it is the only side named."""
    for_v = f" for {p.value}" if p.value else ""
    worth = f", worth {p.value}" if p.value else ""
    ger, done = _GERUND[act], _PARTICIPLE[act]
    if p.buyer:
        b = p.first(p.buyer)
        frm = f" from {p.other(p.seller)}" if p.seller else ""
        return {
            DealStatus.REPORTED: f"{b} is reported to be {ger} {goods}{frm}{for_v}",
            DealStatus.PROPOSED: f"{b} has proposed {ger} {goods}{frm}{for_v}",
            DealStatus.APPROVED: f"{b} has approved the {act} of {goods}{frm}{worth}",
            DealStatus.SIGNED: f"{b} has signed a deal to {act} {goods}{frm}{for_v}",
            DealStatus.IN_DELIVERY: f"{b} is taking delivery of {goods} {done}{frm}{worth}",
            DealStatus.DELIVERED: f"{b} has taken delivery of {goods} {done}{frm}{worth}",
            DealStatus.SUSPENDED: f"{b} has suspended the {act} of {goods}{frm}{worth}",
            DealStatus.CANCELLED: f"{b} has cancelled the {act} of {goods}{frm}{worth}",
        }[p.status]
    if p.seller:
        s = p.first(p.seller)
        return {
            DealStatus.REPORTED: f"{s} is reported to be {ger} out {goods}{for_v}",
            DealStatus.PROPOSED: f"{s} has proposed {ger} out {goods}{for_v}",
            DealStatus.SIGNED: f"{s} has signed a deal to {act} out {goods}{for_v}",
        }.get(
            p.status,
            f"the {act} of {goods} by {p.other(p.seller)}{worth} has been {_done(p.status)}",
        )
    return f"a deal to {act} {goods}{for_v} has been {_done(p.status)}"


def _done(status: DealStatus) -> str:
    return {
        DealStatus.IN_DELIVERY: "signed and deliveries are under way",
        DealStatus.DELIVERED: "completed",
    }.get(status, status.value)


def act_title(deal: DealSuggestion, act: str, what: str) -> str:
    """ "Calveran Air Force to lease Kestrel KT-400 … from Aerolux Leasing"; "" when the deal's
    act is no lease or charter or its lessee is not named."""
    if act not in _GERUND or not deal.buyer:
        return ""
    frm = f" from {deal.seller}" if deal.seller else ""
    if not deal.item:  # "to charter other": the catch-all kind is no thing chartered (N21-07)
        return f"{act.capitalize()} by {deal.buyer}{frm}"
    return f"{deal.buyer} to {act} {what}{frm}"


# A selection that opens by naming a memorandum (round 26: with the brief's names known to the
# selection's reading, the supply it provides outranked the memorandum it is the subject of).
_NAMES_MEMORANDUM = re.compile(
    r"^\s*(?:the\s+)?(?:(?:first|second|third|fourth|last|other|new|latest)\s+)?"
    r"(?:memorandum|memoranda|MoUs?|memorandum\s+of\s+understanding)\b",
    re.IGNORECASE,
)


def memorandum_kind(kind: DealKind, words: str) -> DealKind:
    """An MoU when ``words`` open by naming a memorandum ("The first memorandum, signed by …,
    provides for the supply of …"): what it provides is its item, not its kind."""
    return DealKind.MOU if _NAMES_MEMORANDUM.match(words) else kind
