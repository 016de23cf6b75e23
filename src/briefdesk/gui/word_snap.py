"""Selections in the article snap to whole words before they are cited or added.

A mouse drag easily starts or ends inside a word ("ould raise dredging c"); storing that as
evidence or as an actor's name is never what the user meant. Qt-free: plain text indexes.
"""

from __future__ import annotations

# Separators inside a number: "1.6", "1,600". Hyphens and apostrophes are not joined: a drag
# over "Azerbaijan" in "Azerbaijan-Pakistan" or "Azerbaijan's" meant the name alone.
_NUMBER_JOINERS = ".,"


def _in_word(text: str, index: int) -> bool:
    if not 0 <= index < len(text):
        return False
    ch = text[index]
    if ch.isalnum():
        return True
    return (
        ch in _NUMBER_JOINERS
        and 0 < index < len(text) - 1
        and text[index - 1].isdigit()
        and text[index + 1].isdigit()
    )


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend ``text[start:end]`` outwards where an end cuts a word (or a number) in two."""
    if start >= end:
        return start, end
    while start > 0 and _in_word(text, start - 1) and _in_word(text, start):
        start -= 1
    while end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    return start, end
