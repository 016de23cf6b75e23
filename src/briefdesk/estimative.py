"""The ICD 203 words a judgment's text uses, against the likelihood chosen for it.

Why: a judgment that reads "almost certainly" while its picker says *unlikely* exports as
"…almost certainly… Unlikely (20–45%)" — a contradiction the manager reads and no check caught.
Only clear cases are flagged: a sentence with a negation ("will almost certainly not buy" may
rightly be *almost no chance*), a comparison ("more likely than") or a condition ("if it is
likely") is ambiguous about which way the word points, so it is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefdesk.model.codes import Confidence, Likelihood

# Longest phrase first within each level, and across levels where one phrase contains another
# ("very likely" before "likely"): the alternation below takes the first that matches.
_TERMS: tuple[tuple[str, Likelihood], ...] = (
    (r"almost no chance", Likelihood.ALMOST_NO_CHANCE),
    (r"remote (?:chance|possibility|prospect|likelihood)", Likelihood.ALMOST_NO_CHANCE),
    (r"(?:very|highly) unlikely", Likelihood.VERY_UNLIKELY),
    (r"highly improbable", Likelihood.VERY_UNLIKELY),
    (r"unlikely", Likelihood.UNLIKELY),
    (r"improbabl[ey]", Likelihood.UNLIKELY),
    (r"roughly even (?:chance|odds)", Likelihood.ROUGHLY_EVEN_CHANCE),
    (r"even (?:chance|odds)", Likelihood.ROUGHLY_EVEN_CHANCE),
    (r"(?:very|highly) likely", Likelihood.VERY_LIKELY),
    (r"highly probabl[ey]", Likelihood.VERY_LIKELY),
    (r"(?:almost|nearly|virtually) certain(?:ly)?", Likelihood.ALMOST_CERTAIN),
    (r"likely", Likelihood.LIKELY),
    (r"probabl[ey]", Likelihood.LIKELY),
)
_TERM = re.compile(
    "|".join(f"(?P<t{i}>\\b{pattern}\\b)" for i, (pattern, _) in enumerate(_TERMS)),
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|without|cannot|hardly|fails?|failed)\b|n't\b", re.IGNORECASE
)
# A comparison in the few words before the term ("more likely", "as likely as", "less
# probable"), or a condition anywhere before it ("if the deal is likely", "whether").
_HEDGE_BEFORE = re.compile(
    r"\b(?:more|less|most|least|as|equally)\b(?:\W+\w+){0,2}\W*$|\b(?:if|whether|unless)\b",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"^\W*(?:than|as|if)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


_NEAR_BEFORE = re.compile(r"(?:\S+\s+){0,4}\S*\s*$")  # the last four words before the term
_NEAR_AFTER = re.compile(r"^\s*(?:\S+\s*){0,2}")  # the two words after it


def _negated(before: str, after: str) -> bool:
    """A negation near the term turns or blurs it ("is not likely", "almost certainly not
    buy", "nor is it likely"); one further off belongs to what is judged, not to the level
    (newcomer24 N24-07: "will likely clear the takeover without conditions" set nothing). The
    "no" of "almost no chance" is the term's own."""
    near = _NEAR_BEFORE.search(_TERM.sub(" ", before))
    following = _NEAR_AFTER.match(after)
    words = (near.group() if near else "") + " " + (following.group() if following else "")
    return _NEGATION.search(words) is not None


@dataclass(frozen=True)
class EstimativeWord:
    """An ICD 203 term as it stands in the text ("almost certainly") and the level it names."""

    words: str
    likelihood: Likelihood


def estimative_words(text: str) -> list[EstimativeWord]:
    """Every ICD 203 term that clearly states the text's likelihood, in reading order."""
    found: list[EstimativeWord] = []
    for sentence in _SENTENCE_END.split(text):
        for match in _TERM.finditer(sentence):
            before, after = sentence[: match.start()], sentence[match.end() :]
            if _HEDGE_BEFORE.search(before) or _HEDGE_AFTER.search(after):
                continue
            if _negated(before, after):
                continue
            index = int((match.lastgroup or "t0")[1:])
            found.append(EstimativeWord(" ".join(match.group().split()), _TERMS[index][1]))
    return found


def contradiction(text: str, chosen: Likelihood | None) -> EstimativeWord | None:
    """The first term in ``text`` that names another level than ``chosen``, when none names it.

    A text that also uses the chosen level's own words is taken as agreeing (it may weigh two
    outcomes); no chosen likelihood is a different finding ("has no likelihood")."""
    if chosen is None:
        return None
    words = estimative_words(text)
    if not words or any(w.likelihood is chosen for w in words):
        return None
    return words[0]


def _side(likelihood: Likelihood) -> int:
    """-1 below even chance, 1 above it, 0 for roughly even chance."""
    low, high = likelihood.percent_range
    middle = (low + high) / 2
    return (middle > 55) - (middle < 45)


def opposite_words(
    text: str, chosen: Likelihood | None
) -> tuple[EstimativeWord, EstimativeWord] | None:
    """(a term saying the chosen level, a term on the other side of even chance) in one text:
    "will probably win …, though it is highly unlikely soon" marked *likely* holds two
    contradictory words, which :func:`contradiction` lets pass as agreeing. None when there
    is no such pair (or ``chosen`` is roughly even chance)."""
    if chosen is None or not _side(chosen):
        return None
    words = estimative_words(text)
    agreeing = next((w for w in words if w.likelihood is chosen), None)
    other = next((w for w in words if _side(w.likelihood) == -_side(chosen)), None)
    return (agreeing, other) if agreeing is not None and other is not None else None


# "with high confidence", "moderate-confidence", "medium confidence": a stated confidence level.
CONFIDENCE_WORDS = re.compile(r"\b(high|moderate|medium|low)[- ]confidence\b", re.IGNORECASE)
_LEVEL_WORDS = {"medium": "moderate"}


def confidence_contradiction(text: str, chosen: Confidence | None) -> str | None:
    """The confidence words in ``text`` ("high confidence") when they name another level than
    ``chosen``; None when they agree, are absent, or the text names two levels or negates."""
    if chosen is None:
        return None
    stated = stated_confidence(text)
    if stated is None:
        return None
    first = CONFIDENCE_WORDS.search(text)
    return first.group(0) if first and stated != chosen else None


def stated_likelihood(text: str) -> Likelihood | None:
    """The one ICD 203 level ``text`` clearly states ("will very likely ratify" → very likely);
    None when it states none, or two different levels."""
    levels = {w.likelihood for w in estimative_words(text)}
    return levels.pop() if len(levels) == 1 else None


def stated_confidence(text: str) -> Confidence | None:
    """The one confidence level ``text`` states ("with moderate confidence"); None when none,
    two, or a negation ("without high confidence")."""
    found = list(CONFIDENCE_WORDS.finditer(text))
    levels = {_LEVEL_WORDS.get(m.group(1).lower(), m.group(1).lower()) for m in found}
    # The negation must bear on the confidence (the few words before it): "clear the sale
    # without conditions, with moderate confidence" states moderate (newcomer26 N26-10).
    if len(levels) != 1 or any(_NEGATION.search(_before(text, m.start())) for m in found):
        return None
    return Confidence(levels.pop())


def _before(text: str, at: int) -> str:
    """Up to three words before ``at`` in its own clause ("we do not have high confidence" →
    "do not have"; "without conditions, with moderate confidence" → "with")."""
    clause = re.split(r"[,;:()]", text[:at])[-1]
    return " ".join(clause.split()[-3:])
