"""One candidate decoding of a legacy file, rated once: the scorer every charset step reads.

Choosing a code page compares the same few readings of the same bytes several ways (do its
accented letters belong to one language, how many words does it break in its script, does it
put signs inside words or control codes in the text). Each of those measures is worked out
here the first time a step asks and kept, so the steps in ``charset_pick`` weigh one set of
readings instead of decoding and scoring the bytes afresh each.
"""

from __future__ import annotations

import codecs
import unicodedata
from functools import cached_property

from briefdesk.sources.charset_letters import language_of, letter_fit
from briefdesk.sources.charset_script import broken_words, main_script
from briefdesk.sources.charset_symbols import has_controls, misread_words

# Bytes read: the head of the file is enough to tell a code page, and cheap on a long one.
SAMPLE = 65_536


class Reading:
    """The sample read in one code page, with its measures computed on first use."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._broken: dict[str, int] = {}

    @cached_property
    def fit(self) -> float:
        """Share of accented letters one language writes (``letter_fit``): 1.0 reads clean."""
        return letter_fit(self.text)

    @cached_property
    def script(self) -> str | None:
        """The script most of its non-ASCII letters are in (LATIN, GREEK, CYRILLIC ...)."""
        return main_script(self.text)

    def broken(self, script: str) -> int:
        """Words the reading breaks, judged as text in ``script`` (``broken_words``)."""
        if script not in self._broken:
            self._broken[script] = broken_words(self.text, script)
        return self._broken[script]

    def score(self, script: str) -> tuple[int, float]:
        """(fewer broken words, letter fit): higher reads better; the fit counts in Latin only."""
        return -self.broken(script), self.fit if script == "LATIN" else 1.0

    @cached_property
    def misread(self) -> bool:
        """A sign between two letters ("Pol¶ka"): a sure sign of a wrong page."""
        return bool(misread_words(self.text, 1))

    @cached_property
    def controls(self) -> bool:
        """Control codes in the text: bytes the page leaves unassigned."""
        return has_controls(self.text)

    @cached_property
    def language(self) -> str | None:
        """The language its plain words are in (langdetect's code), None when unsure."""
        return language_of(self.text)

    @cached_property
    def composed_language(self) -> str | None:
        """``language`` of the text with combining accents composed (Windows-1258 writes
        Vietnamese letters as a base and an accent)."""
        composed = unicodedata.normalize("NFC", self.text)
        return self.language if composed == self.text else language_of(composed)


class Readings:
    """Every reading of one file's head asked for so far, one per code page."""

    def __init__(self, data: bytes) -> None:
        self.sample = data[:SAMPLE]
        self._by_codec: dict[str, Reading | None] = {}
        self._by_text: dict[str, Reading] = {}

    def of(self, page: str) -> Reading | None:
        """The sample read in ``page``; None when the page cannot read its bytes. Pages that
        read the bytes into the same text share one reading (Windows-1250 and ISO-8859-2 do
        for most Czech), so it is rated once."""
        key = codecs.lookup(page).name
        if key not in self._by_codec:
            try:
                text = self.sample.decode(page)
            except UnicodeDecodeError:
                self._by_codec[key] = None
            else:
                self._by_codec[key] = self._by_text.setdefault(text, Reading(text))
        return self._by_codec[key]

    def texts(self, pages: tuple[str, ...]) -> dict[str, Reading]:
        """The readings of those of ``pages`` that read the bytes, in their order."""
        found = {}
        for page in pages:
            reading = self.of(page)
            if reading is not None:
                found[page] = reading
        return found
