"""Newcomer15 N15-43: a judgment whose words contradict its likelihood was an error in `check`,
a warning in `judgments add` and in `export` (which wrote "almost certain. Unlikely (20–45%)").
One severity everywhere: an error, and export stops on it unless asked to go on."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main

CLASH = "Delivery of all six drones before 2028 is almost certain."
SAID = "judgment 1 says 'almost certain' but its likelihood is 'unlikely' (20–45%)"


@pytest.fixture
def brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "k2.brief"
    assert main(["new", str(path)]) == 0
    assert main(["judgments", "add", str(path), CLASH, "-l", "unlikely", "-c", "high"]) == 0
    return path


def test_add_says_error_as_check_does(brief: Path, capsys: pytest.CaptureFixture[str]) -> None:
    added = capsys.readouterr().err
    assert f"error: {SAID}" in added and "warning" not in added
    assert main(["check", str(brief)]) == 1
    assert f"error: {SAID}" in capsys.readouterr().out


def test_export_stops_on_it_and_writes_nothing(
    brief: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    out = tmp_path / "k2.docx"
    assert main(["export", str(brief), "-t", "standard", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"briefdesk export: error: {brief}: {SAID}" in err
    assert "nothing exported (--allow-contradictions exports it as it is)" in err
    assert not out.exists()


def test_asked_to_go_on_export_writes_it_and_still_calls_it_an_error(
    brief: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    out = tmp_path / "k2.md"
    args = ["export", str(brief), "-t", "standard", "-o", str(out), "--allow-contradictions"]
    assert main(args) == 0
    assert out.exists()
    assert f"briefdesk export: error: {brief}: {SAID}" in capsys.readouterr().err


def test_a_batch_exports_the_others(
    brief: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = tmp_path / "clean.brief"
    assert main(["new", str(clean)]) == 0
    capsys.readouterr()
    outdir = tmp_path / "out"
    assert main(["export", str(brief), str(clean), "-t", "standard", "-d", str(outdir)]) == 1
    assert (outdir / "clean.docx").exists() and not (outdir / "k2.docx").exists()
    assert SAID in capsys.readouterr().err
