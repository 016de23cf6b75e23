"""`judgments add/edit` say at once when a judgment's words contradict its levels (N13-25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.store import open_brief


@pytest.fixture
def brief(tmp_path: Path) -> Path:
    path = tmp_path / "b.brief"
    assert main(["new", str(path)]) == 0
    return path


def test_add_warns_of_words_that_say_another_likelihood_and_saves_all_the_same(
    brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    statement = "Bolivia will almost certainly seek annulment of the award."
    assert main(["judgments", "add", str(brief), statement, "-l", "very_likely"]) == 0
    err = capsys.readouterr().err
    assert "error: judgment 1 says 'almost certainly' but its likelihood is 'very likely'" in err
    assert open_brief(brief).brief.significance.judgments[0].statement == statement


def test_edit_warns_of_a_stated_confidence_the_new_level_contradicts(
    brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = "We judge with high confidence that Astana will likely buy the satellites."
    assert main(["judgments", "add", str(brief), statement, "-l", "likely", "-c", "high"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert main(["judgments", "edit", str(brief), "1", "-c", "low"]) == 0
    assert "says 'high confidence' but its confidence is 'low'" in capsys.readouterr().err
