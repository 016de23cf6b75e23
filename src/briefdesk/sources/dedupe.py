"""Spot the same article added twice: identical text, or text that differs only a little.

Near-duplicates are judged on word 4-gram shingles (Broder), which ignore case,
punctuation and whitespace: two texts match when at least 90 % of the shorter one's
shingles occur in the longer one and their sizes differ by at most 20 %. That tolerates an
added byline, a copyright footer or an "(updated)" while keeping a follow-up story or half
an article apart. A brief has tens of sources, so exact shingle sets beat MinHash sketches
(datasketch) here: no extra dependency and no false positives from hashing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdesk.model import Source

MIN_CONTAINMENT = 0.9
MIN_SIZE_RATIO = 0.8
_SHINGLE = 4
_WORD = re.compile(r"\w+")


def find_duplicate(sources: Iterable[Source], candidate: Source) -> Source | None:
    """The first source with the same text hash, else the most similar near-duplicate."""
    others = [s for s in sources if s is not candidate and s.id != candidate.id]
    for source in others:
        if source.content_hash == candidate.content_hash:
            return source
    wanted = shingles(candidate.text)
    if not wanted:
        return None
    best: Source | None = None
    best_score = 0.0
    for source in others:
        score = similarity(wanted, shingles(source.text))
        if score > best_score:
            best, best_score = source, score
    return best


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def similarity(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    """Containment of the smaller set in the larger, or 0.0 when not a near-duplicate."""
    if not a or not b:
        return 0.0
    smaller, larger = sorted((len(a), len(b)))
    if smaller / larger < MIN_SIZE_RATIO:
        return 0.0
    containment = len(a & b) / smaller
    return containment if containment >= MIN_CONTAINMENT else 0.0
