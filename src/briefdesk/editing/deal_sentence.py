"""The drafted BLUF's one sentence about a deal, worded as an analyst would write it.

"The United States has signed a deal to sell 12 F-16 fighter jets to the Philippines for
$5.58 billion." — one sentence per kind of deal (a sale or supply, a loan or grant, a concession
or licence, an agreement) and status, from either party's side when only one is known, and in
the passive when neither is; states and bodies get "the" where English needs it
(:mod:`briefdesk.definite`), and "deal" is said at most once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefdesk.definite import with_the
from briefdesk.editing.co_parties import joined, side
from briefdesk.editing.deal_act import BARTER, leased, own_act
from briefdesk.editing.deal_agreement import AGREEMENTS as _AGREEMENTS
from briefdesk.editing.deal_agreement import NAMED, named_agreement
from briefdesk.editing.deal_agreement import agreement as _agreement
from briefdesk.editing.deal_concession import concession, invests
from briefdesk.editing.deal_led import awarded as _awarded
from briefdesk.editing.deal_led import takeover as _takeover
from briefdesk.editing.deal_orders import ORDERED as _ORDERED
from briefdesk.editing.deal_service import service_link
from briefdesk.editing.deal_works import WORKS as _WORKS
from briefdesk.editing.loan_purpose import with_article as _with_article
from briefdesk.editing.source_voice import BUYER, SELLER, Voice
from briefdesk.extract.results import DealSuggestion
from briefdesk.model.codes import DealStatus

_RIGHTS = re.compile(
    r"\b(?:concessions?|licen[cs]es?|permits?|leases?|PSCs?|production[- ]sharing|"
    r"offtake|off-take)\b",
    re.IGNORECASE,
)
# Scale and currency words a shouting headline writes in capitals ("US$420 MILLION"): the draft
# is prose, so they are written small (codes such as "USD" or "CFA" stay as they are; N11-14).
_SHOUTED = re.compile(
    r"\b(?:MILLIONS?|BILLIONS?|TRILLIONS?|THOUSANDS?|DOLLARS?|EUROS?|POUNDS?|FRANCS?|RUPEES?|"
    r"PESOS?|RIYALS?|DIRHAMS?|CROWNS?|KRONER|KRONOR)\b"
)
_DETERMINER = re.compile(r"^(?:a|an|the|its|their)\s", re.IGNORECASE)
_AN_NUMBER = re.compile(r"(?:8|11|18)(?!\d)|8\d")  # "an 8% stake", "an 11% stake"
_SERVICE_LINKS = {"to": "service_to", "for the": "service", "for": "contract"}
_NO_ITEM = {"arms_sale": "arms", "energy_supply": "energy", "acquisition": "a stake"}
_PARTICIPLE = {
    DealStatus.REPORTED: "reported",
    DealStatus.PROPOSED: "proposed",
    DealStatus.APPROVED: "approved",
    DealStatus.SIGNED: "signed",
    DealStatus.SUSPENDED: "suspended",
    DealStatus.CANCELLED: "cancelled",
}


@dataclass(frozen=True)
class _Parts:
    """The deal's words, ready to place: parties with their article, the value as stated."""

    status: DealStatus
    seller: str  # the lender for loans and grants, the grantor of a concession
    buyer: str  # the borrower, the holder
    value: str
    item: str
    quantity: int | None
    quantity_hedge: str = ""  # "up to" 11 drones
    own_verb: str = ""  # the source's own "is considering" for a proposal (N13-38)
    lead: str = ""  # the side the source speaks for, "buyer" or "seller" (N17-09)
    awarded: bool = False  # the deal's own words say it was awarded
    signed_said: bool = False  # its own words say signed, never awarded (N25-14)
    more_sellers: tuple[str, ...] = ()  # co-lenders, a consortium's other members (N19-02)
    more_buyers: tuple[str, ...] = ()

    def first(self, name: str) -> str:
        names = self.side_of(name)
        return joined([with_the(names[0], start=True), *(with_the(n) for n in names[1:])])

    def other(self, name: str) -> str:
        return joined([with_the(n) for n in self.side_of(name)])

    def side_of(self, name: str) -> list[str]:
        """``name`` with the co-parties of the side it heads ("A" → "A", "B")."""
        if name and name == self.seller:
            return side(name, self.more_sellers)
        if name and name == self.buyer:
            return side(name, self.more_buyers)
        return [name]

    def plural(self, name: str) -> bool:
        return len(self.side_of(name)) > 1


