"""What the side readers of an article's sentences share (issue 10, round 20).

The buyer-and-seller reader (``parties.assign``) and the frame reader
(``deal_frames.frame_votes``) each asked, of every party mention of a sentence, whether it only
describes another name (``party_phrases.descriptive``) and whether it is a demonym before a
noun (``party_phrases.demonym_before_noun``); the frame reader read a clause's words and deal
heads again for each amount or deal that pointed to it, and the sentence's concession test
was made by four readers. Here each is read once, lazily, keyed by position in the article's
text: one ``SideReading`` per ``DealFinder`` (one article), so nothing outlives the article and
no thread shares it. Every fact is the same function's answer on the same arguments: the
readers' logic is unchanged (tests/extract/test_speed_round20.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from briefdesk.extract.deal_parties import concession_in
from briefdesk.extract.party_phrases import demonym_before_noun, descriptive
from briefdesk.extract.text import Sentence

Mention = tuple[int, int, str]
T = TypeVar("T")


class SideReading:
    """Facts about one article's sentences and mentions, each read on first use."""

    __slots__ = ("_adjective", "_clauses", "_concession", "_described", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._described: dict[Mention, bool] = {}
        self._adjective: dict[tuple[int, int], bool] = {}
        self._concession: dict[tuple[int, int, str], bool] = {}
        self._clauses: dict[tuple[object, ...], object] = {}

    def described(self, mention: Mention) -> bool:
        """``descriptive(text, mention)``: the mention only describes another name."""
        known = self._described.get(mention)
        if known is None:
            known = self._described[mention] = descriptive(self.text, mention)
        return known

    def adjective(self, start: int, end: int) -> bool:
        """``demonym_before_noun`` of the name at [start, end) and the 12 characters after it
        ("60 Ghanaian sailors")."""
        known = self._adjective.get((start, end))
        if known is None:
            text = self.text
            known = demonym_before_noun(text[start:end], text[end : end + 12])
            self._adjective[(start, end)] = known
        return known

    def concession(self, sentence: Sentence) -> bool:
        """``concession_in(sentence.text)``: the sentence grants rights."""
        key = (sentence.start, sentence.end, sentence.text)
        known = self._concession.get(key)
        if known is None:
            known = self._concession[key] = concession_in(sentence.text)
        return known

    def clause(self, key: tuple[object, ...], read: Callable[[], T]) -> T:
        """What ``read`` gives for a clause (the frame reader's words and heads, keyed by the
        clause's area, its parties and the deal's kind): read once."""
        if key not in self._clauses:
            self._clauses[key] = read()
        return self._clauses[key]  # type: ignore[return-value]
