"""Component: a body's press or communications unit ("Communication and External Relations
Department", "IMF Communications Department", "Office of Communications and Image", "Media
Centre") is where a release comes from, not an organisation of its own (the corpus lists the
body, never its press office); the words are claimed so no rule makes a body of them."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.common_words import is_common_word
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import Chunk

_UNITS = frozenset(
    {"department", "office", "centre", "center", "unit", "division", "bureau", "service"}
)
# "Press Service of the Ministry of Economy and Finance": the unit, then the body it serves.
_UNIT_OF = re.compile(r"^(?:[A-Z][a-z]+\s+){0,3}?(?:Service|Office|Department)\s+of\s+(?:the\s+)?")
_PRESS = frozenset({"communication", "communications", "media", "press", "image", "relations"})
# Any word a press unit or a body's office needs (the group's cheap test before the call).
UNIT_WORDS = _UNITS | _PRESS | {"mission"}
_WITH = _PRESS | {"public", "information", "external", "corporate", "affairs", "and", "of", "the"}


def press_unit(res: Resolver, v: View) -> str:
    lowered = v.lowered
    if (
        lowered[-1] in {"office", "mission"}
        and len(lowered) == 3
        and v.words[0].isupper()
        and res.country_of(v.words[1])
    ):  # "JICA Fiji Office": the body's office in a state is the body
        res.org(v.words[0], v.chunk.start, v.chunk.start + len(v.words[0]))
        return CLAIM
    if lowered[0] not in _UNITS and _PRESS.isdisjoint(lowered):
        return NEXT  # the cheap test first: a press word, or a unit that opens the chunk
    if lowered[0] in _UNITS and res.before(v.chunk.start, 7).strip().lower() in _PRESS:
        lowered = ["press", *lowered]  # "Press Service ...": the chunk began after "Press"
    if len(lowered) < 2 or not (lowered[-1] in _UNITS or lowered[0] in _UNITS):
        of = _UNIT_OF.match(v.bare) if "of" in lowered else None
        if not of or not set(lowered[: len(of.group().split()) + 1]) & _PRESS:
            return NEXT
        body = v.bare[of.end() :]
        res.org(body, v.chunk.start + of.end(), v.chunk.start + len(v.bare))
        return CLAIM
    rest = [w for w in lowered if w not in _UNITS]
    owner = v.words[0] if v.words[0].isupper() and len(v.words[0]) > 1 else ""
    if owner:
        rest = rest[1:]  # "IMF Communications Department": the body's own short name first
    if not rest or not set(rest) & _PRESS or not all(w in _WITH for w in rest):
        return NEXT
    if owner:
        res.org(owner, v.chunk.start, v.chunk.start + len(owner))
    return CLAIM


_PUBLICATIONS = frozenset(
    {"brief", "bulletin", "daily", "digest", "gazette", "herald", "journal", "monitor", "news"}
    | {"post", "report", "review", "times", "tribune", "weekly", "wire"}
)


def caps_heading(res: Resolver, v: View) -> str:
    """ "NAVAL SHIPBUILDING | LATIN AMERICA", "NEWS RELEASE", "6. WATCH | Vanuatu": words in
    capitals that are everyday words (or written in lower case elsewhere in the text) are a
    heading, no body ("NMA", "OPEC" are no such words and stay)."""
    words = v.words
    if len(words) > 1 and len(words[0]) > 3 and not words[1].isupper():
        if not is_common_word(words[0]):
            return NEXT
        # "SOURCE Leeward Gateway Airport Partners Ltd.": a label in capitals, then the name.
        res.split.append(Chunk(tuple(v.chunk.tokens[1:]), False))
        return CLAIM
    if len(words[0]) < 2 or not all(w.isupper() for w in words):
        return NEXT
    lowered = v.lowered
    if lowered[-1] in _PUBLICATIONS or f"org:{lowered[0]}" in res.found.actors:
        return NEXT  # "NAVAL FORCES DIGEST": a masthead; "IMF" again: a known body
    lower_words = res.lower_words
    for word in lowered:
        if word not in lower_words and not is_common_word(word):
            return NEXT
    return NEXT if res.country_of(v.bare.title()) else CLAIM