# A proposal as the source words it: "is considering a loan" was drafted "has offered a loan",
# which overstates it (newcomer13 N13-38); the sentence keeps the source's own verb.
_WEIGHING = re.compile(
    r"\b(?:is|are)\s+(?:considering|weighing|studying|exploring|discussing|negotiating|"
    r"mulling|in\s+talks\s+(?:on|over|about))\b"
)


def own_verb(deal: DealSuggestion, text: str) -> str:
    """ "is considering" when the deal's own words say a proposal is being weighed; else ""."""
    for start, end in deal.evidence:
        found = _WEIGHING.search(text[start:end])
        if found:
            return " ".join(found.group().split())
    return ""


_SIGNED = re.compile(r"\b(?:signed|signs|inked|concluded)\b", re.IGNORECASE)
_AWARD = re.compile(r"\baward", re.IGNORECASE)


def signed_said(deal: DealSuggestion, text: str) -> bool:
    """Whether the deal's own sentences say it was signed and none says awarded: the draft
    then says "has signed", not "has awarded" (newcomer25 N25-14)."""
    said = [text[start:end] for start, end in deal.evidence]
    return any(_SIGNED.search(s) for s in said) and not any(_AWARD.search(s) for s in said)


def deal_sentence(deal: DealSuggestion, text: str = "", voice: Voice | None = None) -> str:
    """One sentence for the BLUF draft; "" when the deal says too little (no party, item or
    value) to be worth a sentence. With the source's ``text``, a proposal keeps its verb; with
    a ``voice``, the side the source speaks for leads (:mod:`source_voice`)."""
    try:
        status = DealStatus(deal.status)
    except ValueError:
        status = DealStatus.REPORTED
    parts = _Parts(
        status=status,
        seller=deal.seller.strip(),
        buyer=deal.buyer.strip(),
        value=_SHOUTED.sub(lambda m: m.group().lower(), deal.value.as_stated.strip())
        if deal.value is not None
        else "",
        item=" ".join(deal.item.split()),
        quantity=deal.quantity,
        quantity_hedge=deal.quantity_hedge,
        own_verb=own_verb(deal, text) if text and status is DealStatus.PROPOSED else "",
        lead=voice.side if voice is not None else "",
        awarded=voice is not None and voice.awarded,
        signed_said=signed_said(deal, text) if text and status is DealStatus.SIGNED else False,
        more_sellers=tuple(deal.more_sellers) if deal.seller.strip() else (),
        more_buyers=tuple(deal.more_buyers) if deal.buyer.strip() else (),
    )
    if not (parts.seller or parts.buyer or parts.item or parts.value):
        return ""
    kind = str(deal.kind)
    act = own_act(deal, text)  # a lease, charter or barter in its own verb (N21-02)
    if act == BARTER:
        text = _agreement(parts, "barter")
    elif act:
        text = leased(parts, act, _goods(parts) or "goods")
    elif deal.is_loan:
        text = _loan(parts, kind)
    elif kind in _AGREEMENTS:
        text = _agreement(parts, kind)
    elif kind in _WORKS:
        text = _WORKS[kind](parts)
    elif kind == "concession" or (kind == "other" and _RIGHTS.search(parts.item)):
        rights = _rights(parts.item, parts.status)
        text = concession(parts, rights, invests(deal, text), kind == "concession")
    elif kind in _ORDERED:
        text = _ORDERED[kind](parts)
    elif kind == "other" and not parts.item:
        text = _agreement(parts, "contract")
    elif kind == "other" and named_agreement(parts.item):  # (N22-02)
        text = _agreement(replace(parts, value=parts.value + _yearly(deal, text)), NAMED)
    elif kind == "other" and (link := service_link(parts.item)):
        text = _agreement(parts, _SERVICE_LINKS[link])
    else:
        text = _sale(parts, kind)
    return _finish(_agreeing(text, parts))


