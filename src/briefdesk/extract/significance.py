"""Candidate significance sentences: the ones that say why the news matters."""

from __future__ import annotations

import re

from briefdesk.extract.scans import factored
from briefdesk.extract.text import Sentence

_CUE_LIST = (
    r"significant|landmark|historic|first|largest|biggest|record|milestone|strategic|"
    r"underscores?|signals?|signalling|signaling|reflects?|marks?|bolster|strengthen\w*|"
    r"shift|balance of power|implications?|expected to|could|would|aims? to|seeks? to|"
    r"amid|as part of|comes as|boost|counter|reduce (?:its )?reliance|diversif\w+|"
    r"dependence|security|stability"
)
# (The class of first letters lets the engine pass over most positions with one test; the cues
# as one branch per first letter, scans.factored: fewer branches tried at each word.)
_CUES = re.compile(
    rf"(?=[abcdefhilmrsuw])\b({factored(_CUE_LIST.split('|'))})\b"
)  # matched against lower-cased text: faster than re.IGNORECASE


def significance_sentences(sents: list[Sentence], limit: int = 5) -> list[Sentence]:
    scored: list[tuple[int, int, Sentence]] = []
    for index, sentence in enumerate(sents):
        if len(sentence.text) < 40 or "\n" in sentence.text.strip():
            continue
        hits = len(set(_CUES.findall(sentence.text.lower())))  # (group 1: no match objects)
        if hits >= 2:
            scored.append((hits, -index, sentence))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    chosen = sorted((item[2] for item in scored[:limit]), key=lambda s: s.start)
    return chosen
