"""One annotated document per text: its sentences and the cached lookups every rule shares."""

from __future__ import annotations

import re
from collections.abc import Callable

from briefdesk.extract.gazetteer import Gazetteer, gazetteer
from briefdesk.extract.text import (
    Sentence,
    strip_possessive,
)
from briefdesk.extract.vocab import (
    LOCATIVE,
    REGIONS,
)


class Doc:
    """Built once per text; rules read it and never change it."""

    def __init__(self, text: str, outlet: str = "", sents: list[Sentence] | None = None) -> None:
        self.text = text
        self.outlet = outlet[:500]
        self.gaz: Gazetteer = gazetteer()
        self.lower_words = frozenset(LOWER_WORD.findall(text))
        self.sentences: list[Sentence] = sents if sents is not None else []

    def after(self, pos: int, length: int = 80) -> str:
        return self.text[pos : pos + length]

    def before(self, pos: int, length: int = 80) -> str:
        return self.text[max(0, pos - length) : pos]

    def fast_readers(self) -> tuple[Callable[..., str], Callable[..., str], Callable[[str], str]]:
        """``after``, ``before`` and ``country_of`` (same answers) as closures over the text and
        the gazetteer's tables, for the resolver: rules call them about 600 times per article,
        and a closure skips a bound method's attribute look-ups (a third of each call)."""
        text, names, adjectives = self.text, self.gaz.names, self.gaz.adjectives

        def after(pos: int, length: int = 80) -> str:
            return text[pos : pos + length]

        def before(pos: int, length: int = 80) -> str:
            return text[pos - length if pos > length else 0 : pos]

        def country_of(words: str) -> str:
            word = strip_possessive(words)
            return names.get(word) or adjectives.get(word) or ""

        return after, before, country_of

    # --- helpers --------------------------------------------------------------------------
    def country_of(self, words: str) -> str:
        """ISO code for a country name, alias or demonym, or ''."""
        word = strip_possessive(words)
        return self.gaz.names.get(word) or self.gaz.adjectives.get(word) or ""

    def affiliation_name(self, code_or_name: str) -> str:
        country = self.gaz.countries.get(code_or_name)
        return country.name if country else code_or_name

    def known_place(self, name: str) -> bool:
        return name in self.gaz.cities or name in self.gaz.capitals or name in self.gaz.provinces

    def known_entity(self, name: str) -> bool:
        return bool(
            self.gaz.names.get(name)
            or self.gaz.adjectives.get(name)
            or name in self.gaz.capitals
            or name in REGIONS
            or self.gaz.cities.get(name, ("", 0))[1] > 200_000
        )

    def after_locative(self, start: int) -> bool:
        word = word_before_end(self.before(start, 30))
        return bool(word and word.lower() in LOCATIVE)


# ``\b[a-z][a-z-]+\b`` led by its first letter's class, with "no word character before it"
# as a look-behind over that letter (what ``\b`` asks before one): the same matches, but the
# engine skips to each lower-case letter in one fast pass instead of trying ``\b`` at every
# position of the whole text (round 12; tests/extract/test_speed_round12.py).
LOWER_WORD = re.compile(r"[a-z](?<!\w.)[a-z-]+\b")


_LAST_WORD = re.compile(r"(\w+)\s+(?:the\s+)?$")  # the word before a name ("in", "in the")


def word_before_end(text: str) -> str | None:
    """``_LAST_WORD.search(text).group(1)`` (None for no match) without the engine trying the
    pattern at every position: the text's last word, or the one before a last "the"."""
    if not text[-1:].isspace():
        return None  # (the pattern ends on whitespace; "$" also before a last newline, itself one)
    stripped = text.rstrip()
    last = _word_run_before(stripped, len(stripped))
    if last != "the":
        return last or None
    between = len(stripped) - 3  # "in the": the word before "the", when only spaces part them
    gap = len(stripped[:between].rstrip())
    if gap == between:
        return last
    return _word_run_before(stripped, gap) or last


def _word_run_before(text: str, end: int) -> str:
    """The run of word characters (``\\w``: alphanumeric or "_") that ends at ``end``."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return text[start:end]
