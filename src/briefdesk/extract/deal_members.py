"""A side named by a common noun after an award: "was awarded to the consortium", "went to the
shipyard", "built by the group". The consortium is the one introduced before ("a consortium of
A and B", "a consortium led by A"), which its first member stands for; any other noun is the
company named last before the sentence.
"""

from __future__ import annotations

import bisect
import re

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Found
from briefdesk.extract.text import Sentence

_NOUNS = (
    r"consortium|joint\s+venture|group|company|firm|shipyard|yard|shipbuilder|contractor|"
    r"builder|manufacturer|maker|supplier|developer|operator"
)
# The noun as the one the work went to: "awarded to the consortium", "won by the yard".
_AWARDED = re.compile(
    rf"\b(?:awarded|went|goes|granted|entrusted|confided|given)\s+to\s+the\s+({_NOUNS})\b"
    rf"|\b(?:won|secured|built|supplied|delivered)\s+by\s+the\s+({_NOUNS})\b",
    re.IGNORECASE,
)
_INTRODUCED = lazy(
    r"\b(?:consortium|joint\s+venture|group(?:ing)?)\s+(?:of|led\s+by|comprising|formed\s+by|"
    r"between)\s+",
    re.IGNORECASE,
)
_ORG_TYPES = {"organization", "international_organization"}


def _first_member(text: str, found: Found, before: int) -> str:
    """The first organisation after the last "consortium of/led by" before ``before``."""
    intros = list(_INTRODUCED.finditer(text, max(0, before - 2000), before))
    if not intros:
        return ""
    intro = intros[-1]
    mentions = sorted(found.mentions)
    index = bisect.bisect_left(mentions, (intro.end(), 0, ""))
    for start, _end, key in mentions[index:]:
        if start > intro.end() + 120 or start >= before:
            break
        actor = found.actors.get(key)
        if actor and actor.type in _ORG_TYPES:
            return actor.name
    return ""


def _last_org(found: Found, before: int) -> str:
    best = ""
    for start, _end, key in found.mentions:
        actor = found.actors.get(key)
        if before - 600 <= start < before and actor and actor.type in _ORG_TYPES:
            best = actor.name
    return best


def awarded_member(
    text: str, found: Found, deal: DealBuild, sentence: Sentence, concession: bool
) -> None:
    """Fill an empty side from "awarded to the consortium" and the like: the seller, or the
    concessionaire (buyer) when the sentence grants rights."""
    role = "buyer" if concession else "seller"
    if getattr(deal, role) or deal.kind in {"loan", "grant"}:
        return
    match = _AWARDED.search(sentence.text)
    if not match:
        return
    noun = (match.group(1) or match.group(2)).lower()
    if noun.startswith(("consortium", "joint", "group")):
        name = _first_member(text, found, sentence.start + match.start())
    else:
        name = _last_org(found, sentence.start)
    if name and name not in (deal.buyer, deal.seller):
        setattr(deal, role, name)
        setattr(deal, f"{role}_why", f"'the {noun}': the one named before")