_YEARLY = re.compile(r"\s+(?:a|per)\s+(?:year|annum)\b")


def _yearly(deal: DealSuggestion, text: str) -> str:
    """ " a year" when the source gives the value as a yearly sum ("EUR 6.5 million a year"):
    an access agreement's yearly payment is not its whole worth (N22-02)."""
    if deal.value is None or not deal.value.evidence or not text:
        return ""
    end = deal.value.evidence[0][1]
    return " a year" if _YEARLY.match(text, end) else ""


# A subject of two or more parties takes the plural verb ("A and B have signed").
_PLURAL_VERB = {"has": "have", "is": "are", "was": "were"}


def _agreeing(text: str, p: _Parts) -> str:
    """``text`` with the verb after a subject of several parties made plural, and the
    subject's "its" made "their" ("A and B have signed …", "are completing their purchase")."""
    for name in (p.seller, p.buyer):
        if not name or not p.plural(name):
            continue
        for subject in (p.first(name), p.other(name)):
            if text.startswith(subject + " "):
                rest = text[len(subject) + 1 :]
                verb, _, tail = rest.partition(" ")
                if verb in _PLURAL_VERB:
                    tail = re.sub(r"^(\w+ )its\b", r"\1their", tail)
                    return f"{subject} {_PLURAL_VERB[verb]} {tail}"
    return text


def _finish(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:].rstrip(".") + "."


def _passive(status: DealStatus, ongoing: str, done: str) -> str:
    """The verb for a deal that is the subject: "has been approved", "is being delivered"."""
    if status is DealStatus.IN_DELIVERY:
        return f"is being {ongoing}"
    if status is DealStatus.DELIVERED:
        return f"has been {done}"
    if status is DealStatus.REPORTED:
        return "has been reported"
    return f"has been {_PARTICIPLE[status]}"


# --- sales and supplies -------------------------------------------------------------------


