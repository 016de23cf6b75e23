"""Patterns and string pieces that rules ask for often, made cheap: a rare pattern scanned only
where its hint occurs, answers kept per sentence, the lower-cased end of a long text without
lowering all of it, and rewrites that rarely apply. (Moved out of ``text``, which re-exports
what rules import from there.)"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from briefdesk.extract import rx


class HintedPattern:
    """A pattern scanned only in texts that contain its hint, a pattern led by a literal that
    every match contains ("-made" in "Chinese-made"). The engine finds a leading literal in one
    fast pass, while a pattern led by ``\\b`` is tried at every position of the text."""

    def __init__(self, hint: str, pattern: str, flags: int = 0) -> None:
        self.hint = re.compile(hint, flags)
        self.pattern = re.compile(pattern, flags)
        self._last: tuple[str, bool] = ("", False)

    def in_text(self, text: str) -> bool:
        """Whether the hint occurs in ``text`` (a sentence asked about once per amount: the
        last answer is kept). No hint in a sentence means no match in any part of it."""
        last_text, found = self._last
        if text is not last_text:
            found = bool(self.hint.search(text))
            self._last = (text, found)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.hint.search(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.hint.search(text) else None


class SentencePattern:
    """A pattern asked about a whole sentence once per amount in it: the answer for each
    sentence is kept, so a run-on sentence with hundreds of amounts is read once, not once per
    amount (which made such text quadratic)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags)
        self._search = functools.lru_cache(maxsize=64)(self.pattern.search)

    def search(self, text: str) -> re.Match[str] | None:
        return self._search(text)


class EndAnchored:
    """A pattern anchored at the end of the text it reads (``...\\s+$``), searched only when the
    text, trailing whitespace stripped, ends on one of ``ends``: what every match ends on. The
    engine tries such a pattern at every position of the text; the test is one C call."""

    def __init__(self, ends: tuple[str, ...], pattern: str, flags: int = 0) -> None:
        self.ends = ends
        self.pattern = re.compile(pattern, flags)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if text.rstrip().endswith(self.ends) else None


@functools.lru_cache(maxsize=64)
def lowered(text: str) -> str:
    """``text.lower()``, kept for the last sentences asked: rules ask once per amount, and a
    run-on sentence with hundreds of amounts was lower-cased once for each (quadratic)."""
    return text.lower()


def lower_tail(text: str, end: int, size: int) -> str:
    """``text[:end].lower()[-size:]`` without lower-casing all of ``text[:end]``. ``str.lower``
    maps each character on its own (one or more characters out for each in), except a capital
    sigma, whose form depends on its neighbours: then the whole prefix is lowered as before."""
    if end < 0 or _has_sigma(text):
        return text[:end].lower()[-size:]
    return tail(text, end, size).lower()[-size:]


def tail(text: str, end: int, size: int) -> str:
    """``text[:end][-size:]`` without copying all of ``text[:end]`` first."""
    if end < 0:
        return text[:end][-size:]
    end = min(end, len(text))
    return text[max(0, end - size) : end]


_SIGMA: list[tuple[str, bool]] = [("", False)]  # the last text asked about, and its answer


def _has_sigma(text: str) -> bool:
    last, found = _SIGMA[0]
    if text is not last:
        found = "\u03a3" in text
        _SIGMA[0] = (text, found)
    return found


def sub_found(pattern: str, replacement: str, text: str, hint: str = "") -> str:
    """``re.sub``, for rewrites that rarely apply: a text the pattern does not match costs one
    search, while ``re.sub`` with a template costs microseconds even when nothing matches.
    ``hint``: a string every match contains ("(" for a bracket), tested first."""
    if hint and hint not in text:
        return text
    # "^...": search would try (and fail) at every position; only the start can match.
    found = rx.match(pattern, text) if _anchored(pattern) else rx.search(pattern, text)
    return rx.sub(pattern, replacement, text) if found else text


@functools.lru_cache(maxsize=256)
def _anchored(pattern: str) -> bool:
    """True when every match must start at the start of the text: the pattern opens with "^"
    (no MULTILINE flag inside) and has no "|" outside brackets and groups, which would make
    the "^" a part of the first alternative only. Unsure cases say False (a full search)."""
    if not pattern.startswith("^") or rx.search(r"\(\?[aiLmsux-]*m", pattern):
        return False
    depth, index, in_class = 0, 1, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1  # "[]...]": a leading "]" is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        index += 1
    return depth == 0 and not in_class


