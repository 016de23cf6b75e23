"""Runs the pattern families over one text and assembles an ``Extraction``."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefdesk.extract.components.bylines import credits
from briefdesk.extract.components.chunk_rules import classify
from briefdesk.extract.components.countries import settle_countries
from briefdesk.extract.components.dateline import dateline
from briefdesk.extract.components.late import classify_late
from briefdesk.extract.components.origins import origins
from briefdesk.extract.components.short_forms import short_forms
from briefdesk.extract.dates import find_dates
from briefdesk.extract.deals import DealFinder
from briefdesk.extract.doc import Doc
from briefdesk.extract.money import find_money
from briefdesk.extract.resolver import Found, Resolver
from briefdesk.extract.results import (
    ActorSuggestion,
    DateSuggestion,
    DealSuggestion,
    Extraction,
    MoneySuggestion,
    PlaceSuggestion,
    SignificanceSuggestion,
)
from briefdesk.extract.significance import significance_sentences
from briefdesk.extract.text import Sentence, chunks, normalise, sentences

# Beyond this the patterns still run in linear time, but suggestions stop being useful to a
# reader; the cap bounds time and memory on hostile input.
MAX_CHARS = 2_000_000


def run(text: str, published: dt.date | None, outlet: str = "") -> Extraction:
    # Patterns read a normalised copy of the same length: offsets stay valid for ``text``.
    text = normalise(text[:MAX_CHARS])
    sents = sentences(text)
    found = find_actors(Doc(text, outlet, sents), sents)
    countries = Counter(
        actor.country
        for actor in found.actors.values()
        for _ in actor.evidence
        if actor.type == "state" and actor.country
    )
    money = find_money(text, countries)
    deals = DealFinder(text, found).run(sents, money)

    actors = []
    type_order = {"person": 0, "organization": 1, "international_organization": 2, "state": 3}
    for actor in sorted(
        found.actors.values(),
        key=lambda a: (type_order[a.type], a.evidence[0] if a.evidence else (0, 0)),
    ):
        actors.append(
            ActorSuggestion(
                name=actor.name,
                type=actor.type,
                role=actor.role,
                affiliation=actor.affiliation,
                country=actor.country,
                aliases=list(actor.aliases),
                evidence=sorted(actor.evidence),
            )
        )
    deal_suggestions = []
    for deal in deals:
        value = None
        if deal.value:
            value = MoneySuggestion(
                deal.value.amount,
                deal.value.currency,
                deal.value.as_stated,
                [(deal.value.start, deal.value.end)],
            )
        deal_suggestions.append(
            DealSuggestion(
                kind=deal.kind,
                item=deal.item,
                quantity=deal.quantity,
                value=value,
                buyer=deal.buyer,
                seller=deal.seller,
                status=deal.status,
                evidence=sorted(set(deal.evidence)),
                item_evidence=[deal.item_span] if deal.item_span else [],
            )
        )
    for deal_suggestion in deal_suggestions:
        deal_suggestion.buyer_key = _actor_key(actors, deal_suggestion.buyer)
        deal_suggestion.seller_key = _actor_key(actors, deal_suggestion.seller)
    places = [
        PlaceSuggestion(p.name, p.country, sorted(p.evidence))
        for p in sorted(found.places.values(), key=lambda p: p.evidence[0])
    ]
    dates = [
        DateSuggestion(d.text, d.resolved, d.precision, [(d.start, d.end)])
        for d in find_dates(text, published)
    ]
    significance = [
        SignificanceSuggestion(s.text, [(s.start, s.end)]) for s in significance_sentences(sents)
    ]
    return Extraction(
        actors=actors, deals=deal_suggestions, places=places, dates=dates, significance=significance
    )


def _actor_key(actors: list[ActorSuggestion], name: str) -> str:
    """The key of the actor suggestion a deal party names, so users never re-match names."""
    if not name:
        return ""
    match = next((a for a in actors if a.answers_to(name)), None)
    return match.key if match else ""


def find_actors(doc: Doc, sents: list[Sentence]) -> Found:
    res = Resolver(doc)
    dateline(res)
    origins(res)
    credits(res)
    pending = res.pending
    for sentence in sents:
        for chunk in chunks(sentence):
            if not classify(res, sentence, chunk):
                pending.append((sentence, chunk))
    for sentence, chunk in pending:
        classify_late(res, sentence, chunk)
    short_forms(res)
    settle_countries(res, sents)
    return res.found
