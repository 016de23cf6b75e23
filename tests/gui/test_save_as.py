"""Save As makes another brief (as Word's Save As): a new id for the new file, the original
untouched, and the library, recovery and related briefs counting the two files apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk import store
from briefdesk.model.fileformat import loads
from briefdesk.samples import load_sample
from briefdesk.settings import load_settings
from tests.gui.conftest import PromptLog, wait_idle


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _opened(window: Any, tmp_path: Path) -> Path:
    original = tmp_path / "desk" / "chile.brief"
    original.parent.mkdir(exist_ok=True)
    store.save_brief(original, load_sample())
    assert window.open_path(original)
    return original


def test_save_as_gives_the_copy_a_new_id_and_leaves_the_original_alone(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    original = _opened(window, tmp_path)
    before = original.read_bytes()
    old_id = window.doc.brief.id
    window.doc.set_value("bluf", "A variant for the minister.")
    prompt_log.save_path = tmp_path / "desk" / "chile-minister.brief"
    assert window.save_as()

    copy = loads(prompt_log.save_path.read_bytes())
    assert copy.id != old_id and copy.id.startswith("brief-")
    assert copy.bluf == "A variant for the minister."
    assert window.doc.brief.id == copy.id and window.doc.path == prompt_log.save_path
    assert original.read_bytes() == before  # the original keeps its id and its words
    assert not window.doc.dirty

    # Saving the copy again keeps its new id: it is the same brief now.
    window.doc.set_value("bluf", "Second draft.")
    assert window.save()
    assert loads(prompt_log.save_path.read_bytes()).id == copy.id


def test_a_first_save_and_save_as_onto_the_same_file_keep_the_id(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    new_id = window.doc.brief.id
    window.doc.set_value("header.title", "Jets")
    prompt_log.save_path = tmp_path / "jets.brief"
    assert window.save_as()  # an unsaved brief getting its first file is still itself
    assert loads(prompt_log.save_path.read_bytes()).id == new_id
    window.doc.set_value("bluf", "More.")
    assert window.save_as()  # the same file chosen again
    assert loads(prompt_log.save_path.read_bytes()).id == new_id


def test_a_failed_save_as_keeps_the_old_id(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    _opened(window, tmp_path)
    old_id = window.doc.brief.id
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", "utf-8")
    prompt_log.save_path = not_a_folder / "copy.brief"
    assert not window.save_as()
    assert window.doc.brief.id == old_id


def test_autosave_after_save_as_belongs_to_the_new_file(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    original = _opened(window, tmp_path)
    window.doc.set_value("bluf", "Unsaved in the original.")
    first = window.autosave_now()
    assert first.original == original
    prompt_log.save_path = tmp_path / "copy.brief"
    assert window.save_as()
    assert not first.path.exists()  # the saved work needs no recovery copy any more
    window.doc.set_value("bluf", "Unsaved in the copy.")
    snapshot = window.autosave_now()
    assert snapshot.brief_id == window.doc.brief.id != first.brief_id
    assert snapshot.original == prompt_log.save_path
    assert store.restore_snapshot(snapshot).bluf == "Unsaved in the copy."


def test_the_library_and_related_briefs_see_two_briefs(
    make_window: Any, prompt_log: PromptLog, qtbot: Any, tmp_path: Path
) -> None:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    original = _opened(window, tmp_path)
    window.library_panel.index_now()
    wait_idle(qtbot, window)
    prompt_log.save_path = tmp_path / "desk" / "chile-copy.brief"
    assert window.save_as()
    wait_idle(qtbot, window)

    from briefdesk.library.sqlite import SqliteLibrary, default_path

    library = SqliteLibrary(default_path())
    try:
        assert library.count() == 2  # one entry per file, neither hiding the other
        paths = {Path(hit.path).name for hit in library.search("FA-50")}
        assert paths == {original.name, "chile-copy.brief"}
    finally:
        library.close()
    # The original is now a brief related to the one in the window.
    related = window.library_panel.related.toPlainText()
    assert "Related briefs" in related and load_sample().header.title in related


def test_exports_save_beside_is_a_save_as_too(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    original = _opened(window, tmp_path)
    old_id = window.doc.brief.id
    beside = tmp_path / "out" / "chile.brief"
    beside.parent.mkdir()
    assert window.save_beside(beside)  # the export dialog's "also save the brief"
    assert loads(beside.read_bytes()).id != old_id
    assert loads(original.read_bytes()).id == old_id