class Gated:
    """A pattern searched only in texts that hold one of its ``hints``: strings one of which
    every match contains. A pattern led by ``\\b`` is tried at every position of a sentence
    (5-20 us under ``re.IGNORECASE``); a few substring tests cost well under one.
    ``caseless``: the pattern ignores case (the flag or ``(?i:...)``), the hints are written in
    lower case and tested against the lower-cased text. re folds three letters to ASCII ones
    that str.lower does not ("ſ" to "s", "İ" and "ı" to "i"): a text holding one always gets
    the full search (tests/extract/test_speed_round7.py checks every code point)."""

    def __init__(
        self, hints: tuple[str, ...], pattern: str, flags: int = 0, caseless: bool = False
    ) -> None:
        self.hints = hints
        self.pattern = re.compile(pattern, flags)
        self.caseless = caseless

    def holds(self, text: str) -> bool:
        """Whether ``text`` may hold a match (False: it holds none)."""
        if self.caseless:
            if not text.isascii() and ("ſ" in text or "İ" in text or "ı" in text):
                return True
            text = text.lower()
        return any(map(text.__contains__, self.hints))  # (map: no generator frame)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.holds(text) else None

    def search_in(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``: a match lies inside ``text[pos:endpos]``, so
        the hints are tested there (look-behinds still read the text before ``pos``)."""
        return self.pattern.search(text, pos, endpos) if self.holds(text[pos:endpos]) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.holds(text) else iter(())


_FOLDED = "ſİı\u212a"  # letters re.IGNORECASE takes for ASCII ones (s, i, i, k)


def class_led(fragments: list[str], caseless: bool = False) -> str:
    """``\\b(?:f1|f2|...)`` for fragments that each open with a plain letter, written so that
    the engine skips to each of those letters in one fast pass: a pattern led by ``\\b`` or a
    lookahead is tried at every position. ``[ab](?<!\\w.)(?:(?<=a)(?:rest|rest)|(?<=b)...)``:
    the class takes the first letter, ``(?<!\\w.)`` asks that no word character stand before it
    (``\\b`` before a letter), the lookbehind sends the match to the fragments that open with
    that letter, in their order, so the same fragment wins at each position. Same matches, same
    groups. ``caseless``: as under re.IGNORECASE (the class holds both cases and the letters re
    folds to them; the rest is read under ``(?i:...)``)."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        first, rest = fragment[:1], fragment[1:]
        if not first.isascii() or not first.isalpha() or rest[:1] in {"?", "*", "+", "{"}:
            raise ValueError(f"no plain letter opens {fragment!r}")
        groups.setdefault(first.lower() if caseless else first, []).append(rest)
    letters = set(groups)
    if caseless:
        letters |= {first.upper() for first in groups}
        letters |= {c for c in _FOLDED for first in groups if re.fullmatch(first, c, re.I)}
    branches = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"[{''.join(sorted(letters))}](?<!\\w.)" + (
        f"(?i:{branches})" if caseless else f"(?:{branches})"
    )


class LineLed:
    """A pattern that reads whole lines (``^...$`` under ``re.MULTILINE``), written without the
    anchors: the engine tries ``^`` at every position of the text, while a pattern led by the
    literal newline is found in one fast pass. Same matches and groups (``match.group()``
    holds the leading newline; rules read the groups); ``$`` becomes ``(?=\\n|\\Z)``."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.first = re.compile(f"(?:{body})(?=\\n|\\Z)", flags)
        self.rest = re.compile(f"\\n(?:{body})(?=\\n|\\Z)", flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first = self.first.match(text)
        if first:
            yield first
        yield from self.rest.finditer(text, first.end() if first else 0)


def factored(alternatives: Sequence[str], cased: bool = False) -> str:
    """``a1|a2|...`` with the alternatives that open with the same literal character written
    once under it: ``U(?:SD|AH)|E(?:UR|TB)``. The engine tries every alternative of a list in
    turn at each position it reads (170 currency codes at every capital letter); here it tries
    one branch per first character. Exact: alternatives that open with different characters
    never match at the same position, and each group keeps its alternatives' order. Each
    alternative must open with one literal character (plain or backslash-escaped punctuation)
    that no quantifier follows; first characters that differ only in case would be tried in
    another order under re.IGNORECASE, so they are refused unless ``cased`` (the pattern is
    never read under re.IGNORECASE) (round 8)."""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        size = 2 if alternative[:1] == "\\" else 1
        first, rest = alternative[:size], alternative[size:]
        if (
            not first
            or first in "()[]{}.^$|?*+"
            or (size == 2 and first[1].isalnum())  # \b, \d, \s: no literal
            or rest[:1] in {"?", "*", "+", "{"}
        ):
            raise ValueError(f"no literal character opens {alternative!r}")
        groups.setdefault(first, []).append(rest)
    folded = [key.casefold() for key in groups]
    if not cased and len(set(folded)) < len(folded):
        raise ValueError("first characters that differ only in case")
    return "|".join(
        f"{first}(?:{'|'.join(rests)})" if len(rests) > 1 else first + rests[0]
        for first, rests in groups.items()
    )
