"""An actor's evidence is never a word inside another actor's longer name.

"Ghana" in "Ghana Grid Company" and "Norwegian" in "Norwegian Institute of International
Affairs" were kept as mentions of the state, so the article view highlighted the state inside
the company's name and an accepted state cited it. A span that lies inside a longer span of a
different actor is dropped from the shorter actor's evidence, unless it is all that actor has
(whether such an actor should be suggested at all is the rules' call, not this sweep's).
"""

from __future__ import annotations

import bisect

from briefdesk.extract.results import ActorSuggestion


def drop_nested(actors: list[ActorSuggestion]) -> None:
    """Remove, in place, evidence spans held inside another actor's longer span."""
    longer = sorted(
        (start, end, index)
        for index, actor in enumerate(actors)
        for start, end in actor.evidence
        if end > start
    )
    starts = [start for start, _end, _index in longer]
    for index, actor in enumerate(actors):
        kept = [span for span in actor.evidence if not _inside_other(span, index, longer, starts)]
        if kept and len(kept) != len(actor.evidence):
            actor.evidence = kept


def _inside_other(
    span: tuple[int, int], owner: int, longer: list[tuple[int, int, int]], starts: list[int]
) -> bool:
    start, end = span
    # Spans that start at or before this one; a name is short, so look back only a little.
    at = bisect.bisect_right(starts, start)
    for other_start, other_end, other in reversed(longer[max(0, at - 64) : at]):
        if other_start < start - 200:
            break
        if (
            other != owner
            and other_start <= start
            and end <= other_end
            and (other_end - other_start > end - start)
        ):
            return True
    return False
