"""A source longer than extraction reads is said to be cut off (newcomer8 F10), in the CLI and
the Suggestions panel; a text read whole gets no note."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk import analysis_budget
from briefdesk.cli.main import main
from briefdesk.model import Source

TEXT = (
    "WARSAW - Poland will buy 180 K2 tanks from Hyundai Rotem for $6.5 billion, the "
    "defence ministry said on Tuesday. "
) * 4
TEXT = TEXT.strip()  # as imported


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    """Extraction's cap lowered for the note (the child process still reads the whole text)."""
    monkeypatch.setattr(analysis_budget, "SURELY_WHOLE", 0)
    monkeypatch.setattr(analysis_budget, "analysed_chars", lambda: 200)
    return 200


def test_the_shortcut_stays_below_the_extraction_cap() -> None:
    from briefdesk.extract import pipeline

    assert analysis_budget.SURELY_WHOLE <= pipeline.MAX_CHARS == analysis_budget.analysed_chars()


def test_a_cut_off_text_is_said(small_cap: int) -> None:
    note = analysis_budget.partial_note(Source(text=TEXT))
    assert note == (
        f"suggestions are incomplete: only the first 200 of {len(TEXT):,} characters were "
        "analysed (split the source to read the rest)"
    )
    assert analysis_budget.partial_note(Source(text=TEXT[:200])) == ""


def test_extract_warns_on_stderr(
    tmp_path: Path, small_cap: int, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "long.txt"
    article.write_text(TEXT, "utf-8")
    assert main(["extract", str(article)]) == 0
    captured = capsys.readouterr()
    assert "Hyundai Rotem" in captured.out
    assert captured.err == (
        f"briefdesk extract: warning: {article}: suggestions are incomplete: only the first 200 "
        f"of {len(TEXT):,} characters were analysed (split the source to read the rest)\n"
    )


def test_a_whole_text_gets_no_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "short.txt"
    article.write_text(TEXT, "utf-8")
    assert main(["extract", str(article)]) == 0
    assert capsys.readouterr().err == ""
