"""Suggestions into records: an actor, a place, a deal with its parties found by key.

The deal's buyer and seller come from ``DealSuggestion.buyer_key``/``seller_key`` and the
extraction's own actor suggestion, so a party's name is never matched twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from briefdesk.editing import linking
from briefdesk.editing.actor_rank import with_rank
from briefdesk.editing.affiliation_full import with_full_affiliation
from briefdesk.editing.co_parties import joined, side
from briefdesk.editing.deal_awarded import awarded
from briefdesk.extract.known_fill import library_note
from briefdesk.extract.results import (
    ActorSuggestion,
    DealSuggestion,
    Extraction,
)
from briefdesk.model import Actor, Brief, Deal, Source
from briefdesk.model.codes import SIGNED_ALIKE, ActorType


def find_actor_for(brief: Brief, suggestion: ActorSuggestion) -> int | None:
    """The brief's actor this suggestion is (same name, an alias, or the same state)."""
    for name in (suggestion.name, *suggestion.aliases):
        found = linking.find_actor(brief, name)
        if found is not None:
            return found
    if suggestion.type == ActorType.STATE.value and suggestion.country:
        for index, actor in enumerate(brief.actors):
            if actor.type == ActorType.STATE and actor.country == suggestion.country:
                return index
    return None


def add_actor(
    brief: Brief, suggestion: ActorSuggestion, source: Source, suggested: Iterable[object] = ()
) -> str:
    """Add the actor unless the brief has it (then cite the new words); returns its id. A new
    person's short affiliation names the one body of the brief or ``suggested`` it stands
    for (N18-08: "Yaprak" → "Yaprak Insaat")."""
    index = find_actor_for(brief, suggestion)
    actor = with_rank(suggestion.to_actor(source.id, source.text), suggestion, source.text)
    # What the library gave, never taken unseen (N23-21): "role and affiliation from the
    # library (brief of 2026-12-03)" is the new actor's note.
    actor.note = actor.note or library_note(suggestion.why)
    if index is None:
        brief.actors.append(with_full_affiliation(actor, brief, suggested))
        return actor.id
    known = brief.actors[index]
    for span in actor.evidence:
        if not linking.has_span(known.evidence, span):
            known.evidence.append(span)
    return known.id


# The words before the receiving and the giving side in an item-less title ("Loan to Ghana").
_TITLE_WORDS = {
    "Sanctions": ("on", "by"),
    "Acquisition": ("by", "from"),
    "Award": ("to", "against"),
    "Procurement": ("by", "from"),  # "Procurement by Chile"
    "Construction": ("for", "by"),  # "Construction for Ministry of Power"
    "Lease": ("by", "from"),  # "Lease by Calveran Air Force", "Lease from Aerolux Leasing"
}


def deal_title(raw: Any, fallback: str = "") -> str:
    """ "JF-17C fighter jets": what is traded, short enough for a heading. The parties have
    their own rows (a title "… (Hanwha Aerospace → Defence Materiel Agency)" took two lines as
    the deal sheet's heading), and so does the value (a title quoting it goes stale when the
    amount is corrected). Without an item: "Arms sale to Norway", "Loan to Ghana"."""
    item = str(getattr(raw, "item", "") or "").strip()
    if item:
        return item[:1].upper() + item[1:]
    kind = str(getattr(raw, "kind", "") or "").replace("_", " ").strip()
    if not kind:
        return fallback
    kind = "MoU" if kind == "mou" else kind[:1].upper() + kind[1:]
    buyer, seller = _whole(raw, "buyer"), _whole(raw, "seller")
    if kind == "Other":  # the catch-all kind is no word for a reader: "Other to Indonesia"
        party = buyer or seller
        return f"Deal with {party}" if party else "Deal"
    if str(getattr(raw, "kind", "")) in SIGNED_ALIKE:  # no side receives: no "to" (N18-03)
        names = [name for name in (seller, buyer) if name]
        names = names or [str(n) for n in getattr(raw, "signatories", None) or []]
        if not names:
            return kind
        return f"{kind} {'between' if len(names) > 1 else 'with'} {joined(names)}"
    to, by = _TITLE_WORDS.get(kind, ("to", "from"))  # "Sanctions on Belarus"
    if buyer:
        return f"{kind} {to} {buyer}"
    return f"{kind} {by} {seller}" if seller else kind


