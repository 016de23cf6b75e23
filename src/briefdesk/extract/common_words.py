"""Common English words, from pyspellchecker's English frequency list (already a dependency).

A capitalised word that opens a sentence and is a common English word ("Financing is the
crux", "Smuggling is the bigger problem") is most often not a name. Loaded on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

# pyspellchecker counts every word at least 50 times; everyday English runs far above
# 500, while company coinages sit near the floor ("Hanwha" 0, "Toyota" 50, "Saab" 165).
_COMMON = 500


@lru_cache(maxsize=1)
def _frequencies() -> Mapping[str, int]:
    from spellchecker import SpellChecker

    counts: Mapping[str, int] = SpellChecker(language="en", distance=1).word_frequency.dictionary
    return counts


def is_common_word(word: str) -> bool:
    """True for a word of everyday English written in lower case ("financing", "launch")."""
    return _frequencies().get(word.lower(), 0) > _COMMON
