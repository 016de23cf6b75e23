"""The company a selected stake is in, when the selection does not name it (newcomer22 N22-06).

"The Indian Ocean Development Bank will take the remaining 15 per cent equity stake for US$28
million": the stake is in the body the sentence before is about ("The joint venture, Tanga
Coastal Cement, will be owned 55 per cent by Mkombozi ..."). Read only when the selection says
"a/the remaining/its ... stake" with no "in X" after it; the body is the first organisation the
sentence before names (its subject in news English), one the brief holds or the extraction
suggests there. Used by :mod:`briefdesk.editing.deal_from_text`, which puts it on the seller's
side ("a 60% stake in X": X sells unless a seller is named, as the extraction does).
"""

from __future__ import annotations

import re

from briefdesk.editing.linking import find_actor
from briefdesk.extract import KnownActor, extract_text
from briefdesk.model import Actor, Brief, DealParty, Source, Span
from briefdesk.model.codes import ActorType, PartyRole

# "a stake", "the remaining 15 per cent equity stake", "a 20% shareholding": no "in X" after.
_BARE_STAKE = re.compile(
    r"\b(?:a|an|the(?:\s+remaining)?|its|their)\s+(?:[\d.,]+\s*(?:per\s*cent|percent|%)\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(?:stake|shareholding|interest)\b(?!\s+(?:in|of)\s)"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s+")


def stake_target(
    brief: Brief, source: Source, start: int, text: str, taken: set[str]
) -> tuple[int | None, Actor | None]:
    """(index of the brief's actor, or a new actor) the selected stake is in; (None, None) when
    the words name no bare stake or the sentence before names no organisation. ``taken``: the
    ids of the actors already on the deal (never its target)."""
    if not _BARE_STAKE.search(text):
        return None, None
    first = max(0, start - 600)
    window = source.text[first:start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if not ends or (len(ends) < 2 and first > 0):
        return None, None
    low = ends[-2] if len(ends) > 1 else 0  # the sentence before the selection's
    sentence, offset = window[low : ends[-1]], first + low
    return _first_body(brief, source, sentence, offset, taken)


def _first_body(
    brief: Brief, source: Source, sentence: str, offset: int, taken: set[str]
) -> tuple[int | None, Actor | None]:
    """The first organisation ``sentence`` (at ``offset`` in the source) names."""
    known = tuple(
        KnownActor(name=a.name, aliases=tuple(a.aliases), type=str(a.type.value), country=a.country)
        for a in brief.actors
        if a.name
    )
    found = [
        (s, a)
        for a in extract_text(sentence, published=source.published, known_actors=known).actors
        if a.type in (ActorType.ORGANIZATION.value, ActorType.INTERNATIONAL_ORGANIZATION.value)
        for s, _e in a.evidence[:1]
    ]
    for _at, suggestion in sorted(found, key=lambda pair: pair[0]):
        index = find_actor(brief, suggestion.name)
        if index is not None:
            if brief.actors[index].id in taken:
                continue
            return index, None
        s, e = suggestion.evidence[0]
        span = Span(source_id=source.id, start=offset + s, end=offset + e, quote=sentence[s:e])
        actor = Actor(
            name=suggestion.name, type=suggestion.type, country=suggestion.country, evidence=[span]
        )
        return None, actor
    return None, None


def with_target(
    brief: Brief,
    source: Source,
    start: int,
    text: str,
    parties: list[DealParty],
    new_actors: list[Actor],
) -> list[DealParty]:
    """``parties`` with a bare stake's company from the sentence before on the seller's side
    (added to ``new_actors`` when the brief lacks it); unchanged when there is none."""
    index, actor = stake_target(brief, source, start, text, {p.actor_id for p in parties})
    if actor is not None:
        new_actors.append(actor)
    target = brief.actors[index].id if index is not None else actor.id if actor else None
    if target is None:
        return parties
    return [*parties, DealParty(actor_id=target, role=PartyRole.SELLER)]
