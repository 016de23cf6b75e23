"""A region named for what it ranks or who covers it, not where something happens (round 10):
"Africa's second-largest crude producer", "X is Asia's premier lender" (a ranking's scope),
"the bank's director general for East Africa", "head of structured finance for West Africa"
(a post's remit), and a site's navigation bar ("Home | News | Caribbean | Business"). None is
a place; the gold lists none of them, while "orders in Africa" or "the east coast of Africa"
stay places."""

from __future__ import annotations

import re

from briefdesk.extract.chunk_view import CLAIM, NEXT, View
from briefdesk.extract.lazy_rx import lazy
from briefdesk.extract.resolver import Resolver
from briefdesk.extract.vocab import REGIONS

# "Africa's second-largest", "Asia's biggest", "Africa's premier", "Europe's top".
_RANKED_AFTER = re.compile(
    r"['’]s\s+(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[- ])?(?:largest|biggest|highest|lowest|leading|premier|top|fastest|oldest|newest|"
    r"smallest|poorest|richest|most|main|foremost|only|first|busiest|deepest|longest)\b"
)
# "director general for East Africa", "head of infrastructure finance for West Africa",
# "Minister for Africa", "vice-president for Africa": a post's remit.
_POST_FOR = lazy(
    r"(?i:\b(?:director|general|head|chief|manager|representative|minister|envoy|"
    r"commissioner|president|officer|correspondent|editor|secretary|coordinator|adviser|"
    r"advisor|lead|partner|vice-president)\b)[^.,;:\n]{0,40}\bfor\s+$"
)
_NAV_LINE = re.compile(r"(?:^|\n)[^\n]*(?:Home|Skip to main content)[^\n]*\|[^\n]*$")


def region_not_place(res: Resolver, v: View) -> str:
    """Claim (propose nothing for) a region that scopes a ranking, names a post's remit or
    sits in a navigation bar."""
    bare = v.bare.removesuffix("'s").removesuffix("’s")
    if bare not in REGIONS:
        return NEXT
    start = v.chunk.start
    if _RANKED_AFTER.match(res.text, start + len(bare)):
        return CLAIM
    before = res.before(start, 80)
    if before.endswith("for ") and _POST_FOR.search(before):
        return CLAIM
    if " | " in before[-40:] and _NAV_LINE.search(before):
        return CLAIM
    return NEXT
