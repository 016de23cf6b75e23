"""The check on likelihood and confidence in one sentence says what to write instead
(newcomer25 N25-07)."""

from __future__ import annotations

from briefdesk.model import Brief, KeyJudgment
from briefdesk.model.codes import Confidence, Likelihood
from briefdesk.review import review_brief

SAID = (
    "Vilnor will likely reopen the frigate tender to foreign yards in 2027, "
    "with moderate confidence."
)


def _messages(brief: Brief) -> list[str]:
    return [f.message for f in review_brief(brief) if "one sentence" in f.message]


def _judged(statement: str, confidence: Confidence | None) -> Brief:
    brief = Brief()
    brief.significance.judgments.append(
        KeyJudgment(statement=statement, likelihood=Likelihood.LIKELY, confidence=confidence)
    )
    return brief


def test_agreeing_field_the_phrase_to_drop_and_why() -> None:
    (message,) = _messages(_judged(SAID, Confidence.MODERATE))
    assert "drop “with moderate confidence”" in message
    assert "the Confidence field says Moderate" in message


def test_empty_field_says_to_set_it() -> None:
    (message,) = _messages(_judged(SAID, None))
    assert "set the judgment's Confidence to Moderate" in message


def test_other_level_in_the_field_is_named() -> None:
    (message,) = _messages(_judged(SAID, Confidence.HIGH))
    assert "the Confidence field says High, not Moderate" in message


def test_bracketed_confidence_is_the_phrase() -> None:
    statement = "The deal will very likely close before June (high confidence)."
    (message,) = _messages(_judged(statement, Confidence.HIGH))
    assert "drop “(high confidence)”" in message


def test_outside_a_judgment_its_own_sentence() -> None:
    brief = Brief(bluf="Vilnor will likely buy the frigates, with high confidence.")
    (message,) = _messages(brief)
    assert "drop “with high confidence” and give it its own sentence" in message


def test_near_misses_are_not_flagged() -> None:
    """Likelihood and confidence in two sentences, or a likelihood alone: no finding."""
    apart = "Vilnor will likely reopen the tender in 2027. We have moderate confidence in this."
    assert _messages(_judged(apart, Confidence.MODERATE)) == []
    assert _messages(_judged("Vilnor will likely reopen the tender.", None)) == []
