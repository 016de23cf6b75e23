"""Component: a building or a hill named by its last word is a place, even when a word before
it heads organisations (round 9): "signed at the Government House", "a news conference at
Capital Hill", "talks at the Harbour Palace". "Government" and "Capital" make bodies
("Capital" heads investment firms) unless the name ends on the landmark. A name that goes on
after it is no landmark ("Pagoda Hill Media Ltd", "the House of Representatives"), nor a
lone "the House"."""

from __future__ import annotations

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import is_legal_form

_LANDMARKS = frozenset({"House", "Hill", "Palace"})


def landmark(res: Resolver, v: View) -> str:
    if v.last not in _LANDMARKS or len(v.words) < 2 or v.words[0] in {"The", "the"}:
        return NEXT  # the cheap test first: most chunks end on another word
    if "&" in v.words or "and" in v.words or any(is_legal_form(w) for w in v.words):
        return NEXT
    if res.country_of(v.words[0]):
        return NEXT  # "Jamaica House": the state's own rules read it (as before round 9)
    if is_legal_form(res.after(v.chunk.end, 12).strip(" ,").split(" ", 1)[0]):
        return NEXT  # "Capital Hill Ltd"
    res.rule = "place.landmark"
    res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM
