"""Common English words, from pyspellchecker's English frequency list (already a dependency).

A capitalised word that opens a sentence and is a common English word ("Financing is the
crux", "Smuggling is the bigger problem") is most often not a name. The words are one of the
tables ``data_cache`` keeps between processes; loaded on first use.
"""

from __future__ import annotations

from briefdesk.extract.data_cache import tables


def is_common_word(word: str) -> bool:
    """True for a word of everyday English written in lower case ("financing", "launch")."""
    return word.lower() in tables().common_words
