"""Opening a damaged brief whose ``.bak`` reads (newcomer15 N15-41): the window offers the good
copy, puts it back on Yes and opens it, the damaged file kept beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads


def _cut(tmp_path: Path) -> Path:
    path = tmp_path / "cut.brief"
    assert main(["sample", str(path)]) == 0
    path.with_name("cut.brief.bak").write_bytes(path.read_bytes())
    path.write_bytes(path.read_bytes()[:300])
    return path


def test_yes_puts_the_backup_back_and_opens_it(
    window: Any, prompt_log: Any, tmp_path: Path
) -> None:
    path = _cut(tmp_path)
    good = loads(path.with_name("cut.brief.bak").read_bytes())
    prompt_log.yes = True
    assert window.open_path(path)
    assert len(prompt_log.questions) == 1 and "cut.brief.bak (saved " in prompt_log.questions[0]
    assert "briefdesk undo" not in prompt_log.questions[0]
    assert window.doc.brief.header.title == good.header.title
    assert loads(path.read_bytes()) == good
    assert path.with_name("cut.brief.broken").exists()


def test_no_leaves_every_file_as_it_was(window: Any, prompt_log: Any, tmp_path: Path) -> None:
    path = _cut(tmp_path)
    damaged = path.read_bytes()
    prompt_log.yes = False
    assert not window.open_path(path)
    assert path.read_bytes() == damaged and not path.with_name("cut.brief.broken").exists()
    assert prompt_log.errors and "briefdesk undo" not in prompt_log.errors[0]
