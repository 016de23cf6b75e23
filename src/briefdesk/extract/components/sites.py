"""Component: a site named by its place and a lower-case common noun — "the Havana port", "the
Fierza dam", "on the Rupsha river", "the Qayroqqum hydropower plant" — is the place alone: the
lower case says the noun describes the place and is no part of its name ("Tina River",
"Port of Nacala" and "the Transmed pipeline" keep theirs)."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import HEAD_WORDS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.text import is_possessive
from briefdesk.extract.words import word_list

PLANT_KINDS = word_list("plant_kinds")
_LEAD = re.compile(r"(?:And|But|Or|So)\s+(?:the\s+)?|The\s+")
_LOCAL_NOUN = re.compile(
    r"\s+(?:(?P<kinds>(?:[a-z-]+\s+){1,2})(?:plant|station)|port|refinery|dam|river|palace)\b(?!-)"
)


def local_site(res: Resolver, v: View) -> str:
    if v.lead_code or any(w in HEAD_WORDS for w in v.lowered) or res.country_of(v.bare):
        return NEXT
    if is_possessive(v.words[-1]):
        return NEXT  # "Hanul's refinery": the firm's works
    site = _LOCAL_NOUN.match(res.after(v.chunk.end, 40))
    if not site or f"org:{v.bare.lower()}" in res.found.actors:
        return NEXT
    kinds = site.group("kinds")
    if kinds and not set(kinds.split()) <= PLANT_KINDS:
        return NEXT  # "the Toyota assembly plant": a firm's works, not a place
    lead = _LEAD.match(v.bare)  # "And the Savusavu port lease?"
    start = v.chunk.start + (lead.end() if lead else 0)
    name = v.bare[lead.end() :] if lead else v.bare
    if name:
        res.place(name, start, start + len(name))
    return CLAIM
