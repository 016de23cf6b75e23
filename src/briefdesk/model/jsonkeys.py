"""Refuse duplicate keys in a ``.brief``: with two ``"amount"`` keys, what a reviewer reads in the
file is not what loads (JSON parsers keep the last one silently).

The fast path is ``json``'s ``object_pairs_hook``; only when a duplicate is found is the text
scanned again to say on which line it is.
"""

from __future__ import annotations

import json
import re
from typing import Any


class DuplicateKey(ValueError):
    """Raised from the pairs hook; carries the key so the line can be found afterwards."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class TooLongNumber(ValueError):
    """A number with more digits than any field of a brief can hold."""

    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKey(key)
        result[key] = value
    return result


def bounded_int(max_digits: int) -> Any:
    """A ``parse_int`` hook that refuses numbers longer than ``max_digits`` before converting."""

    def parse(text: str) -> int:
        digits = len(text.lstrip("-"))
        if digits > max_digits:
            raise TooLongNumber(digits)
        return int(text)

    return parse


def duplicate_key_line(text: str) -> tuple[int, str] | None:
    """(line, key) of the first key repeated within one JSON object of ``text``, or None."""
    stack: list[set[str] | None] = []  # a set of seen keys per object, None per array
    index = 0
    length = len(text)
    expect_key = False
    while index < length:
        char = text[index]
        if char == '"':
            end = _string_end(text, index)
            if stack and stack[-1] is not None and expect_key:
                key = json.loads(text[index : end + 1])
                seen = stack[-1]
                if key in seen:
                    return text.count("\n", 0, index) + 1, key
                seen.add(key)
                expect_key = False
            index = end + 1
            continue
        if char == "{":
            stack.append(set())
            expect_key = True
        elif char == "[":
            stack.append(None)
        elif char in "}]":
            if stack:
                stack.pop()
        elif char == ",":
            expect_key = bool(stack) and stack[-1] is not None
        index += 1
    return None


def _string_end(text: str, start: int) -> int:
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == '"':
            return index
        index += 1
    return len(text) - 1


_LONE = re.compile(
    r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|(?<![dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}"
)


def lone_surrogate_line(text: str) -> tuple[int, str] | None:
    """(line, escape) of a ``\\ud800``-style escape that is half a character, or None.

    JSON allows such escapes but they are not text: nothing can save, show or export them."""
    for match in _LONE.finditer(text):
        start = match.start()
        backslashes = len(text[:start]) - len(text[:start].rstrip("\\"))
        if backslashes % 2:  # an escaped backslash followed by plain "ud800"
            continue
        return text.count("\n", 0, start) + 1, match.group(0)
    return None
