"""Whether a state's mention is only a word of a body's name (round 10, people).

"a loan from the Export-Import Bank of China, said Finance Secretary X": China is named inside
the bank's name, not as a side of the sentence, so the person-country rules that step back when
a sentence names another state ignore it.
"""

from __future__ import annotations

import bisect

from briefdesk.extract.resolver import Resolver

_BODIES = frozenset({"organization", "international_organization"})


class BodySpans:
    """The spans of every body mention, to ask whether a position lies inside one."""

    def __init__(self, res: Resolver) -> None:
        self.spans = sorted(
            span
            for actor in res.found.actors.values()
            if actor.type in _BODIES
            for span in actor.evidence
        )
        self.starts = [start for start, _end in self.spans]

    def inside(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` lies inside a longer body mention."""
        at = bisect.bisect_right(self.starts, start)
        for body_start, body_end in self.spans[max(0, at - 4) : at]:
            if body_start <= start and end <= body_end and (body_start, body_end) != (start, end):
                return True
        return False


def sides_named(res: Resolver, low: int, high: int) -> set[str]:
    """The codes of the states named between ``low`` and ``high``, but not inside a body's
    name."""
    bodies: BodySpans | None = None
    codes = set()
    for start, end, key in res.found.mentions:
        if low <= start < high and key.startswith("state:") and key in res.found.actors:
            bodies = bodies or BodySpans(res)
            if not bodies.inside(start, end):
                codes.add(res.found.actors[key].country)
    return codes
