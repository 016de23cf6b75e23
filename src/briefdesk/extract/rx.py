"""The ``re`` module with a faster way to the compiled pattern, for rules written with
``re.search(r"...", text)``: import it as ``from briefdesk.extract import rx as re``.

``re.search(pattern, text)`` looks its pattern up in re's own cache on every call, which
costs about a microsecond; rules make hundreds of such calls per article, on short strings
where the search itself takes less. Here the compiled pattern comes from a plain dict keyed
by the pattern text (whose hash Python keeps). Same patterns, same flags, same answers: only
the look-up is cheaper. Everything else is re's own.
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable, Iterator
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    compile,
    error,
    escape,
)
from typing import Any

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "RegexFlag",
    "S",
    "U",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
]

# (pattern text, flags) -> compiled; flags 0 under the text alone (the common case). Patterns
# in the code are a fixed set, so the dicts stay small; a pattern built from data is compiled
# once per distinct text like in re's cache, and the dicts are emptied past a bound.
_PLAIN: dict[str, Pattern[str]] = {}
_FLAGGED: dict[tuple[str, int], Pattern[str]] = {}
_MAX = 2048


def _compiled(pattern: str | Pattern[str], flags: int | RegexFlag) -> Pattern[str]:
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)  # a compiled pattern: re checks and returns it
    if not flags:
        found = _PLAIN.get(pattern)
        if found is None:
            if len(_PLAIN) >= _MAX:
                _PLAIN.clear()
            found = _PLAIN[pattern] = _re.compile(pattern)
        return found
    key = (pattern, int(flags))
    flagged = _FLAGGED.get(key)
    if flagged is None:
        if len(_FLAGGED) >= _MAX:
            _FLAGGED.clear()
        flagged = _FLAGGED[key] = _re.compile(pattern, flags)
    return flagged


def search(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    if flags or not isinstance(pattern, str):
        return _compiled(pattern, flags).search(string)
    fast = _FAST_SEARCH.get(pattern)
    if fast is not None:
        return fast(string)
    found = _PLAIN.get(pattern)
    return (found or _compiled(pattern, 0)).search(string)


# The last word before trailing whitespace, a pattern rules ask on the text before a name: the
# engine would try it at every position of that text. Only the start of the text's last run of
# word characters can begin a match; searching from there gives the same match object.
_LAST_WORD = r"(?<!\w)(\w++)\s++$"


def _last_word(string: str) -> Match[str] | None:
    if not string[-1:].isspace():
        return None  # ("$" also matches before a last newline, itself whitespace)
    end = len(string.rstrip())
    start = end
    while start > 0 and (string[start - 1].isalnum() or string[start - 1] == "_"):
        start -= 1
    return _compiled(_LAST_WORD, 0).search(string, start) if start < end else None


def _ending(
    pattern: str, ends: tuple[str, ...], digit: bool = False
) -> Callable[[str], Match[str] | None]:
    """A pattern anchored at the end, searched only when the stripped text ends on what every
    match of it ends on (the engine would try it at every position). ``digit``: or on a digit
    (``\\d``: str.isdigit holds for every character it matches)."""

    def search(string: str) -> Match[str] | None:
        stripped = string.rstrip()
        if stripped.endswith(ends) or (digit and stripped[-1:].isdigit()):
            return _compiled(pattern, 0).search(string)
        return None

    return search


# Pattern text -> a search with the same answers that skips most of the engine's work (keyed
# by the exact text: a rule that edits its pattern simply gets the plain search).
_FAST_SEARCH: dict[str, Callable[[str], Match[str] | None]] = {_LAST_WORD: _last_word}
for _pattern, _ends in (
    (  # cues_orgs.org_context: "a contract with X", "a deal between A and X"
        r"\b(?:contract|agreement|deal|deals|talks|partner|partnership|signed|inked|sealed|"
        r"partnered|teamed up)[\"”’]?\s+with\s+$",
        ("with",),
    ),
    (r"\b(?:contract|agreement|deal)\s+between\s+[^.;]{0,50}\band\s+(?:the\s+)?$", ("and", "the")),
):
    _FAST_SEARCH[_pattern] = _ending(_pattern, _ends)
# cues_orgs.org_context: "The two Sides welcomed", "all 12 Members" (round 8)
_COUNT_BEFORE = r"\b(?:two|both|all|\d+)\s+$"
_FAST_SEARCH[_COUNT_BEFORE] = _ending(_COUNT_BEFORE, ("two", "both", "all"), digit=True)


def match(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    if flags or not isinstance(pattern, str):
        return _compiled(pattern, flags).match(string)
    found = _PLAIN.get(pattern)
    return (found or _compiled(pattern, 0)).match(string)


def fullmatch(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Match[str] | None:
    return _compiled(pattern, flags).fullmatch(string)


def sub(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int | RegexFlag = 0,
) -> str:
    return _compiled(pattern, flags).sub(repl, string, count)


def findall(pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0) -> list[Any]:
    return _compiled(pattern, flags).findall(string)


def finditer(
    pattern: str | Pattern[str], string: str, flags: int | RegexFlag = 0
) -> Iterator[Match[str]]:
    return _compiled(pattern, flags).finditer(string)


def split(
    pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int | RegexFlag = 0
) -> list[str | Any]:
    return _compiled(pattern, flags).split(string, maxsplit)
