"""Component: a body's press or communications unit ("Communication and External Relations
Department", "IMF Communications Department", "Office of Communications and Image", "Media
Centre") is where a release comes from, not an organisation of its own (the corpus lists the
body, never its press office); the words are claimed so no rule makes a body of them."""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver

_UNITS = frozenset({"department", "office", "centre", "center", "unit", "division", "bureau"})
_PRESS = frozenset({"communication", "communications", "media", "press", "image", "relations"})
_WITH = _PRESS | {"public", "information", "external", "corporate", "affairs", "and", "of", "the"}


def press_unit(res: Resolver, v: View) -> str:
    lowered = v.lowered
    if len(lowered) < 2 or not (lowered[-1] in _UNITS or lowered[0] in _UNITS):
        return NEXT
    rest = [w for w in lowered if w not in _UNITS]
    owner = v.words[0] if v.words[0].isupper() and len(v.words[0]) > 1 else ""
    if owner:
        rest = rest[1:]  # "IMF Communications Department": the body's own short name first
    if not rest or not set(rest) & _PRESS or not all(w in _WITH for w in rest):
        return NEXT
    if owner:
        res.org(owner, v.chunk.start, v.chunk.start + len(owner))
    return CLAIM
