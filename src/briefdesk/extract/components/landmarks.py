"""Component: a building or a hill named by its last word is a place, even when a word before
it heads organisations (round 9): "signed at the Government House", "a news conference at
Capital Hill", "talks at the Harbour Palace". "Government" and "Capital" make bodies
("Capital" heads investment firms) unless the name ends on the landmark. A name that goes on
after it is no landmark ("Pagoda Hill Media Ltd", "the House of Representatives"), nor a
lone "the House"."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import is_legal_form

LANDMARKS = frozenset({"House", "Hill", "Palace"})
# "NDMA's Kolsås site", "KISR's Shuwaikh campus": a body's own site, named by its place.
_OWNED_SITE = re.compile(r"[ \t]+(?:site|campus|base|depot|yard|shipyard|plant|facility|complex)\b")
_OWNER_BEFORE = re.compile(r"[A-Z][\w&.-]*['’]s[ \t]+$")


def landmark(res: Resolver, v: View) -> str:
    if v.last not in LANDMARKS or len(v.words) < 2 or v.words[0] in {"The", "the"}:
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


def owned_site(res: Resolver, v: View) -> str:
    """ "at NDMA's Kolsås site", "KISR's Shuwaikh campus": a body's possessive, a name of one
    or two words, a site noun: the name is the place the body's site is at."""
    if len(v.words) > 2 or res.text[v.chunk.start - 2 : v.chunk.start] not in {"s ", "s\t"}:
        return NEXT  # the cheap test first: the run follows no possessive
    owner = _OWNER_BEFORE.search(res.before(v.chunk.start, 30))
    if not owner or res.country_of(owner.group()[:-3].rstrip("’'")):
        return NEXT  # "Kenya's Safaricom plant": a state's firm, read as before
    if not _OWNED_SITE.match(res.after(v.chunk.end, 16)) or v.phrase.isupper():
        return NEXT
    res.rule = "place.owned-site"
    res.place(v.bare, v.chunk.start, v.chunk.start + len(v.bare))
    return CLAIM
