"""An envoy hands over aid: "China's ambassador to Dominica, Lin Xiaodong, has given Roseau a
grant", "the Japanese ambassador to Tonga handed over a $5 million grant".

The state the envoy serves gives; the state of the post receives. The post's state is no
subject ("Dominica" stands inside the envoy's title), so without this the grant went the wrong
way or from the host.
"""

from __future__ import annotations

import itertools
import re

from briefdesk.extract.deal_kinds import DealBuild
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Found

Mention = tuple[int, int, str]

_ENVOY = lazy(
    r"(?:['’]s\s+|\s+)(?:new\s+|outgoing\s+)?(?:ambassador|envoy|high\s+commissioner|"
    r"charg[ée]\s+d['’]affaires|consul[- ]general)\s+(?:to|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _state(found: Found, key: str) -> bool:
    actor = found.actors.get(key)
    return actor is not None and actor.type == "state"


def envoy_sides(
    text: str, found: Found, deal: DealBuild, mentions: list[Mention], money_start: int
) -> None:
    """Set a grant's or loan's sides from "A's ambassador to B" before its amount, when the
    sides read so far are empty or only these two states."""
    if deal.kind not in {"grant", "loan"}:
        return
    states = [m for m in mentions if _state(found, m[2]) and m[1] <= money_start]
    for giver, host in itertools.pairwise(states):
        gap = text[giver[1] : host[0]]
        if giver[2] == host[2] or not _ENVOY.search(gap) or len(gap) > 40:
            continue
        names = {found.actors[giver[2]].name, found.actors[host[2]].name}
        if not ({deal.buyer, deal.seller} - {""}) <= names:
            return
        deal.seller = found.actors[giver[2]].name
        deal.buyer = found.actors[host[2]].name
        deal.seller_why = "gives: the state whose ambassador hands it over"
        deal.buyer_why = "receives: the state the ambassador is posted to"
        return
