"""`briefdesk draft` says what it took from the library, with the date of the brief (N23-21)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefdesk.cli.main import main
from briefdesk.extractrun import shutdown
from tests.library.factory import PEOPLE, write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)
    yield
    shutdown()


def test_draft_notes_the_library_s_details_and_keeps_the_text_s_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefdesk.store import open_brief

    desk = tmp_path / "desk"
    write_many(desk, 12)
    assert main(["library", "index", "--folder", str(desk)]) == 0
    name, role, _country = PEOPLE[0]
    bare = tmp_path / "bare.txt"
    bare.write_text(f"Talks resumed\n\n{name} told reporters on Monday that talks resumed.\n")
    new_role = tmp_path / "new_role.txt"
    new_role.write_text(f"Cabinet named\n\nNew Prime Minister {name} named a cabinet on Monday.\n")
    notes = {}
    for article in (bare, new_role):
        path = tmp_path / f"{article.stem}.brief"
        assert main(["new", str(path)]) == 0
        assert main(["add-source", str(path), str(article)]) == 0
        capsys.readouterr()
        assert main(["draft", str(path)]) == 0
        out = capsys.readouterr().out
        actor = next(a for a in open_brief(path).brief.actors if a.name == name)
        notes[article.stem] = (actor.role, actor.note, out)
    role_got, note, out = notes["bare"]
    assert role_got == role
    assert re.fullmatch(
        r"role(, affiliation)? and country from the library "
        r"\(brief of \d{4}-\d\d-\d\d\)",
        note,
    ), note
    assert f"{name}'s {note}" in out
    role_got, note, out = notes["new_role"]
    assert role_got == "Prime Minister"  # the text's new role; only the country is the library's
    assert note.startswith("country from the library (brief of ")
