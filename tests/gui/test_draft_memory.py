"""Ctrl+D and ``briefdesk draft`` take one path (editing.draft.draft_remembering): the same
brief and the same remembered suggestions, so a brief drafted on the command line and then
opened in the window does not offer again what the draft took — and undo in the window still
takes a draft back whole, its memory included."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from briefdesk.cli.main import main
from briefdesk.model.fileformat import loads

from .conftest import wait_idle

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "jf17_sale.txt"


def _open(window: Any, qtbot: Any, path: Path) -> None:
    window.doc.undo_stack.setClean()
    window.new_file()
    assert window.open_path(path)
    wait_idle(qtbot, window)
    window.sources_pane.select(window.doc.brief.sources[0].id)


def _names(window: Any, kind: str) -> list[str]:
    return [s.name for s in window.open_suggestions() if s.kind == kind]


def test_cli_draft_then_the_window_offers_nothing_it_took(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    by_cli = tmp_path / "cli.brief"
    in_window = tmp_path / "window.brief"
    assert main(["new", str(by_cli)]) == 0
    assert main(["add-source", str(by_cli), str(ARTICLE)]) == 0
    shutil.copy(by_cli, in_window)
    assert main(["draft", str(by_cli)]) == 0
    drafted = loads(by_cli.read_bytes())

    # The window drafting the same brief makes the same records and remembers the same keys.
    _open(window, qtbot, in_window)
    steps = window.doc.undo_stack.count()
    window.draft_from_source()
    brief = window.doc.brief
    assert window.doc.undo_stack.count() == steps + 1
    assert [a.name for a in brief.actors] == [a.name for a in drafted.actors]
    assert brief.sources[0].dismissed == drafted.sources[0].dismissed != []
    window.doc.undo_stack.undo()  # the whole draft, with what it remembered
    assert window.doc.brief.actors == [] and window.doc.brief.sources[0].dismissed == []
    assert "Khalil Hashmi" in _names(window, "actors")
    window.doc.undo_stack.redo()
    assert window.doc.brief.sources[0].dismissed == drafted.sources[0].dismissed

    # The brief the CLI drafted, opened in the window: a renamed drafted actor stays decided.
    _open(window, qtbot, by_cli)
    index = [a.name for a in window.doc.brief.actors].index("Hikmet Hajiyev")
    window.doc.set_value(f"actors[{index}].name", "H. Hajiyev")
    window.doc.set_value("places", [])
    actors = _names(window, "actors")
    assert "Hikmet Hajiyev" not in actors and "Khalil Hashmi" not in actors
    assert "Beijing" not in _names(window, "places")
    assert _names(window, "significance")  # never drafted, still offered
