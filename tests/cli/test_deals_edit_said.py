"""``deals edit`` prints which brief-level words followed the change (the brief's title, the
BLUF) and which words the analyst wrote still name an actor taken out, as the window's status
line does (newcomer24's product leftover, round 25)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def test_the_title_and_bluf_that_followed_are_printed(
    korkut_brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = korkut_brief
    assert main(["deals", "edit", str(path), "1", "--seller", "Aselsan"]) == 0
    out = capsys.readouterr().out
    brief = loads(path.read_bytes())
    assert f"the brief's title followed: “{brief.header.title}”" in out
    assert f"the brief's BLUF followed: “{brief.bluf}”" in out


def test_words_the_analyst_wrote_that_still_name_the_old_side_are_said(
    korkut_brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = korkut_brief
    assert main(["set", str(path), "bluf=Mine about Turkey."]) == 0
    capsys.readouterr()
    assert main(["deals", "edit", str(path), "1", "--seller", "Aselsan"]) == 0
    out = capsys.readouterr().out
    assert "the BLUF you wrote still names Turkey: not changed" in out
    assert "the brief's BLUF followed" not in out


def test_a_change_that_moves_no_brief_words_says_none(
    korkut_brief: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = korkut_brief
    assert main(["deals", "edit", str(path), "1", "--note", "from the ministry"]) == 0
    out = capsys.readouterr().out
    assert "followed" not in out and "still names" not in out
