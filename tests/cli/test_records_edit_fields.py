"""'judgments/options/recommendations edit' change only the fields given on the command line
(cli/cmd_records: one small reader of the changed options per kind)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def _brief(tmp_path: Path) -> Path:
    path = tmp_path / "edit.brief"
    assert main(["new", str(path), "--title", "Edits"]) == 0
    args = ["judgments", "add", str(path), "X will likely happen.", "-l", "likely"]
    assert main([*args, "--indicator", "A sign"]) == 0
    option = ["options", "add", str(path), "A. Wait", "--description", "Watch.", "--pro", "Cheap"]
    assert main(option) == 0
    assert main(["recommendations", "add", str(path), "That you agree.", "--choice", "Agree"]) == 0
    return path


def test_each_kind_changes_only_what_is_given(tmp_path: Path) -> None:
    path = _brief(tmp_path)
    assert main(["judgments", "edit", str(path), "1", "--rationale", "Two reports."]) == 0
    assert main(["options", "edit", str(path), "1", "--con", "Slow", "--con", "Late"]) == 0
    assert main(["recommendations", "edit", str(path), "1", "--due", "2026-12-10"]) == 0
    brief = loads(path.read_bytes())
    [judgment] = brief.significance.judgments
    assert (judgment.statement, judgment.rationale) == ("X will likely happen.", "Two reports.")
    assert judgment.indicators == ["A sign"]
    [option] = brief.options
    assert (option.label, option.description) == ("A. Wait", "Watch.")
    assert (option.pros, option.cons) == (["Cheap"], ["Slow", "Late"])
    [recommendation] = brief.recommendations
    assert recommendation.text == "That you agree." and recommendation.choices == ["Agree"]
    assert str(recommendation.due_by) == "2026-12-10"


def test_no_indicators_clears_them_and_a_blank_statement_is_refused(tmp_path: Path) -> None:
    path = _brief(tmp_path)
    assert main(["judgments", "edit", str(path), "1", "--no-indicators"]) == 0
    assert loads(path.read_bytes()).significance.judgments[0].indicators == []
    assert main(["judgments", "edit", str(path), "1", "--statement", "  "]) != 0
    assert loads(path.read_bytes()).significance.judgments[0].statement == "X will likely happen."
