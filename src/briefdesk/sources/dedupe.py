"""Spot the same article added twice: identical text, or text that differs only a little.

Near-duplicates are judged on word 4-gram shingles (Broder), which ignore case,
punctuation and whitespace: two texts match when at least 90 % of the shorter one's
shingles occur in the longer one and their sizes differ by at most 20 %. That tolerates an
added byline, a copyright footer or an "(updated)" while keeping a follow-up story or half
an article apart. A brief has tens of sources, so exact shingle sets beat MinHash sketches
(datasketch) here: no extra dependency and no false positives from hashing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from briefdesk.model import Source

MIN_CONTAINMENT = 0.9
MIN_SIZE_RATIO = 0.8
_SHINGLE = 4
_WORD = re.compile(r"\w+")


def find_duplicate(sources: Iterable[Source], candidate: Source) -> Source | None:
    """The first source with the same text hash, else the most similar near-duplicate.

    A near-duplicate whose figures or dates differ ("$300 million" → "$350 million") is an
    updated version, not a duplicate: skipping it once lost the new figure without a word
    (see :func:`updated_from`)."""
    best = _nearest(sources, candidate)
    changed = best is not None and best.content_hash != candidate.content_hash
    if changed and best is not None and changed_figures(best.text, candidate.text):
        return None
    return best


def updated_from(sources: Iterable[Source], candidate: Source) -> tuple[Source, list[str]] | None:
    """(the older version, what changed) when ``candidate`` is an update of a source: nearly
    the same text with other figures or dates."""
    best = _nearest(sources, candidate)
    if best is None or best.content_hash == candidate.content_hash:
        return None
    changes = changed_figures(best.text, candidate.text)
    return (best, changes) if changes else None


def with_update_note(sources: Iterable[Source], candidate: Source) -> Source:
    """``candidate`` with a note naming the source it updates and how, when it is an update."""
    found = updated_from(sources, candidate)
    if found is None:
        return candidate
    older, changes = found
    note = f"Updated version of {older.id}: {'; '.join(changes)}"
    notes = f"{candidate.notes}\n{note}" if candidate.notes else note
    return candidate.model_copy(update={"notes": notes})


_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_MONTHS_DAYS = frozenset([*_MONTHS.split(), *_DAYS.split()])


def changed_figures(old: str, new: str, limit: int = 3) -> list[str]:
    """The places where two versions differ in a number, a month or a weekday, each as
    ``old words → new words`` (at most ``limit``). Case and punctuation are ignored, and so
    is what one version adds at its start or end (a byline, a copyright line)."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(a=_keys(a), b=_keys(b), autojunk=False)
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len(a) and j2 == len(b))
        if tag == "equal" or (tag != "replace" and at_edge):
            continue
        words = [*a[i1:i2], *b[j1:j2]]
        if any(_is_figure(w) for w in words):
            before = " ".join(a[max(i1 - 1, 0) : i2 + 1]) if i2 > i1 else "(nothing)"
            after = " ".join(b[max(j1 - 1, 0) : j2 + 1]) if j2 > j1 else "(nothing)"
            out.append(f"{before} → {after}")
    return out[:limit]


def _keys(words: list[str]) -> list[str]:
    return [w.strip(".,;:!?()[]\"'“”‘’").casefold() for w in words]


def _is_figure(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word.strip(".,;:()").casefold() in _MONTHS_DAYS


def _nearest(sources: Iterable[Source], candidate: Source) -> Source | None:
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
