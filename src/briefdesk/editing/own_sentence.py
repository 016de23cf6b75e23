"""A record whose words are a sentence of the source cites that sentence: one key, no selecting.

Why (newcomer18 N18-13): a key judgment whose rationale the user copied from the article still
cost selecting the same words again and pressing Cite; the sentence is already known. When the
record's text is one of the source's sentences (case, spacing and the closing stop aside), or
eight words or more of one, "Cite selection" with nothing selected cites that sentence.
"""

from __future__ import annotations

import re

from briefdesk.model import Source, Span

_SENTENCE = re.compile(r"[^\s][^.!?\n]*(?:[.!?]+[\"'”’)]*|$)", re.M)
_MIN_WORDS = 8  # a shorter phrase may stand in several sentences: the user picks


def _folded(text: str) -> str:
    return " ".join(text.split()).strip(" .!?\"'“”‘’").casefold()


def sentence_span(source: Source, statement: str) -> Span | None:
    """The sentence of ``source`` that ``statement`` repeats, as a citation; None when none
    does, or when its words stand in more than one sentence."""
    wanted = _folded(statement)
    if not wanted:
        return None
    long_enough = len(wanted.split()) >= _MIN_WORDS
    found = [
        match
        for match in _SENTENCE.finditer(source.text)
        if (said := _folded(match.group())) == wanted or (long_enough and wanted in said)
    ]
    if len(found) != 1:
        return None
    start, end = found[0].span()
    return Span(source_id=source.id, start=start, end=end, quote=source.text[start:end])
