"""Spot the same article added twice: identical text, or text that differs only a little.

Near-duplicates are judged by Jaccard similarity of word 4-gram shingles (Broder's
resemblance), which ignores case, punctuation and whitespace and tolerates a changed
headline, byline or footer. A brief has tens of sources, so exact sets beat MinHash
sketches (datasketch) here: no extra dependency, no false positives from hashing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefdesk.model import Source

NEAR_DUPLICATE_THRESHOLD = 0.85
_SHINGLE = 4
_WORD = re.compile(r"\w+")


def find_duplicate(sources: Iterable[Source], candidate: Source) -> Source | None:
    """The first source with the same text hash, else the most similar one above threshold."""
    others = [s for s in sources if s is not candidate and s.id != candidate.id]
    for source in others:
        if source.content_hash == candidate.content_hash:
            return source
    wanted = shingles(candidate.text)
    if not wanted:
        return None
    best: Source | None = None
    best_score = NEAR_DUPLICATE_THRESHOLD
    for source in others:
        score = resemblance(wanted, shingles(source.text))
        if score >= best_score:
            best, best_score = source, score
    return best


def shingles(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def resemblance(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    # Cheap bound first: sets of very different sizes cannot reach the threshold.
    if min(len(a), len(b)) / max(len(a), len(b)) < NEAR_DUPLICATE_THRESHOLD:
        return 0.0
    return len(a & b) / len(a | b)
