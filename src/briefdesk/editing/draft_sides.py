"""The drafted deal's sides as actors (newcomer13 N13-14).

A draft took only people, so every organisation and state of the deal was one more Enter in the
Suggestions (brief 1: 48 actions, 9 of them actor decisions). The companies and agencies that
are the drafted deal's buyer and seller are the story's actors even when the text gives no
direction (the deal then names no side, N12-26: listing them says nothing about who buys), so the
draft takes them; of two names for one body ("Centre for Defence Investment" and "Estonian
Centre for Defence Investment") the fuller. A side's state is drafted when the text names that
state and the side's country is known; an organisation with no country of its own gets the one
every drafted person working for it has (their country came from the same body: "ASA" is
Norwegian). Other states and bodies stay suggestions.
"""

from __future__ import annotations

from briefdesk.editing.accept import add_actor
from briefdesk.editing.draft_sure import learned
from briefdesk.editing.same_deal import same_contract
from briefdesk.extract.results import ActorSuggestion, DealSuggestion, Extraction
from briefdesk.model import Brief, Source
from briefdesk.model.codes import ActorType


def _sides(deal: DealSuggestion, extraction: Extraction, text: str) -> list[ActorSuggestion]:
    """Every actor named as a side (guessed or not) of ``deal`` or another half of it; not
    the sides of a deal the learned reader proposed."""
    found: list[ActorSuggestion] = []
    for other in extraction.deals:
        if learned(other) or (other is not deal and not same_contract(deal, other, text)):
            continue  # (a learned deal's sides are the reader's guess: draft_sure)
        for key in (other.buyer_key, other.seller_key):
            actor = extraction.actor(key) if key else None
            if actor is not None and actor.type != ActorType.PERSON.value:
                found.append(actor)
    fullest: list[ActorSuggestion] = []
    for actor in sorted(found, key=lambda a: (-len(a.name), -len(a.aliases))):
        folded = actor.name.casefold()
        if not any(folded in kept.name.casefold() for kept in fullest):
            fullest.append(actor)
    return fullest


def _country_from_people(brief: Brief, name: str) -> str:
    countries = {
        a.country
        for a in brief.actors
        if a.type == ActorType.PERSON and a.affiliation == name and a.country
    }
    return countries.pop() if len(countries) == 1 else ""


def add_sides(
    work: Brief, deal: DealSuggestion | None, extraction: Extraction, source: Source
) -> None:
    """Add the deal's sides and their states to ``work`` (people are drafted before)."""
    if deal is None:
        return
    countries: list[str] = []
    for side in _sides(deal, extraction, source.text):
        actor_id = add_actor(work, side, source)
        actor = work.actor(actor_id)
        if actor is None:
            continue
        if not actor.country and actor.type == ActorType.ORGANIZATION:
            actor.country = _country_from_people(work, actor.name)
        if actor.country:
            countries.append(actor.country)
    for state in extraction.actors:
        if state.type == ActorType.STATE.value and state.country in countries:
            add_actor(work, state, source)
