"""Spelling of prose: which words are unknown and what they might have meant.

Chosen by measurement (benchmarks/bench_spelling.py, 101 common misspellings + 33 British
spellings): Hunspell dictionaries through spylls (pure-Python Hunspell) decide what is a word —
they know en-GB from en-US, which pyspellchecker's single English list does not (it flags
"defence", "organisation", "programme"). Suggestions come from pyspellchecker's frequency-ranked
edits kept only when the Hunspell dictionary accepts them (top-1 95/101, top-3 100/101), falling
back to Hunspell's own suggestions (top-1 82, top-3 99, about 2.5× slower).
Like Word, words in capitals, with digits, or with inner capitals (acronyms, designations such
as "JF-17C", "MoD") are not checked.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefdesk.spelling.dictionaries import add_word, find_dictionary, read_words

# A run of non-space characters; the words inside it are letters joined by apostrophes.
_CHUNK = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SKIP_CHUNK = re.compile(r"\d|://|@|www\.|\.(?:com|org|net|gov|uk)\b|[#_\\/<>{}=]")
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Misspelling:
    start: int  # offsets into the checked text (Python str indices)
    end: int
    word: str


def words_in(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of every word worth checking in ``text``."""
    for chunk in _CHUNK.finditer(text):
        if _SKIP_CHUNK.search(chunk.group()):
            continue
        for match in _WORD.finditer(chunk.group()):
            word = match.group()
            if len(word) < 2 or word.isupper() or any(c.isupper() for c in word[1:]):
                continue
            start = chunk.start() + match.start()
            yield start, start + len(word), word


def _normal(word: str) -> str:
    return word.replace("’", "'")


class SpellChecker:
    """One language's dictionary plus personal, team, ignored and brief words; thread-safe."""

    def __init__(
        self,
        language: str,
        personal: Path | None = None,
        team: Path | None = None,
    ) -> None:
        self.language = language
        self.dictionary = _dictionary(language)
        self.personal_path = personal
        self.team_path = team
        self.problems: list[str] = []  # one line each: a team list that cannot be read
        self._lock = threading.RLock()
        self._accepted: set[str] = set()
        self._ignored: set[str] = set()
        self._brief: set[str] = set()
        self._cache: dict[str, bool] = {}
        self.reload_lists()

    # --- word lists ---------------------------------------------------------------------------
    def reload_lists(self) -> None:
        accepted: set[str] = set()
        problems = []
        for kind, path in (("personal", self.personal_path), ("team", self.team_path)):
            if path is None:
                continue
            try:
                accepted |= read_words(path)
            except FileNotFoundError:
                if kind == "team":
                    problems.append(f"team dictionary {path} does not exist")
            except (OSError, ValueError) as exc:
                problems.append(f"{kind} dictionary {path} cannot be read: {exc}")
        with self._lock:
            self._accepted = accepted
            self.problems = problems
            self._cache.clear()

    def add(self, word: str) -> None:
        """Into the personal dictionary file (and known at once)."""
        word = _normal(word)
        if self.personal_path is not None:
            add_word(self.personal_path, word)
        with self._lock:
            self._accepted.add(word)
            self._cache.clear()

    def ignore(self, word: str) -> None:
        """For this session only, like Word's "Ignore All"."""
        with self._lock:
            self._ignored.add(_normal(word))
            self._cache.clear()

    def set_brief_words(self, words: Iterable[str]) -> bool:
        """Names and source words of the open brief; True when they changed."""
        # Case-blind: a release's all-caps headline ("KOREA EXIMBANK") vouches for "Eximbank"
        # in the BLUF (N11-21); "README: words of its sources are never flagged".
        new = {_normal(w).casefold() for w in words}
        with self._lock:
            if new == self._brief:
                return False
            self._brief = new
            self._cache.clear()
            return True

    # --- checking -------------------------------------------------------------------------------
    def known(self, word: str) -> bool:
        word = _normal(word)
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        with self._lock:
            result = self._known(word)
            self._cache[word] = result
        return result

    def _known(self, word: str) -> bool:
        lists = (self._accepted, self._ignored)
        for variant in (word, word.lower(), word.capitalize()):
            if any(variant in words for words in lists):
                return True
        if word.casefold() in self._brief:
            return True
        if self.dictionary.lookup(word):
            return True
        # "don't" and "Chile's": the stem is what the dictionary and the brief know.
        stem = re.sub(r"'s$", "", word)
        return stem != word and self._known(stem)

    def misspellings(self, text: str) -> list[Misspelling]:
        return [
            Misspelling(s, e, w)
            for s, e, w in words_in(text)
            if not self.known(w) and not _scale_after_number(text, s, w)
        ]

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Most likely first, in the word's own capitalisation."""
        word = _normal(word)
        lower = word.lower()
        with self._lock:
            frequency = _frequency_list()
            ranked = sorted(
                frequency.candidates(lower) or (), key=lambda w: -frequency.word_usage_frequency(w)
            )
            found = [w for w in ranked if w != lower and self.dictionary.lookup(w)]
            if not found:
                found = list(itertools.islice(self.dictionary.suggest(word), limit))
        if word[:1].isupper():
            found = [w[:1].upper() + w[1:] for w in found]
        unique = list(dict.fromkeys(w for w in found if w != word))
        return unique[:limit]

    def warm(self) -> None:
        """Load what suggestions need (0.3 s) before the first right-click."""
        _frequency_list()
        self.known("warm")