def _sale(p: _Parts, kind: str) -> str:
    inf, ger, noun, done = {
        "energy_supply": ("supply", "supplying", "supply", "supplied"),
        "acquisition": ("sell", "selling", "sale", "sold"),  # a stake is sold, not delivered
    }.get(kind, ("sell", "selling", "sale", "delivered"))
    ongoing = {"energy_supply": ger, "acquisition": "transferring"}.get(kind, "delivering")
    goods = _goods(p)
    if kind == "acquisition" and p.item[:1].isdigit() and not p.quantity:
        goods = f"{'an' if _AN_NUMBER.match(p.item) else 'a'} {p.item}"  # "a 10% stake"
    goods = goods or _NO_ITEM.get(kind, "goods")
    for_v = f" for {p.value}" if p.value else ""
    worth = f", worth {p.value}" if p.value else ""
    if p.seller and p.status in (DealStatus.SUSPENDED, DealStatus.CANCELLED):
        # Who ended a sale is seldom what the status says (an offer the buyer turned down is
        # "cancelled" too): name the seller, blame nobody (N12-26).
        to = f" to {p.other(p.buyer)}" if p.buyer else ""
        worth_mid = f", worth {p.value}," if p.value else ""
        ended = _PARTICIPLE[p.status]
        return f"the {noun} of {goods}{worth_mid} by {p.other(p.seller)}{to} has been {ended}"
    if p.buyer and p.seller and p.lead == BUYER and p.awarded:
        return _awarded(p, goods)
    takeover = kind == "acquisition" and not is_stake(p.item) and p.lead != SELLER
    if p.buyer and p.seller and (takeover or p.lead == BUYER):
        return _takeover(p, goods, for_v)
    if p.seller:
        to = f" to {p.other(p.buyer)}" if p.buyer else ""
        s = p.first(p.seller)
        under = for_v if kind == "acquisition" else _under(p.value)  # a stake "sold for"
        return {
            DealStatus.REPORTED: f"{s} is reported to be {ger} {goods}{to}{for_v}",
            DealStatus.PROPOSED: f"{s} has proposed {ger} {goods}{to}{for_v}",
            DealStatus.APPROVED: f"{s} has approved the {noun} of {goods}{to}{worth}",
            DealStatus.SIGNED: f"{s} has signed a deal to {inf} {goods}{to}{for_v}",
            DealStatus.IN_DELIVERY: f"{s} is {ongoing} {goods}{to}{under}",
            DealStatus.DELIVERED: f"{s} has {done} {goods}{to}{under}",
        }[p.status]
    if p.buyer:
        b = p.first(p.buyer)
        bought = f", bought for {p.value}" if p.value else ""
        if kind == "acquisition" and p.status is DealStatus.IN_DELIVERY:
            return f"{b} is completing its purchase of {goods}{for_v}"
        if kind == "acquisition" and p.status is DealStatus.DELIVERED:
            return f"{b} has bought {goods}{for_v}"
        return {
            DealStatus.REPORTED: f"{b} is reported to be buying {goods}{for_v}",
            DealStatus.PROPOSED: f"{b} has proposed buying {goods}{for_v}",
            DealStatus.APPROVED: f"{b} has approved the purchase of {goods}{worth}",
            DealStatus.SIGNED: f"{b} has signed a deal to buy {goods}{for_v}",
            DealStatus.IN_DELIVERY: f"{b} is taking delivery of {goods}{bought}",
            DealStatus.DELIVERED: f"{b} has taken delivery of {goods}{bought}",
            DealStatus.SUSPENDED: f"{b} has suspended the purchase of {goods}{worth}",
            DealStatus.CANCELLED: f"{b} has cancelled the purchase of {goods}{worth}",
        }[p.status]
    sold = f", sold for {p.value}," if p.value else ""
    if kind == "acquisition" and p.status in (DealStatus.IN_DELIVERY, DealStatus.DELIVERED):
        now = "under way" if p.status is DealStatus.IN_DELIVERY else "complete"
        return f"the sale of {goods}{worth.rstrip()}{',' if worth else ''} is {now}"
    if p.status is DealStatus.IN_DELIVERY:
        return f"Deliveries of {goods}{sold} are under way"
    if p.status is DealStatus.DELIVERED:
        return f"Delivery of {goods}{sold} is complete"
    return f"A deal to {inf} {goods}{for_v} has been {_PARTICIPLE[p.status]}"


def _goods(p: _Parts) -> str:
    """ "two Kestrel KT-400 transports": the item with its count in house style."""
    count = f"{p.quantity_hedge} {in_words(p.quantity)}".strip()
    return f"{count} {p.item}" if p.item and p.quantity else p.item


def is_stake(item: str) -> bool:
    """A share sold off ("a 10% stake", "its stake in the Norte field"): the seller's act."""
    return item[:1].isdigit() or "stake" in item.casefold() or "share" in item.casefold()


_SMALL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def in_words(count: int | None) -> str:
    """House style: one to nine in words ("three offshore patrol vessels"), 10 and up in
    figures, as the analysts write them (N10-10)."""
    if count is not None and 1 <= count <= len(_SMALL):
        return _SMALL[count - 1]
    return str(count) if count is not None else ""


