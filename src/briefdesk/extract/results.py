"""What extraction returns: small plain records the GUI shows and can turn into brief records.

Every suggestion carries ``evidence``: ``(start, end)`` offsets into the text it came from. The
``to_*`` converters build ``briefdesk.model`` records with checked ``Span`` evidence; the model is
imported inside them so importing this package stays cheap.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Annotations only: importing the model (pydantic) would make `import briefdesk.extract`
    # cost 0.13 s; the pipeline, loaded on the first call, fills these fields with the enums.
    from briefdesk.model import Actor, Deal, Place, Span
    from briefdesk.model.codes import ActorType, DealKind, DealStatus

Evidence = list[tuple[int, int]]
# The CLI's JSON shape: plain values only (str, int, None, lists and dicts of them).
JsonDict = dict[str, object]


@dataclass(frozen=True)
class Reason:
    """Why a suggestion was made: the rule's id and one line in plain words for the user.

    ``rule`` is stable (e.g. ``"person.title-before-name"``); ``text`` is what the window shows,
    e.g. "title before a name: 'Defence Minister'"."""

    rule: str
    text: str

    def to_json(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text}


def _reported() -> DealStatus:
    from briefdesk.model.codes import DealStatus

    return DealStatus.REPORTED


# Kinds the brief format (versions 3 to 5) added that extraction labelled "other" before.
_KEYED_AS_OTHER = frozenset(
    {"concession", "acquisition", "award", "sanctions", "construction", "procurement", "lease"}
)


def fold_key(*parts: str) -> str:
    """A stable suggestion key from its parts: case-folded, whitespace collapsed, ``:``-joined."""
    return ":".join(" ".join(part.casefold().split()) for part in parts)


def _spans(source_id: str, text: str, evidence: Evidence) -> list[Span]:
    from briefdesk.model import Span

    return [
        Span(source_id=source_id, start=s, end=e, quote=text[s:e])
        for s, e in evidence
        if 0 <= s <= e <= len(text)
    ]


def _evidence_json(evidence: Evidence, source_id: str = "") -> list[JsonDict]:
    out: list[JsonDict] = []
    for start, end in evidence:
        item: JsonDict = {"start": start, "end": end}
        if source_id:
            item["source_id"] = source_id
        out.append(item)
    return out


@dataclass
class ActorSuggestion:
    name: str
    type: ActorType
    role: str = ""
    affiliation: str = ""
    country: str = ""  # ISO 3166-1 alpha-2 when known
    aliases: list[str] = field(default_factory=list)
    evidence: Evidence = field(default_factory=list)
    why: list[Reason] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable within one text's extraction: ``actor:<type>:<folded name>``."""
        return fold_key("actor", self.type, self.name)

    def answers_to(self, name: str) -> bool:
        """True when ``name`` is this actor's name or one of its aliases (case-insensitive)."""
        wanted = name.casefold()
        return any(wanted == known.casefold() for known in (self.name, *self.aliases))

    @property
    def label(self) -> str:
        parts = [self.name]
        if self.role:
            parts.append(self.role)
        if self.affiliation:
            parts.append(self.affiliation)
        return ", ".join(parts)

    def to_json(self, source_id: str = "") -> JsonDict:
        return {
            "name": self.name,
            "type": self.type,
            "role": self.role,
            "affiliation": self.affiliation,
            "country": self.country,
            "aliases": list(self.aliases),
            "evidence": _evidence_json(self.evidence, source_id),
            "key": self.key,
            "why": [r.to_json() for r in self.why],
        }

    def to_actor(self, source_id: str, text: str) -> Actor:
        from briefdesk.model import Actor
        from briefdesk.model.codes import ActorType, is_country_code

        country = self.country if is_country_code(self.country) else ""
        affiliation = self.affiliation
        if affiliation and self.type != ActorType.PERSON.value:
            # A body "of Germany" belongs in Country, not printed as its affiliation (N13-37).
            from briefdesk.world import world

            named = world().code_of(affiliation.strip())
            if named and is_country_code(named) and country in ("", named):
                country, affiliation = named, ""
        return Actor(
            type=ActorType(self.type),
            name=self.name,
            aliases=list(self.aliases),
            role=self.role,
            affiliation=affiliation,
            country=country,
            evidence=_spans(source_id, text, self.evidence),
        )


@dataclass
class MoneySuggestion:
    amount: Decimal
    currency: str
    as_stated: str
    evidence: Evidence = field(default_factory=list)
    estimate: bool = False  # hedged in the source: "more than", "up to", "about"

    def to_json(self) -> JsonDict:
        amount: int | str = (
            int(self.amount) if self.amount == self.amount.to_integral_value() else str(self.amount)
        )
        return {
            "amount": amount,
            "currency": self.currency,
            "as_stated": self.as_stated,
            "estimate": self.estimate,
        }


