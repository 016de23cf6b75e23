"""Component: names of things that are no actors — storms ("Typhoon Mawar", "Storm Ciaran") and
ships ("the tanker Ocean Pride", "MV Grace Harmony"), which otherwise read like people."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lexicon import ROLE_HEADS
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.words import word_list

STORM_WORDS = word_list("storm_words")
VESSEL_NOUNS = word_list("vessel_nouns")
# Merchant-ship prefixes; the navies' prefixes ("INS", "HMS") are read by ``designation``.
_SHIP_LEADS = frozenset({"MV", "M/V", "MT", "M/T", "MS", "SS", "FPSO", "RV"})
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


def storm_or_ship(res: Resolver, v: View) -> str:
    first = v.words[0]
    if len(v.words) >= 2 and (first.lower() in STORM_WORDS or first in _SHIP_LEADS):
        return CLAIM  # "Cyclone Freddy", "Tropical Storm Alma", "MV Grace Harmony"
    if len(v.words) >= 2 and v.words[0] == "Tropical" and v.words[1].lower() in STORM_WORDS:
        return CLAIM
    before = _WORD_BEFORE.search(res.before(v.chunk.start, 16))
    if before and before.group(1) in VESSEL_NOUNS and not res.country_of(v.bare):
        return CLAIM  # "the tanker Ocean Pride", "the frigate Almirante Brown"
    return NEXT


def title_phrase(res: Resolver, v: View) -> str:
    """ "Commander of the Coast Guard Region", "Minister for Petroleum" with no name after them
    (an apposition, a delegation list): a title, never an organisation. The body in its
    complement is read by the apposition rules."""
    lowered = v.lowered
    if len(lowered) >= 3 and lowered[0] in ROLE_HEADS and lowered[1] in {"of", "for"}:
        return CLAIM
    return NEXT