# "NOK 2.4 bn", "USD 480 m", "1.2tn": house style in briefing notes after a number (N13-34).
_SCALES = frozenset(("bn", "k", "m", "mn", "tn"))


def _scale_after_number(text: str, start: int, word: str) -> bool:
    return word.casefold() in _SCALES and text[:start].rstrip()[-1:].isdigit()


_load_lock = threading.Lock()


@cache
def _dictionary_cached(language: str) -> Any:
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(str(find_dictionary(language)))


def is_loaded(language: str) -> bool:
    """Whether this process already read the dictionary (a new checker is then instant)."""
    return language in _loaded_languages


_loaded_languages: set[str] = set()


def _dictionary(language: str) -> Any:
    """Read once per process (0.5–0.8 s) and shared: lookups never change it."""
    from briefdesk.gcquiet import big_load

    with _load_lock, big_load():
        dictionary = _dictionary_cached(language)
        _loaded_languages.add(language)
        return dictionary


@cache
def _frequency_cached() -> Any:
    from spellchecker import SpellChecker as FrequencyList

    frequency = FrequencyList(language=None, distance=2)
    frequency.word_frequency.load_json(_english_frequencies())
    return frequency


def _english_frequencies() -> dict[str, int]:
    """pyspellchecker's own English list, parsed in slices of a few milliseconds.

    Its loader parses the 2.7 MB of JSON in one ``json.loads``: one C call that held the GIL
    for 80-180 ms, a stall of the window while the list loaded on a thread at start. The file
    is one ``"word": count,`` a line; anything else is parsed whole, as before."""
    import gzip
    import json
    import pkgutil

    raw = pkgutil.get_data("spellchecker", "resources/en.json.gz") or b""
    text = gzip.decompress(raw).decode("utf-8")
    lines = text.splitlines()
    if len(lines) < 3 or lines[0] != "{" or lines[-1] != "}":
        return dict(json.loads(text))
    words: dict[str, int] = {}
    body = lines[1:-1]
    for start in range(0, len(body), 5000):
        piece = "".join(body[start : start + 5000]).rstrip(",")
        words.update(json.loads("{" + piece + "}"))
    return words


def _frequency_list() -> Any:
    from briefdesk.gcquiet import big_load

    with _load_lock, big_load():
        return _frequency_cached()
