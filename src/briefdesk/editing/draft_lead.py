"""Who an article with no deal is about: the people and organisations its lead names.

A draft takes a deal's parties as its actors; an article that reports no deal (an asset freeze,
a fine, an arrest) has none, and people with a title alone keep the lawyer who spoke and drop
the company and its owner the story is about. The lead (the first paragraph after the headline)
names who the story is about; states and bodies only mentioned there ("the UN arms embargo")
stay suggestions, as in a deal's draft.
"""

from __future__ import annotations

import re

from briefdesk.extract.results import ActorSuggestion, Extraction
from briefdesk.model.codes import ActorType

# Kinds of actor a lead's mention makes one the story is about.
_TAKEN = frozenset({ActorType.PERSON.value, ActorType.ORGANIZATION.value})
_SENTENCE_END = re.compile(r"[.!?…:;]$")
_LEAD_LIMIT = 600  # characters: a lead is a sentence or two, not the whole article


def lead_actors(extraction: Extraction, text: str, headline: str) -> list[ActorSuggestion]:
    """The people and organisations named in the lead of ``text``, in the order named."""
    start, end = lead_span(text, headline)
    if start >= end:
        return []
    found: list[tuple[int, ActorSuggestion]] = []
    for actor in extraction.actors:
        if str(actor.type) not in _TAKEN:
            continue
        inside = [s for s, e in actor.evidence if start <= s and e <= end]
        if inside:
            found.append((min(inside), actor))
    return [actor for _, actor in sorted(found, key=lambda pair: pair[0])]


def lead_span(text: str, headline: str) -> tuple[int, int]:
    """(start, end) of the first paragraph after the headline (lines until a blank one)."""
    start = 0
    if headline:
        at = text.find(headline)
        start = at + len(headline) if at >= 0 else 0
    while start < len(text) and text[start].isspace():
        start += 1
    blank = text.find("\n\n", start)
    line_end = blank if blank >= 0 else len(text)
    return start, min(line_end, start + _LEAD_LIMIT)


def headline_of(text: str) -> str:
    """The article's headline: a short first line that is not a sentence; "" when none."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return ""
    first = lines[0]
    if len(first) > 120 or len(first.split()) > 18 or _SENTENCE_END.search(first):
        return ""
    return first
