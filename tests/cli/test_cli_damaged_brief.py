"""A cut-off brief with a good ``.bak`` beside it (newcomer15 N15-41): every command names the
good copy in its one line, and ``undo`` puts it back, keeping the damaged file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def _cut(tmp_path: Path) -> Path:
    path = tmp_path / "cut.brief"
    assert main(["sample", str(path)]) == 0
    path.with_name("cut.brief.bak").write_bytes(path.read_bytes())
    whole = path.read_text(encoding="utf-8")
    inside = whole.index('"', whole.index('"title"') + len('"title"') + 1) + 5
    path.write_text(whole[:inside], encoding="utf-8")  # cut inside a text value
    return path


def test_show_says_cut_off_and_names_the_good_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _cut(tmp_path)
    capsys.readouterr()
    assert main(["show", str(path)]) != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "the file ends early" in err and "Unterminated" not in err
    assert "cut.brief.bak (saved " in err and "`briefdesk undo cut.brief` puts it back" in err


def test_undo_puts_the_good_backup_back_and_keeps_the_damaged_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _cut(tmp_path)
    damaged = path.read_bytes()
    good = path.with_name("cut.brief.bak").read_bytes()
    capsys.readouterr()
    assert main(["undo", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("put back cut.brief.bak (saved ") and "cut.brief.broken" in out
    assert loads(path.read_bytes()) == loads(good)
    assert path.with_name("cut.brief.broken").read_bytes() == damaged
    assert path.with_name("cut.brief.bak").read_bytes() == good  # still the good copy
    assert main(["show", str(path)]) == 0


def test_a_damaged_brief_with_a_damaged_backup_names_no_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _cut(tmp_path)
    path.with_name("cut.brief.bak").write_bytes(path.read_bytes())
    capsys.readouterr()
    assert main(["undo", str(path)]) != 0
    err = capsys.readouterr().err
    assert "the file ends early" in err and "good copy" not in err
    assert not path.with_name("cut.brief.broken").exists()