def _whole(raw: Any, slot: str) -> str:
    """The side ``slot`` names with its co-parties: "Acquisition by Granite Peak and Baltic
    Pension Capital", never the first buyer alone (newcomer21 N21-07)."""
    name = str(getattr(raw, slot, "") or "")
    more = [str(n) for n in getattr(raw, f"more_{slot}s", None) or []]
    return joined(side(name, more)) if name else ""


def _key_of(extraction: Extraction | None, name: str) -> str:
    """The key of the extraction's actor suggestion named ``name`` (a co-lender named beside
    the lender, N17-02), or "" when it has none."""
    if extraction is None:
        return ""
    return next((a.key for a in extraction.actors if name in (a.name, *a.aliases)), "")


def _signatories(
    suggestion: DealSuggestion, extraction: Extraction | None
) -> list[tuple[str, str]]:
    """The partners of a deal signed alike with their keys (a key looked up when missing)."""
    keys = [*suggestion.signatory_keys, *[""] * len(suggestion.signatories)]
    return [
        (name, key or _key_of(extraction, name))
        for name, key in zip(suggestion.signatories, keys, strict=False)
    ]


def _guarantors(suggestion: DealSuggestion, extraction: Extraction | None) -> list[tuple[str, str]]:
    """A loan's guarantors with their keys (a key looked up when missing; N20-09)."""
    keys = [*suggestion.guarantor_keys, *[""] * len(suggestion.guarantors)]
    return [
        (name, key or _key_of(extraction, name))
        for name, key in zip(suggestion.guarantors, keys, strict=False)
    ]


def add_deal(
    brief: Brief, suggestion: DealSuggestion, extraction: Extraction | None, source: Source
) -> Deal:
    """Add the deal and any party the brief lacks; parties are found by their suggestion key."""
    ids: dict[str, str] = {}
    for name, key in (
        (suggestion.buyer, suggestion.buyer_key),
        *((name, _key_of(extraction, name)) for name in suggestion.more_buyers),
        (suggestion.seller, suggestion.seller_key),
        *((name, _key_of(extraction, name)) for name in suggestion.more_sellers),
        *_signatories(suggestion, extraction),
        *_guarantors(suggestion, extraction),
    ):
        if not name or name in ids:
            continue
        party = extraction.actor(key) if extraction is not None and key else None
        if party is not None and extraction is not None:
            ids[name] = add_actor(brief, party, source, extraction.actors)
            continue
        index = linking.find_actor(brief, name)
        if index is None:
            actor = Actor(name=name, type=ActorType.ORGANIZATION)
            brief.actors.append(actor)
            ids[name] = actor.id
        else:
            ids[name] = brief.actors[index].id
    deal = suggestion.to_deal(source.id, source.text, ids)
    if not deal.title or deal.title == suggestion.label:
        deal = deal.model_copy(update={"title": deal_title(suggestion, suggestion.label)})
    deal = awarded(deal, suggestion, extraction, source.text)  # not signed yet (N18-09)
    brief.deals.append(deal)
    return deal


def accept_deal(
    brief: Brief, suggestion: DealSuggestion, extraction: Extraction | None, source: Source
) -> Deal:
    """A deal suggestion the user accepts: :func:`add_deal`, then its own signed date,
    deliveries and option from its sentences, as the draft fills them (newcomer19 N19-08: an
    accepted "the 12-year loan was signed on 26 November" had no signed date)."""
    from briefdesk.editing.draft_dates import add_deal_dates  # (draft_dates reads same_deal)

    add_deal(brief, suggestion, extraction, source)
    if extraction is not None:
        add_deal_dates(brief, len(brief.deals) - 1, suggestion, extraction, source)
    return brief.deals[-1]
