"""export makes a missing output folder and says so on stderr, as --screenshot does; stdout
still lists only the files written (newcomer12 N12-35: the folder was made silently)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main


def test_a_folder_export_makes_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    capsys.readouterr()
    out = tmp_path / "typo" / "deeper" / "x.md"
    assert main(["export", str(brief), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert said.out.strip().splitlines() == [str(out)]
    assert f"briefdesk export: made folder {out.parent}" in said.err.splitlines()
    assert main(["export", str(brief), "-o", str(out), "--force"]) == 0
    assert "made folder" not in capsys.readouterr().err  # an existing folder is not news


def test_a_folder_under_a_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["new", str(brief)]) == 0
    assert main(["export", str(brief), "-o", str(brief / "x.md")]) != 0
    assert f"{brief}: is a file, not a folder" in capsys.readouterr().err
