"""C9-9: a judgment holding two contradictory ICD 203 words ("probably" and "highly unlikely")
passed the checks because one of them matched its likelihood. Through ``judgments add`` and
``check``: it is now questioned (a warning: the analyst splits it or makes the words agree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main


def _check(tmp_path: Path, statement: str, level: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "j.brief"
    assert main(["new", str(path)]) == 0
    assert main(["judgments", "add", str(path), statement, "-l", level]) == 0
    capsys.readouterr()
    main(["check", str(path)])
    return capsys.readouterr().out


def test_two_contradictory_words_are_questioned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _check(
        tmp_path,
        "Sweden will probably win further orders, though it is highly unlikely soon.",
        "likely",
        capsys,
    )
    assert (
        "warning: judgment 1 says both 'probably' and 'highly unlikely' (its likelihood is "
        "'likely'): split it into two judgments or make the words agree"
    ) in out


@pytest.mark.parametrize(
    ("statement", "level"),
    [
        ("Sweden will probably win further orders, very likely next year.", "likely"),
        ("Sweden is likely to win, though it is roughly even chance it wins soon.", "likely"),
    ],
)
def test_words_on_one_side_are_not_questioned(
    tmp_path: Path, statement: str, level: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "says both" not in _check(tmp_path, statement, level, capsys)