def _under(value: str) -> str:
    return f" under a deal worth {value}" if value else ""


# --- loans and grants ---------------------------------------------------------------------


def _loan(p: _Parts, kind: str) -> str:
    word = "grant" if kind == "grant" else "loan"
    money = f"a {word} of {p.value}" if p.value else f"a {word}"
    signed = f"a {word} agreement worth {p.value}" if p.value else f"a {word} agreement"
    purpose = f" for {_with_article(p.item)}" if p.item else ""
    if p.seller and not (p.lead == BUYER and p.buyer):
        s = p.first(p.seller)
        if p.own_verb:
            return (
                f"{s} {p.own_verb} {money}{f' to {p.other(p.buyer)}' if p.buyer else ''}{purpose}"
            )
        if p.status is DealStatus.SIGNED and p.buyer and p.plural(p.seller):
            # "A and B and Zambia have signed" reads as three lenders: the borrower after "with"
            return f"{s} have signed {signed} with {p.other(p.buyer)}{purpose}"
        if p.status is DealStatus.SIGNED:
            both = f"{s} and {p.other(p.buyer)} have" if p.buyer else f"{s} has"
            return f"{both} signed {signed}{purpose}"
        to = f" to {p.other(p.buyer)}" if p.buyer else ""
        verb = {
            DealStatus.REPORTED: "is reported to be extending",
            DealStatus.PROPOSED: "has offered",
            DealStatus.APPROVED: "has approved",
            DealStatus.IN_DELIVERY: "is disbursing",
            DealStatus.DELIVERED: "has disbursed",
            DealStatus.SUSPENDED: "has suspended",
            DealStatus.CANCELLED: "has cancelled",
        }[p.status]
        return f"{s} {verb} {money}{to}{purpose}"
    if p.buyer:
        b = p.first(p.buyer)
        if p.status in (DealStatus.SUSPENDED, DealStatus.CANCELLED):
            return f"{money} to {p.other(p.buyer)}{purpose} has been {_PARTICIPLE[p.status]}"
        if p.seller:  # the borrower's own announcement (N17-09): the lender after "from"
            with_s = "with" if p.status is DealStatus.SIGNED else "from"
            money = f"{money} {with_s} {p.other(p.seller)}"
            signed = f"{signed} {with_s} {p.other(p.seller)}"
        verb = {
            DealStatus.REPORTED: "is reported to be receiving",
            DealStatus.PROPOSED: "has been offered",
            DealStatus.APPROVED: "has secured",
            DealStatus.SIGNED: "has signed",
            DealStatus.IN_DELIVERY: "is receiving",
            DealStatus.DELIVERED: "has received",
        }[p.status]
        what = signed if p.status is DealStatus.SIGNED else money
        return f"{b} {verb} {what}{purpose}"
    if p.status is DealStatus.SIGNED:
        return f"{signed}{purpose} has been signed"
    return f"{money}{purpose} {_passive(p.status, 'disbursed', 'disbursed')}"


# --- concessions, licences, production-sharing contracts: deal_concession ----------------


def _rights(item: str, status: DealStatus) -> str:
    """ "the Block 12 concession", "a fisheries access agreement"; goods or a site with no word
    for the rights: "a concession for the spaceport" (a deal the user filed as a concession),
    "the" once it is held."""
    held = status in (DealStatus.SUSPENDED, DealStatus.CANCELLED)
    if not item:
        return "the concession" if held else "a concession"
    if named_agreement(item) and not _DETERMINER.match(item) and not held:  # (round 23)
        return f"{'an' if item[:1] in 'aeiou' else 'a'} {item}"
    if _RIGHTS.search(item):
        return item if _DETERMINER.match(item) else f"the {item}"
    place = item if _DETERMINER.match(item) or item[:1].isupper() else f"the {item}"
    noun = "the concession" if held else "a concession"
    return f"{noun} for {with_the(place) if place[:1].isupper() else place}"
