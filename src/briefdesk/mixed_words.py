"""The check on likelihood and confidence in one sentence, with what to write instead
(newcomer25 N25-07).

ICD 203 keeps the two apart. The check flagged "Manila will likely reopen the requirement in
2027, with moderate confidence." and stopped there, although the same words had just set the
judgment's Likelihood and Confidence and the export prints "Likely (55–80%), moderate
confidence." beside the sentence: the user could not tell what to change. The finding now names
the words to drop (the confidence phrase) and where the level lives instead: in a judgment, its
Confidence field (already set, to be set, or set to another level); elsewhere, a sentence of
its own ("We have moderate confidence in this.").
"""

from __future__ import annotations

import re

from briefdesk.estimative import CONFIDENCE_WORDS, stated_confidence
from briefdesk.model.codes import Confidence

LIKELIHOOD_WORDS = re.compile(
    r"\b(almost no chance|very unlikely|unlikely|roughly even chance|even chance|likely|"
    r"very likely|almost certain(?:ly)?|probabl[ey]|improbable|remote)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The confidence as a phrase the sentence can lose: ", with moderate confidence", "(high
# confidence)", "at low confidence"; "we assess with high confidence that" keeps its verb.
_PHRASE = re.compile(
    r"[,;]?\s*\(\s*(?:with\s+)?(?:high|moderate|medium|low)[- ]confidence\s*\)"
    r"|[,;]?\s*\b(?:with|at)\s+(?:a\s+)?(?:high|moderate|medium|low)[- ]confidence"
    r"(?:\s+level)?\b",
    re.IGNORECASE,
)


def mixed_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that hold both likelihood and confidence words."""
    return [
        s.strip()
        for s in SENTENCE_END.split(text)
        if LIKELIHOOD_WORDS.search(s) and CONFIDENCE_WORDS.search(s)
    ]


def mixed_message(
    name: str, sentence: str, *, judgment: bool, confidence: Confidence | None
) -> str:
    """The finding for ``sentence`` of the field ``name``: what it mixes and what to write
    instead; ``judgment`` when the field is a key judgment's statement, whose Confidence field
    is ``confidence``."""
    quoted = sentence if len(sentence) <= 60 else sentence[:57] + "..."
    said = f"{name}: likelihood and confidence in one sentence: {quoted!r}"
    phrase = _PHRASE.search(sentence)
    words = f"drop “{phrase.group().strip(' ,;')}”" if phrase else "say the confidence apart"
    stated = stated_confidence(sentence)
    if not judgment:
        return f"{said} — {words} and give it its own sentence (“We have … confidence in this.”)"
    if stated is None:
        return f"{said} — {words} and set the judgment's Confidence instead"
    level = stated.value.capitalize()
    if confidence == stated:
        return (
            f"{said} — {words}: the Confidence field says {level} and the export prints it "
            "beside the judgment"
        )
    if confidence is None:
        return f"{said} — {words} and set the judgment's Confidence to {level}"
    return (
        f"{said} — {words}; the Confidence field says {confidence.value.capitalize()}, "
        f"not {level}: keep the one you mean there"
    )
