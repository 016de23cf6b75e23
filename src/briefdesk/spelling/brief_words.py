"""Words the open brief already vouches for: its names (actors and their aliases, places, deal
items) and every word of its sources. A name the desk officer accepted is never "misspelt"."""

from __future__ import annotations

import re

from briefdesk.model import Brief

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_by_source: dict[str, frozenset[str]] = {}
MAX_CACHED = 500


def tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text))


def source_words(key: str, text: str) -> frozenset[str]:
    """Cached by the source's content hash: typing must not re-read fifty articles."""
    found = _by_source.get(key) if key else None
    if found is None:
        found = frozenset(tokens(text))
        if key:
            if len(_by_source) >= MAX_CACHED:
                _by_source.clear()
            _by_source[key] = found
    return found


def brief_words(brief: Brief) -> set[str]:
    names: list[str] = []
    for actor in brief.actors:
        names += [actor.name, *actor.aliases, actor.affiliation]
    names += [place.name for place in brief.places]
    for deal in brief.deals:
        names += [item.designation for item in deal.items]
    names += [brief.header.from_.name, brief.header.to, brief.header.through]
    words = tokens(" ".join(names))
    for source in brief.sources:
        words |= source_words(source.content_hash, source.text)
        words |= tokens(f"{source.title} {source.outlet} {source.author}")
    return words