@dataclass
class DealSuggestion:
    kind: DealKind
    item: str = ""
    quantity: int | None = None
    value: MoneySuggestion | None = None
    buyer: str = ""  # the borrower (loans, grants), concessionaire, payee or target
    seller: str = ""  # the lender (loans, grants), grantor, payer or imposing party
    status: DealStatus = field(default_factory=_reported)
    evidence: Evidence = field(default_factory=list)
    item_evidence: Evidence = field(default_factory=list)
    buyer_key: str = ""  # ActorSuggestion.key of the buyer (borrower), "" when not an actor
    seller_key: str = ""  # ActorSuggestion.key of the seller (lender)
    why: list[Reason] = field(default_factory=list)
    quantity_hedge: str = ""  # "up to" in "up to 11 drones": the count is a ceiling, not exact
    # Further parties named on a side beside ``buyer``/``seller`` ("a loan led by Banco
    # Meridional and Kiyomi Bank": seller "Banco Meridional", more_sellers ["Kiyomi Bank"]).
    # Not part of the key; empty in readings made before the field (and left out of JSON then).
    more_buyers: list[str] = field(default_factory=list)
    more_sellers: list[str] = field(default_factory=list)
    # The partners of a deal signed alike (joint venture, MoU, trade agreement), which by the
    # gold conventions has no buyer or seller; their actor keys beside. Same rules as above.
    signatories: list[str] = field(default_factory=list)
    signatory_keys: list[str] = field(default_factory=list)
    # A loan's guarantors ("Exportia has guaranteed 85 per cent of a loan", round 20 N20-09),
    # beside its lender and borrower; their actor keys beside. Same rules as above.
    guarantors: list[str] = field(default_factory=list)
    guarantor_keys: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Stable within one text's extraction: kind, item and value as stated (without its
        hedge: the key stays what it was before hedges were kept, so past dismissals hold)."""
        stated = self.value.as_stated if self.value else ""
        if self.value is not None and self.value.estimate:
            from briefdesk.extract.money_hedge import without_hedge  # imports this module

            stated = without_hedge(stated)
        # A concession or a stake was kind "other" before format 3 named them: keyed as
        # before, so a suggestion dismissed then stays dismissed.
        kind = "other" if self.kind in _KEYED_AS_OTHER else self.kind
        return fold_key("deal", kind, self.item, stated)

    @property
    def is_loan(self) -> bool:
        return self.kind in {"loan", "grant"}

    @property
    def label(self) -> str:
        value = f" {self.value.as_stated}" if self.value else ""
        parties = " → ".join(p for p in (self.seller, self.buyer) if p)
        parties = parties or " and ".join(self.signatories)
        what = self.item or self.kind.replace("_", " ")
        return f"{what}{value}" + (f" ({parties})" if parties else "")

    def to_json(self, source_id: str = "") -> JsonDict:
        out: JsonDict = {
            "kind": self.kind,
            "item": self.item,
            "quantity": self.quantity,
            "quantity_hedge": self.quantity_hedge,
            "value": self.value.to_json() if self.value else None,
            "buyer": self.buyer,
            "seller": self.seller,
            "status": self.status,
            "evidence": _evidence_json(self.evidence, source_id),
            "key": self.key,
            "buyer_key": self.buyer_key,
            "seller_key": self.seller_key,
            "why": [r.to_json() for r in self.why],
        }
        from briefdesk.model.codes import deal_sides

        if self.more_buyers or self.more_sellers:
            out["more_buyers"] = list(self.more_buyers)
            out["more_sellers"] = list(self.more_sellers)
        if self.signatories:
            out["signatories"] = list(self.signatories)
            out["signatory_keys"] = list(self.signatory_keys)
        if self.guarantors:
            out["guarantors"] = list(self.guarantors)
            out["guarantor_keys"] = list(self.guarantor_keys)
        receives, gives = deal_sides(self.kind)
        if receives not in ("buyer", gives):  # a loan's borrower and lender, a grantor…
            out[str(receives.value)] = self.buyer
            out[str(gives.value)] = self.seller
        return out

    def to_deal(self, source_id: str, text: str, actor_ids_by_name: dict[str, str]) -> Deal:
        from briefdesk.model import Deal, DealItem, DealParty, Money
        from briefdesk.model.codes import DealKind, DealStatus, PartyRole, deal_sides

        # The two slots in the kind's words: borrower and lender, concessionaire and grantor…
        buyer_role, seller_role = deal_sides(self.kind)
        named = [(self.buyer, buyer_role), *((n, buyer_role) for n in self.more_buyers)]
        others = [(self.seller, seller_role), *((n, seller_role) for n in self.more_sellers)]
        # Signatories: the first-named signs first (the seller slot holds the one named first).
        named = others + named if buyer_role == seller_role else named + others
        if not (self.buyer or self.seller):  # a venture's partners sign alike
            named = [(name, PartyRole.SIGNATORY) for name in self.signatories]
        named += [(name, PartyRole.GUARANTOR) for name in self.guarantors]
        parties: list[DealParty] = []
        for name, role in named:
            if name and name in actor_ids_by_name:
                party = DealParty(actor_id=actor_ids_by_name[name], role=role)
                if party not in parties:
                    parties.append(party)
        items = []
        if self.item:
            items.append(
                DealItem(
                    designation=self.item,
                    quantity=self.quantity,
                    evidence=_spans(source_id, text, self.item_evidence),
                )
            )
        value = None
        if self.value:
            value = Money(
                amount=self.value.amount,
                currency=self.value.currency,
                as_stated=self.value.as_stated,
                estimate=self.value.estimate,
                evidence=_spans(source_id, text, self.value.evidence),
            )
        return Deal(
            kind=DealKind(self.kind),
            title=self.label,
            parties=parties,
            items=items,
            value=value,
            status=DealStatus(self.status),
            evidence=_spans(source_id, text, self.evidence),
        )


@dataclass
class PlaceSuggestion:
    name: str
    country: str = ""
    evidence: Evidence = field(default_factory=list)
    why: list[Reason] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold_key("place", self.name)

    @property
    def label(self) -> str:
        return self.name

    def to_place(self, source_id: str, text: str) -> Place:
        from briefdesk.model import Place
        from briefdesk.model.codes import is_country_code

        return Place(
            name=self.name,
            country=self.country if is_country_code(self.country) else "",
            evidence=_spans(source_id, text, self.evidence),
        )


@dataclass
class DateSuggestion:
    text: str
    resolved: dt.date | None = None
    precision: str = ""  # day | month | year | "" (unresolved)
    evidence: Evidence = field(default_factory=list)
    why: list[Reason] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold_key("date", self.text)

    @property
    def resolved_text(self) -> str | None:
        """The resolved date only as precise as the text: "2027", "2027-03" or "2027-03-12".

        ``resolved`` stays a full ``date`` (the GUI compares it with deal dates and only takes
        it as a day when ``precision`` is "day"); this is the form for people and JSON, so a
        year alone never reads as 1 January."""
        if self.resolved is None:
            return None
        if self.precision == "year":
            return f"{self.resolved.year:04d}"
        if self.precision == "month":
            return f"{self.resolved.year:04d}-{self.resolved.month:02d}"
        return self.resolved.isoformat()

    @property
    def label(self) -> str:
        shown = self.resolved_text
        return f"{self.text} ({shown})" if shown and shown != self.text else self.text


@dataclass
class SignificanceSuggestion:
    sentence: str
    evidence: Evidence = field(default_factory=list)
    why: list[Reason] = field(default_factory=list)

    @property
    def key(self) -> str:
        return fold_key("significance", self.sentence)

    @property
    def label(self) -> str:
        return self.sentence


@dataclass
class Extraction:
    actors: list[ActorSuggestion] = field(default_factory=list)
    deals: list[DealSuggestion] = field(default_factory=list)
    places: list[PlaceSuggestion] = field(default_factory=list)
    dates: list[DateSuggestion] = field(default_factory=list)
    significance: list[SignificanceSuggestion] = field(default_factory=list)
    source_id: str = ""

    def actor(self, key: str) -> ActorSuggestion | None:
        """The actor suggestion with this key (as in ``DealSuggestion.buyer_key``), or None."""
        return next((a for a in self.actors if a.key == key), None)

    def to_json(self) -> JsonDict:
        """The ``briefdesk extract --json`` shape; extra keys carry resolved dates and spans."""
        sid = self.source_id
        return {
            "actors": [a.to_json(sid) for a in self.actors],
            "deals": [d.to_json(sid) for d in self.deals],
            "places": [p.name for p in self.places],
            "dates": [d.text for d in self.dates],
            "dates_resolved": [
                {
                    "text": d.text,
                    "resolved": d.resolved_text,
                    "precision": d.precision,
                    "evidence": _evidence_json(d.evidence, sid),
                    "key": d.key,
                    "why": [r.to_json() for r in d.why],
                }
                for d in self.dates
            ],
            "place_evidence": [
                {
                    "name": p.name,
                    "country": p.country,
                    "evidence": _evidence_json(p.evidence, sid),
                    "key": p.key,
                    "why": [r.to_json() for r in p.why],
                }
                for p in self.places
            ],
            "significance": [
                {"sentence": s.sentence, "evidence": _evidence_json(s.evidence, sid)}
                for s in self.significance
            ],
        }
