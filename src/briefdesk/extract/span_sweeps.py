"""Sweeps over mention spans, for run-on text: one sorted pass instead of comparing every
mention with every other (which made a sentence with hundreds of amounts and names quadratic).
Each gives exactly what the pairwise comparison gave (tests/extract/test_speed_round5.py)."""

from __future__ import annotations

import bisect
import itertools

Mention = tuple[int, int, str]  # (start, end, actor key)


def inside_longer(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans that lie inside a longer one, in one sweep (comparing each mention with every
    other made a run-on sentence of hundreds of names quadratic)."""
    inside: set[tuple[int, int]] = set()
    reach = group_end = -1  # the furthest end of the spans that start before the current one
    ordered = sorted(spans, key=lambda span: (span[0], -span[1]))
    for index, (start, end) in enumerate(ordered):
        if index and ordered[index - 1][0] != start:
            reach = max(reach, group_end)
        if not index or ordered[index - 1][0] != start:
            group_end = end  # the longest span with this start comes first
        if reach >= end or group_end > end:
            inside.add((start, end))
    return inside


def outside(mentions: list[Mention], spans: list[Mention]) -> list[Mention]:
    """The mentions that no span holds. Spans are few, except in run-on text, where comparing
    every mention with every span was quadratic: then one sorted sweep and a binary search."""
    if len(spans) < 16:
        return [m for m in mentions if not any(d[0] <= m[0] and m[1] <= d[1] for d in spans)]
    ordered = sorted((d[0], d[1]) for d in spans)
    starts = [start for start, _ in ordered]
    reach = list(itertools.accumulate((end for _, end in ordered), max))  # furthest end so far
    kept = []
    for mention in mentions:
        at = bisect.bisect_right(starts, mention[0])
        if not (at and reach[at - 1] >= mention[1]):
            kept.append(mention)
    return kept


def following_parties(
    units: list[tuple[int, int, str, int]], adjectives: list[bool], sent_end: int
) -> list[int]:
    """Where the next other party begins after each unit (a demonym describing a noun and the
    same party named again do not count; "the Ministry of Defence (MINDEF) to supply"), else
    ``sent_end``. One pass from the end: looking ahead from every unit made run-on text with
    hundreds of mentions quadratic."""
    found = [sent_end] * len(units)
    nearest = other = -1  # the nearest later unit that counts, and the nearest with another key
    for index in range(len(units) - 1, -1, -1):
        key = units[index][2]
        if nearest >= 0 and units[nearest][2] != key:
            found[index] = units[nearest][3]
        elif other >= 0:
            found[index] = units[other][3]
        if not adjectives[index]:
            if nearest >= 0 and units[nearest][2] != key:
                other = nearest
            nearest = index
    return found
