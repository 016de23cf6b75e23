"""Which script a reading's letters are in, and how many of its words it breaks.

Measures for the script check of ``charset_pick``: read in a wrong page, a short mislabelled
text breaks words with a sign or a letter of a second script (Czech ISO-8859-2 read as
Vietnamese Windows-1258: "Èeská ... tankù", its 0xEC a combining accent; Greek Windows-1253
read as ISO-8859-7, where 0xA2 is "’" rather than "Ά": "’μυνας") (C9-15).
"""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"\S+")
_TAGS = re.compile(r"<[^>]*>|&[a-z#0-9]+;", re.I)
_APOSTROPHES = frozenset("’'‘ʼ")
_IN_WORD = frozenset("-‐‑·\u00ad") | _APOSTROPHES


def main_script(text: str) -> str | None:
    """The script most non-ASCII letters of the text belong to (LATIN, GREEK, CYRILLIC...)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch > "\x7f" and ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda s: counts[s])


def broken_words(text: str, script: str) -> int:
    """Words broken by the reading: letters of two scripts, a sign inside or before letters
    ("Pol¶ka", "’μυνας"), a lone combining accent (single-byte pages hold none in text), or a
    control character (a byte the page leaves unassigned in text)."""
    text = _TAGS.sub(" ", text)
    broken = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    for match in _TOKEN.finditer(text):
        word = match.group().strip('.,;:!?()[]{}"«»“”„<>/')
        letters = [ch for ch in word if ch.isalpha()]
        if not letters:
            continue
        scripts = {_script(ch) for ch in letters if ch > "\x7f"} | (
            {"LATIN"} if any(ch.isascii() for ch in letters) else set()
        )
        if len(scripts) > 1:
            broken += 1
            continue
        for i, ch in enumerate(word):
            if ch.isascii() or ch.isalnum():
                continue
            if unicodedata.combining(ch):
                broken += 1
                break
            if ch in _APOSTROPHES and script != "LATIN" and i == 0:
                broken += 1  # Greek and Cyrillic words never open with an apostrophe
                break
            beside = word[i - 1 : i] + word[i + 1 : i + 2]
            sign = ch not in _IN_WORD and unicodedata.category(ch)[0] in "SP"
            if sign and any(other.isalpha() for other in beside):
                broken += 1
                break
    return broken


def _script(ch: str) -> str:
    try:
        return unicodedata.name(ch).split(" ")[0]
    except ValueError:
        return "UNKNOWN"
