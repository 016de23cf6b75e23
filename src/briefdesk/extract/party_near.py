"""The party named at a position: the readers of round 17's deal passes (a concession held
under a grant, a works contract won, a supply an agreement provides for) each looked a side up
the same two ways, so the look-ups live here once.

``mentions`` are ``(start, end, actor key)`` triples sorted by start (``sorted(found.mentions)``);
offsets are character offsets into the text. Both functions return the actor's name, or "" when
no party (``PARTY_TYPES``) is named there; of overlapping mentions the longest wins.
"""

from __future__ import annotations

import bisect

from briefdesk.extract.deal_kinds import PARTY_TYPES
from briefdesk.extract.resolver import Found

Mention = tuple[int, int, str]


def party_ending_at(found: Found, mentions: list[Mention], start: int, end: int, slack: int) -> str:
    """The party whose mention ends at most ``slack`` characters before ``end`` and starts at
    or after ``start`` ("X, which won ...": X ends right before the comma)."""
    at = bisect.bisect_left(mentions, (end, -1, ""))
    near = [m for m in mentions[:at] if m[0] >= start and end - slack <= m[1] <= end]
    return _longest_party(found, near)


def party_starting_at(found: Found, mentions: list[Mention], start: int, end: int) -> str:
    """The party among the first two mentions starting at or after ``start`` and before
    ``end`` ("granted by the Port Authority": the name just after "by")."""
    at = bisect.bisect_left(mentions, (start, -1, ""))
    near = [m for m in mentions[at:] if m[0] <= end][:2]
    return _longest_party(found, near)


def _longest_party(found: Found, near: list[Mention]) -> str:
    for _s, _e, key in sorted(near, key=lambda m: m[1] - m[0], reverse=True):
        actor = found.actors.get(key)
        if actor is not None and actor.type in PARTY_TYPES:
            return actor.name
    return ""
