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


# The writer's own estimative judgment (newcomer12 N12-09): "We judge it likely that ...", "We
# assess with moderate confidence ...", "The authors estimate ...", "In our judgement, ...". An
# analysis states its bottom line so; it is the first candidate. A quoted official's verb is not
# it ("Officials said they judge ..."): only the first person or the document's own authors.
_ESTIMATIVE = re.compile(
    r"^(?:in\s+our\s+(?:judge?ment|assessment|view)\b|(?:we|the\s+(?:authors?|analysts?|"
    r"assessment|report|paper|brief))\s+(?:therefore\s+|also\s+|now\s+)?(?:judge|judges|"
    r"assess|assesses|estimate|estimates|believe|conclude|concludes)\b)"
)
_ESTIMATIVE_HINTS = ("judge", "assess", "estimate", "believe", "conclude")
# A list item's marker ("• ", "- ", "* ", "1. ", "(a) "): analytic briefs put their judgments in
# bullets as a rule (newcomer13 N13-33), so it is no part of the sentence's first words.
_LIST_MARKER = re.compile(r"^\s*(?:[•‣◦▪●*\-–—]|\(?(?:\d{1,2}|[a-z])[.)])\s+")


def _without_marker(sentence: Sentence) -> Sentence:
    """The sentence without its list marker: the marker is neither judged nor cited."""
    marker = _LIST_MARKER.match(sentence.text)
    if marker is None:
        return sentence
    return Sentence(sentence.start + marker.end(), sentence.end, sentence.text[marker.end() :])


def significance_sentences(sents: list[Sentence], limit: int = 5) -> list[Sentence]:
    scored: list[tuple[int, int, Sentence]] = []
    for index, sentence in enumerate(sents):
        if len(sentence.text) < 40 or "\n" in sentence.text.strip():
            continue
        sentence = _without_marker(sentence)
        lowered = sentence.text.lower()
        if any(hint in lowered for hint in _ESTIMATIVE_HINTS) and _ESTIMATIVE.match(
            lowered.lstrip()
        ):
            scored.append((100, -index, sentence))  # the writer's own judgment comes first
            continue
        hits = len(set(_CUES.findall(lowered)))  # (group 1: no match objects)
        if hits >= 2:
            scored.append((hits, -index, sentence))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    # In reading order, but the writer's own judgment first.
    chosen = [item[2] for item in sorted(scored[:limit], key=lambda i: (i[0] < 100, i[2].start))]
    return chosen
