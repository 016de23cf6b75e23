"""Cues derived from a pattern itself (round 18): strings one of which every match holds, so a
rule's pattern is searched only in sentences that hold a cue (``scans.Gated``).

A pattern led by ``\\b`` or an alternation of words is tried at every position of a sentence
(5-20 us), and most rules' patterns match few sentences; each cue costs a substring test (~0.1
us), so a gate pays with a handful of cues on a costly pattern, not with dozens on a cheap one
(measured per pattern: docs/extraction.md "Round 18: speed"). Hand-written hints can fall
behind an edited pattern; these are read from re's own parse of the pattern, so an edited
pattern gets its new cues and a pattern whose matches need no literal is refused when its
module loads (``cued`` raises).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from briefdesk.extract.scans import Gated

# re's own parser and its op codes: the same reading of the pattern as the engine's (private
# modules, untyped: the test's random patterns check the reading against re itself).
_parser: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")
_MAX = 64  # a set of exact strings larger than this is not expanded further
_I = 2  # re.IGNORECASE's bit
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


@dataclass(frozen=True)
class _Info:
    """What a piece of a pattern matches: ``exact``, every string it can match (a small
    finite set) or None; ``need``, strings one of which each of its matches holds, or None."""

    exact: frozenset[str] | None
    need: frozenset[str] | None


_UNKNOWN = _Info(None, None)
_EMPTY = _Info(frozenset({""}), None)


class _Reader:
    """Reads a parsed pattern bottom-up. ``prefer``: cue sets whose every cue holds one of
    these strings win over the others (to check hand-written hints against the pattern)."""

    def __init__(self, caseless: bool, prefer: tuple[str, ...] = ()) -> None:
        self.caseless = caseless
        self.prefer = prefer

    def better(self, a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
        """The more selective of two cue sets: longer shortest cue, then fewer cues."""
        if a is None or "" in a:
            return None if b is None or "" in b else b
        if b is None or "" in b:
            return a
        return a if self._rank(a) >= self._rank(b) else b

    def _rank(self, cues: frozenset[str]) -> tuple[bool, int, int]:
        held = bool(self.prefer) and all(any(p in cue for p in self.prefer) for cue in cues)
        return held, min(map(len, cues)), -len(cues)

    def char(self, code: int) -> str | None:
        char = chr(code)
        if not self.caseless:
            return char
        cased = char.lower() != char or char.upper() != char
        return char.lower() if char.isascii() or not cased else None  # (re folds some others)

    def in_class(self, items: list[tuple[Any, Any]]) -> _Info:
        chars = set()
        for op, value in items:
            char = self.char(value) if op is sre.LITERAL else None
            if char is None:
                return _UNKNOWN  # a range, a category, a negated class: any of many characters
            chars.add(char)
        return _Info(frozenset(chars), None)

    def repeat(self, low: int, high: int, inner: _Info) -> _Info:
        if low == high == 1:
            return inner
        if low == 0:
            optional = high == 1 and inner.exact is not None and len(inner.exact) < _MAX
            return _Info(inner.exact | {""}, None) if optional and inner.exact else _UNKNOWN
        return _Info(None, self.better(inner.exact, inner.need))

    def node(self, op: Any, value: Any) -> _Info:
        if op is sre.LITERAL:
            char = self.char(value)
            return _UNKNOWN if char is None else _Info(frozenset({char}), None)
        if op is sre.IN:
            return self.in_class(value)
        if op in _ZERO_WIDTH:
            return _EMPTY  # (a look-around's text may lie outside the searched span)
        if op is sre.SUBPATTERN:
            return self.sequence(value[3])
        if op is sre.ATOMIC_GROUP:
            return self.sequence(value)
        if op is sre.BRANCH:
            return self.branch([self.sequence(branch) for branch in value[1]])
        if op in _REPEATS:
            return self.repeat(value[0], value[1], self.sequence(value[2]))
        return _UNKNOWN  # any character, a category, a back-reference

    def branch(self, infos: list[_Info]) -> _Info:
        exact: frozenset[str] | None = frozenset()
        need: frozenset[str] | None = frozenset()
        for info in infos:
            exact = exact | info.exact if exact is not None and info.exact is not None else None
            own = self.better(info.exact, info.need)
            need = need | own if need is not None and own is not None else None
        if exact is not None and len(exact) > _MAX:
            exact = None
        return _Info(exact, need)

    def sequence(self, items: Any) -> _Info:
        run: frozenset[str] | None = frozenset({""})  # the exact strings of the current run
        broken, best = False, None
        for op, value in items:
            info = self.node(op, value)
            if op in _REPEATS and value[0] >= 1 and value[1] != value[0]:
                first = self.sequence(value[2]).exact  # "l+": an "l", then perhaps more
                if first is not None and run is not None and len(run) * len(first) <= _MAX:
                    run = frozenset(a + b for a in run for b in first)
                    info = _UNKNOWN  # (the copies after the first: the run ends here)
            if info.exact is not None and run is not None and len(run) * len(info.exact) <= _MAX:
                run = frozenset(a + b for a in run for b in info.exact)
                continue
            best = self.better(best, run)
            broken = True
            best = self.better(best, self.better(info.exact, info.need))
            run = info.exact if info.exact is not None and len(info.exact) <= _MAX else None
            if run is None:
                run = frozenset({""})
        best = self.better(best, run)
        return _Info(None if broken else run, best)


def _any_caseless(items: Any) -> bool:
    for op, value in items:
        if op is sre.SUBPATTERN and (value[1] & _I or _any_caseless(value[3])):
            return True
        if op is sre.ATOMIC_GROUP and _any_caseless(value):
            return True
        if op is sre.BRANCH and any(_any_caseless(branch) for branch in value[1]):
            return True
        if op in _REPEATS and _any_caseless(value[2]):
            return True
        if op in {sre.ASSERT, sre.ASSERT_NOT} and _any_caseless(value[1]):
            return True
    return False


def cues(pattern: str, flags: int = 0, prefer: tuple[str, ...] = ()) -> tuple[frozenset[str], bool]:
    """Strings one of which every match of ``pattern`` holds, and whether they are to be
    looked for in the lower-cased text (some part of the pattern ignores case: then every cue
    is lower case, and the cased letters outside ASCII, which re may fold to others, are no
    cue). Raises ValueError when the pattern's matches need no such string."""
    parsed = _parser.parse(pattern, flags)
    caseless = bool(parsed.state.flags & _I) or _any_caseless(parsed.data)
    reader = _Reader(caseless, prefer)
    info = reader.sequence(parsed.data)
    found = reader.better(info.exact, info.need)
    if not found:
        raise ValueError(f"no cue in every match of {pattern[:60]!r}")
    return found, caseless


class Cued(Gated):
    """A ``Gated`` whose hints are the cues read from its own pattern (``cued``)."""


def cued(pattern: str, flags: int = 0) -> Cued:
    """``pattern``, searched only in texts that hold one of its derived cues."""
    found, caseless = cues(pattern, flags)
    return Cued(tuple(sorted(found)), pattern, flags, caseless=caseless)


class HeadCued(Gated):
    """A ``Gated`` whose hints are the cues read from the head of its pattern (``cued_by``)."""


def cued_by(head: str, rest: str, flags: int = 0) -> HeadCued:
    """``(?:head)rest``, searched only in texts that hold one of ``head``'s cues: every match
    holds a match of its head. For a pattern whose own best cues (the longest) are its most
    common words and whose head needs a rarer one (round 19: ``deal_prior._DATED``, its nouns
    in every deal sentence, its year or "previous" in a fifth of them)."""
    found, caseless = cues(head, flags)
    return HeadCued(tuple(sorted(found)), f"(?:{head}){rest}", flags, caseless=caseless)
