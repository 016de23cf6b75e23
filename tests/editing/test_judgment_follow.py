"""A key judgment's likelihood and confidence follow its statement's ICD 203 words while they
agree with them (newcomer22 N22-22)."""

from __future__ import annotations

from briefdesk.editing.edits import apply_edits
from briefdesk.editing.judgment_follow import judgment_follow
from briefdesk.model import Brief, KeyJudgment
from briefdesk.model.codes import Confidence, Likelihood

PATH = "significance.judgments[0].statement"


def _brief(statement: str = "", likelihood: Likelihood | None = None) -> Brief:
    brief = Brief()
    brief.significance.judgments.append(KeyJudgment(statement=statement, likelihood=likelihood))
    return brief


def _typed(brief: Brief, text: str) -> tuple[Brief, str]:
    edits, said = judgment_follow(brief, PATH, text)
    return (apply_edits(brief, edits) if edits else brief), said


def test_the_words_set_an_unset_likelihood_and_confidence() -> None:
    text = "The Assembly will very likely ratify the agreement (moderate confidence)."
    brief, said = _typed(_brief(), text)
    judgment = brief.significance.judgments[0]
    assert judgment.statement == text
    assert (judgment.likelihood, judgment.confidence) == (
        Likelihood.VERY_LIKELY,
        Confidence.MODERATE,
    )
    assert said == (
        "Judgment 1: likelihood Very likely and confidence Moderate, as its words say "
        "(Ctrl+Z undoes it)."
    )


def test_a_level_set_by_the_words_follows_new_words() -> None:
    brief, _ = _typed(_brief(), "The Assembly will likely ratify it.")
    brief, _ = _typed(brief, "The Assembly will almost certainly ratify it.")
    assert brief.significance.judgments[0].likelihood is Likelihood.ALMOST_CERTAIN
    brief, _ = _typed(brief, "The Assembly will ratify it.")  # the words gone: the level too
    assert brief.significance.judgments[0].likelihood is None


def test_the_users_own_level_is_left_alone() -> None:
    brief = _brief("The Assembly will ratify it.", Likelihood.UNLIKELY)
    edits, said = judgment_follow(brief, PATH, "The Assembly will very likely ratify it.")
    assert (edits, said) == ([], "")


def test_unclear_words_set_nothing() -> None:
    for text in (
        "It is more likely than not that the Assembly ratifies it.",  # a comparison
        "The Assembly will likely ratify it, though it is unlikely before June.",  # two levels
        "The Assembly will not likely ratify it.",  # a negation
        "We judge the Assembly will ratify it.",
    ):
        assert judgment_follow(_brief(), PATH, text) == ([], ""), text


def test_other_fields_are_not_followed() -> None:
    brief = _brief()
    assert judgment_follow(brief, "significance.judgments[0].rationale", "very likely") == ([], "")
    assert judgment_follow(brief, "significance.judgments[3].statement", "very likely") == ([], "")


def test_will_likely_with_a_later_without_sets_likely() -> None:
    """newcomer24 N24-07: "without conditions" later in the sentence hid the "will likely"."""
    text = "The regulator will likely clear the merger without conditions on supply."
    brief, said = _typed(_brief(), text)
    assert brief.significance.judgments[0].likelihood is Likelihood.LIKELY
    assert "likelihood Likely" in said
