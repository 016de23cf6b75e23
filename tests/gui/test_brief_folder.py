"""Save As of a brief proposes where briefs live, with its whole suggested name (newcomer25
N25-16): the folder of the brief last opened or saved, else the first library folder, else
Documents/Briefs; never the folder of the last export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.gui.brief_folder import brief_folder
from briefdesk.gui.export_target import EXPORT_FOLDER_KEY
from briefdesk.paths import documents_dir
from briefdesk.settings import Settings

TITLE = "Vilnor and the Republic of Osterland sign three agreements during state visit"


def test_a_new_brief_goes_to_the_briefs_folder_not_the_exports(
    window: Any, tmp_path: Path, prompt_log: Any
) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    window.settings.window_state[EXPORT_FOLDER_KEY] = str(exports)
    window.settings.recent_files = []
    window.doc.set_value("header.title", TITLE)
    prompt_log.save_path = None
    window.save_as()
    proposed = prompt_log.questions[-1]
    assert str(documents_dir() / "Briefs") in proposed
    assert "Vilnor-and-the-Republic-of-Osterland-sign-three-agreements" in proposed
    assert str(exports) not in proposed
    assert (documents_dir() / "Briefs").is_dir()  # the dialog opens in a folder that exists


def test_the_last_brief_folder_comes_first_then_a_library_folder(tmp_path: Path) -> None:
    opened, library = tmp_path / "desk", tmp_path / "library"
    opened.mkdir()
    library.mkdir()
    both = Settings(recent_files=[str(opened / "a.brief")], library_folders=[str(library)])
    assert brief_folder(both) == opened
    assert brief_folder(Settings(library_folders=[str(library)])) == library
    gone = Settings(recent_files=[str(tmp_path / "gone" / "a.brief")])
    assert brief_folder(gone) == documents_dir() / "Briefs"


def test_a_brief_opened_from_a_file_is_saved_as_that_file(
    window: Any, tmp_path: Path, prompt_log: Any
) -> None:
    """Near miss: a brief with its own path keeps it, whatever the folders say."""
    window.doc.set_value("header.title", TITLE)
    prompt_log.save_path = tmp_path / "desk" / "mine.brief"
    (tmp_path / "desk").mkdir()
    assert window.save_as()
    prompt_log.save_path = None
    window.save_as()
    assert str(tmp_path / "desk" / "mine.brief") in prompt_log.questions[-1]
