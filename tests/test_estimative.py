"""A judgment whose ICD 203 words contradict its chosen likelihood is flagged; hedges are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.estimative import contradiction, estimative_words, stated_confidence
from briefdesk.model import Brief, KeyJudgment
from briefdesk.model.codes import Likelihood
from briefdesk.review import review_brief

APACHES = "Poland will almost certainly buy more Apaches."


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("There is almost no chance that Chile cancels.", Likelihood.ALMOST_NO_CHANCE),
        ("A remote possibility remains that Chile cancels.", Likelihood.ALMOST_NO_CHANCE),
        ("Chile is very unlikely to cancel.", Likelihood.VERY_UNLIKELY),
        ("A cancellation is highly improbable.", Likelihood.VERY_UNLIKELY),
        ("Chile is unlikely to cancel.", Likelihood.UNLIKELY),
        ("A cancellation is improbable.", Likelihood.UNLIKELY),
        ("There is a roughly even chance that Chile cancels.", Likelihood.ROUGHLY_EVEN_CHANCE),
        ("Roughly even odds that Chile cancels.", Likelihood.ROUGHLY_EVEN_CHANCE),
        ("Chile will likely cancel.", Likelihood.LIKELY),
        ("Chile will probably cancel.", Likelihood.LIKELY),
        ("Chile is very likely to cancel.", Likelihood.VERY_LIKELY),
        ("A cancellation is highly probable.", Likelihood.VERY_LIKELY),
        (APACHES, Likelihood.ALMOST_CERTAIN),
        ("It is nearly certain that Chile cancels.", Likelihood.ALMOST_CERTAIN),
    ],
)
def test_every_icd_203_term_names_its_level(text: str, level: Likelihood) -> None:
    assert [w.likelihood for w in estimative_words(text)] == [level]


@pytest.mark.parametrize(
    "text",
    [
        "Poland is not likely to buy more Apaches.",
        "Poland will almost certainly not buy more Apaches.",
        "It isn't unlikely that Poland buys more Apaches.",
        "Poland is more likely than not to buy more Apaches.",
        "Poland is as likely as Chile to buy more Apaches.",
        "If a deal is likely, Poland will say so in March.",
        "Troops in remote areas were moved.",
        "The likelihood of a sale is hard to judge.",
        "Neither Poland nor Chile is likely to buy more Apaches.",
        "We do not think Poland will likely buy more Apaches.",
    ],
)
def test_negations_comparisons_and_conditions_are_not_read_as_a_level(text: str) -> None:
    assert estimative_words(text) == []
    assert contradiction(text, Likelihood.UNLIKELY) is None


def test_only_a_clear_mismatch_is_a_contradiction() -> None:
    found = contradiction(APACHES, Likelihood.UNLIKELY)
    assert found is not None and found.words == "almost certainly"
    assert contradiction(APACHES, Likelihood.ALMOST_CERTAIN) is None
    assert contradiction(APACHES, None) is None  # "has no likelihood" says that already
    assert contradiction("Poland will buy more Apaches.", Likelihood.UNLIKELY) is None
    # Weighing two outcomes with the chosen level's own words agrees with it.
    both = "Poland will likely buy Apaches, but a second batch is unlikely."
    assert contradiction(both, Likelihood.LIKELY) is None


def test_review_names_the_judgment_the_word_and_the_chosen_term() -> None:
    brief = Brief(
        significance={
            "judgments": [
                KeyJudgment(statement="Chile will sign.", likelihood=Likelihood.LIKELY),
                KeyJudgment(statement=APACHES, likelihood=Likelihood.UNLIKELY),
            ]
        }
    )
    found = {f.path: f.message for f in review_brief(brief, spelling=False)}
    assert found["significance.judgments[1].likelihood"] == (
        "judgment 2 says 'almost certainly' but its likelihood is 'unlikely' (20–45%): "
        "make the words and the likelihood agree"
    )
    assert "significance.judgments[0].likelihood" not in found


def test_check_calls_it_to_fix_and_export_repeats_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """newcomer9 N9-04: "almost certainly" with likelihood *likely* was only "to consider" and
    exported silently. ICD 203: the words and the level must agree, so it is to fix."""
    brief = tmp_path / "q.brief"
    assert main(["new", str(brief), "--title", "Ghana boats"]) == 0
    statement = "Ghana will almost certainly take delivery of the first boats in 2028."
    assert main(["judgments", "add", str(brief), statement, "-l", "likely", "-c", "moderate"]) == 0
    capsys.readouterr()
    assert main(["check", str(brief)]) == 1
    out = capsys.readouterr().out
    assert "error: judgment 1 says 'almost certainly' but its likelihood is 'likely'" in out
    # newcomer15 N15-43: one severity everywhere: export stops on it, as check does.
    assert main(["export", str(brief), "-o", str(tmp_path / "q.docx")]) == 1
    err = capsys.readouterr().err
    assert f"error: {brief}: judgment 1 says 'almost certainly'" in err
    assert not (tmp_path / "q.docx").exists()


def test_check_on_the_command_line_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "q.brief"
    assert main(["new", str(brief), "--title", "Apaches"]) == 0
    assert main(["judgments", "add", str(brief), APACHES, "-l", "unlikely", "-c", "low"]) == 0
    capsys.readouterr()
    assert main(["check", str(brief)]) == 1
    out = capsys.readouterr().out
    assert "error: judgment 1 says 'almost certainly' but its likelihood is 'unlikely'" in out


def test_stated_confidence_that_contradicts_the_chosen_one_is_an_error() -> None:
    """newcomer12 N12-31: "We assess with high confidence …" with confidence set to low got only
    the style warning, not the contradiction error the likelihood case gets."""
    from briefdesk.model.codes import Confidence
    from briefdesk.review import Severity

    text = "We assess with high confidence that it is probable Astana buys the satellites."

    def confidence_findings(confidence: Confidence, statement: str = text) -> list[str]:
        judgment = KeyJudgment(
            statement=statement, likelihood=Likelihood.LIKELY, confidence=confidence
        )
        return [
            f"{f.severity.value}: {f.message}"
            for f in review_brief(Brief(significance={"judgments": [judgment]}))
            if f.path.endswith(".confidence")
        ]

    assert confidence_findings(Confidence.LOW) == [
        f"{Severity.ERROR.value}: judgment 1 says 'high confidence' but its confidence is "
        "'low': make the words and the confidence agree"
    ]
    assert confidence_findings(Confidence.HIGH) == []
    medium = "We judge with medium confidence that Astana will buy them."
    assert confidence_findings(Confidence.MODERATE, medium) == []
    both = "High confidence on the date, low confidence on the price."
    assert confidence_findings(Confidence.LOW, both) == []  # two levels: not one statement


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The regulator will likely clear the merger without conditions.", Likelihood.LIKELY),
        ("The regulator is likely to clear it with no remedies asked.", Likelihood.LIKELY),
        ("The regulator will probably clear it, though not before March.", Likelihood.LIKELY),
        (
            "The board will almost certainly approve the plan despite no vote.",
            Likelihood.ALMOST_CERTAIN,
        ),
    ],
)
def test_a_negation_far_from_the_term_belongs_to_what_is_judged(
    text: str, level: Likelihood | None
) -> None:
    """newcomer24 N24-07: "will likely clear … without conditions" set no likelihood, because
    any "without" or "not" anywhere in the sentence threw the term away."""
    from briefdesk.estimative import stated_likelihood

    assert stated_likelihood(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # newcomer26 N26-10: a negation elsewhere in the sentence does not undo the stated level
        (
            "X will very likely clear the sale without conditions, with moderate confidence.",
            "moderate",
        ),
        ("We assess with high confidence that Y will not sign.", "high"),
        ("It will not happen, with low confidence.", "low"),
        # a negation that bears on the confidence still states none
        ("We do not have high confidence in this.", None),
        ("We cannot say with high confidence.", None),
        ("Without high confidence, we hold the view.", None),
    ],
)
def test_a_negation_counts_only_when_it_bears_on_the_confidence(
    text: str, level: str | None
) -> None:
    found = stated_confidence(text)
    assert (found.value if found else None) == level
