"""Actors, places and deals in the user's words: vocabularies, codes, money and party names.

The window picks these from combo boxes; a script types them. Each reader here turns what was
typed into the model's value or raises ``RecordError`` with one line naming the field and what
it allows, so ``briefdesk actors|places|deals`` refuse a bad value before anything is saved.
Codes are checked by the model's own registries (briefdesk.world, pycountry's ISO 4217).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from briefdesk.editing import linking
from briefdesk.editing.records import RecordError
from briefdesk.model import Actor, Brief, Deal, DealParty, Money
from briefdesk.model.codes import (
    ActorType,
    DealKind,
    DealStatus,
    PartyRole,
    is_country_code,
    is_currency_code,
)

_E = TypeVar("_E", bound=Enum)

# British spellings a user types for the model's American ones.
_SPELLINGS = {
    "organisation": "organization",
    "international_organisation": "international_organization",
}


def choice(vocabulary: type[_E], text: str, field: str) -> _E:
    """The term of ``vocabulary`` typed as ``arms sale``, ``arms-sale`` or ``arms_sale``."""
    key = "_".join(text.replace("-", " ").replace("_", " ").lower().split())
    key = _SPELLINGS.get(key, key)
    for term in vocabulary:
        if term.value == key:
            return term
    allowed = ", ".join(str(term.value) for term in vocabulary)
    raise RecordError(f"{field} {text!r} is not allowed; use one of: {allowed}")


def actor_type(text: str) -> ActorType:
    return choice(ActorType, text, "type")


def deal_kind(text: str) -> DealKind:
    return choice(DealKind, text, "kind")


def deal_status(text: str, kind: DealKind | None = None) -> DealStatus:
    """A status typed as the scale says it ("signed") or, for ``kind``, as the editor shows it
    for that kind ("adopted" for sanctions, "granted" for a concession; N14-37)."""
    from briefdesk.model.status_words import status_choices, status_for_words

    if kind is not None and (named := status_for_words(kind, text)) is not None:
        return named
    try:
        return choice(DealStatus, text, "status")
    except RecordError:
        shown = ", ".join(words.lower() for words, _status in status_choices(kind or ""))
        if kind is None or shown == ", ".join(s.value.replace("_", " ") for s in DealStatus):
            raise
        raise RecordError(
            f"status {text!r} is not allowed; use one of: {shown}"
            f" (or the scale's own: {', '.join(s.value for s in DealStatus)})"
        ) from None


def party_role(text: str) -> PartyRole:
    return choice(PartyRole, text, "party role")


def country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code (any case) or a state's name (``Pakistan``); ``none`` clears."""
    words = text.strip()
    if words.lower() in ("", "none"):
        return ""
    if is_country_code(words.upper()) and len(words) == 2:
        return words.upper()
    from briefdesk.world import world

    code = world().code_of(words) or world().code_of(words.title())
    if code and is_country_code(code):
        return code
    raise RecordError(
        f"country {text!r} is not an ISO 3166-1 alpha-2 code (e.g. PK, AZ) or a country's name"
    )


def state_country(name: str, kind: ActorType) -> str:
    """A state actor's own ISO code from its name ("Egypt" → EG), as drafting fills it; ""
    for other actors or a name the world registry does not know."""
    if kind is not ActorType.STATE:
        return ""
    from briefdesk.world import world

    code = world().code_of(name.strip())
    return code if code and is_country_code(code) else ""


