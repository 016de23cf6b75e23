"""newcomer8 F8: `library index --folder DIR` once, then `library index` alone refused ("no
library folders") while search kept answering from an index that no longer saw new briefs.
The first folders indexed become the Settings' folders when it has none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.settings import load_settings, save_settings, settings_path
from tests.library.factory import make_brief, write_brief


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield


def test_the_first_folder_indexed_is_kept_and_a_plain_index_finds_new_briefs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = tmp_path / "desk"
    write_brief(desk, make_brief(1))
    assert main(["library", "index", "--folder", str(desk)]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and f"library folders saved in Settings: {desk.resolve()}" in out
    assert load_settings().library_folders == [str(desk.resolve())]

    write_brief(desk, make_brief(2))  # a new brief in the same folder
    assert main(["library", "index"]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "saved in Settings" not in out


def test_folders_already_in_settings_are_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "team")]
    save_settings(settings)
    write_brief(tmp_path / "other", make_brief(1))
    assert main(["library", "index", "--folder", str(tmp_path / "other")]) == 0
    assert "saved in Settings" not in capsys.readouterr().out
    assert load_settings().library_folders == [str(tmp_path / "team")]


def test_an_unreadable_settings_file_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = settings_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("{ not json", "utf-8")
    write_brief(tmp_path / "desk", make_brief(1))
    assert main(["library", "index", "--folder", str(tmp_path / "desk")]) == 0
    assert target.read_text("utf-8") == "{ not json"
