"""The Checks panel shows a judgment whose words contradict its likelihood (the same review)."""

from __future__ import annotations

from typing import Any

from briefdesk.model import KeyJudgment
from briefdesk.model.codes import Likelihood


def test_checks_panel_flags_words_that_contradict_the_likelihood(window: Any) -> None:
    window.doc.insert_record(
        "significance.judgments",
        KeyJudgment(
            statement="Poland will almost certainly buy more Apaches.",
            likelihood=Likelihood.UNLIKELY,
        ),
    )
    window.checks.refresh()
    messages = dict(window.checks.findings())
    assert (
        "judgment 1 says 'almost certainly' but its likelihood is 'unlikely'"
        in messages["significance.judgments[0].likelihood"]
    )
    window.doc.set_value("significance.judgments[0].likelihood", Likelihood.ALMOST_CERTAIN)
    window.checks.refresh()
    assert "significance.judgments[0].likelihood" not in dict(window.checks.findings())