def money(text: str) -> Money | None:
    """``€420 million``, ``about $90m``, ``up to 90 billion yen``, ``420000000 EUR`` or ``1.6
    billion USD``; ``none`` clears it. Read by the extraction's own money reader, hedges and
    currency words included: a hedged value ("about", "up to", "or more", a range) is an
    estimate, as the extractor marks it. The words as typed are kept as stated."""
    words = " ".join(text.split())
    if words.lower() in ("", "none"):
        return None
    parts = words.rsplit(" ", 1)
    amount = _amount(parts[0]) if len(parts) == 2 else None
    code = parts[-1].upper()
    if amount is not None and parts[-1].isalpha() and len(code) == 3 and is_currency_code(code):
        return _money(amount, code, words, text)
    from briefdesk.extract.money import find_money
    from briefdesk.extract.money_hedge import hedged_value

    found = find_money(words)
    read = hedged_value(words, found[0]) if found else None
    if read is not None and read.as_stated.strip() == words and read.currency:
        return _money(read.amount, read.currency, words, text, estimate=read.estimate)
    if amount is not None and parts[-1].isalpha() and len(code) == 3:
        raise RecordError(f"value {text!r}: {parts[-1]!r} is not an ISO 4217 currency code")
    raise RecordError(
        f"value {text!r} is not an amount with its currency "
        "(e.g. '€420 million', 'about $1.6 billion', '90 billion yen' or '420000000 EUR')"
    )


def _amount(text: str) -> Decimal | None:
    multipliers = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
    number, _, multiplier = text.strip().partition(" ")
    try:
        value = Decimal(number.replace(",", ""))
    except InvalidOperation:
        return None
    if multiplier:
        if multiplier.lower() not in multipliers:
            return None
        value *= multipliers[multiplier.lower()]
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _money(
    amount: Decimal, currency: str, stated: str, text: str, *, estimate: bool = False
) -> Money:
    if not is_currency_code(currency):
        raise RecordError(f"value {text!r}: {currency!r} is not an ISO 4217 currency code")
    try:
        return Money(amount=amount, currency=currency, as_stated=stated, estimate=estimate)
    except ValueError as exc:
        reason = str(exc).splitlines()[-1].split(", ", 1)[-1]
        raise RecordError(f"value {text!r}: {reason}") from None


def quantity(text: str) -> int | None:
    words = text.strip().replace(",", "")
    if words.lower() in ("", "none"):
        return None
    if not words.isdigit():
        raise RecordError(f"quantity {text!r} is not a whole number (e.g. 40)")
    return int(words)


def actor_index(brief: Brief, which: str, field: str = "actor") -> int:
    """The actor named ``which``: its number in ``actors list``, its id, its name or an alias."""
    words = which.strip()
    for index, actor in enumerate(brief.actors):
        if actor.id == words:
            return index
    if words.isdigit() and 1 <= int(words) <= len(brief.actors):
        return int(words) - 1
    found = linking.find_actor(brief, words)
    if found is not None:
        return found
    if not brief.actors:
        raise RecordError(f"{field} {which!r}: the brief has no actors yet (add one: actors add)")
    known = "; ".join(f"{n}. {a.name}" for n, a in enumerate(brief.actors, start=1))
    raise RecordError(f"{field} {which!r} is not an actor of the brief ({known}); see actors add")


def party(brief: Brief, spec: str, role: PartyRole | None = None) -> DealParty:
    """``NAME:ROLE`` (or just NAME with ``role`` given) → the party naming that actor."""
    name, given = spec, role
    if role is None:
        name, sep, words = spec.rpartition(":")
        if not sep or not name.strip():
            raise RecordError(f"party {spec!r} is not NAME:ROLE (e.g. 'Pakistan:seller')")
        given = party_role(words)
    assert given is not None
    actor = brief.actors[actor_index(brief, name, "party")]
    return DealParty(actor_id=actor.id, role=given)


def with_parties(kept: list[DealParty], new: list[DealParty]) -> list[DealParty]:
    """``kept`` with each new party replacing whoever held its role before."""
    roles = {p.role for p in new}
    return [*(p for p in kept if p.role not in roles), *new]


def deals_naming(brief: Brief, actor: Actor) -> list[tuple[int, Deal]]:
    """The deals (index, deal) that name ``actor`` as a party."""
    return [
        (index, deal)
        for index, deal in enumerate(brief.deals)
        if any(p.actor_id == actor.id for p in deal.parties)
    ]


def same_actor(brief: Brief, actor: Actor) -> None:
    """Refuse an actor the brief already has (same name or alias, or the same state)."""
    found = linking.find_same_actor(brief, actor)
    if found is not None:
        known = brief.actors[found].name
        raise RecordError(
            f"the brief already has actor {found + 1} {known!r} (change it with actors edit)"
        )
