"""The Related tab follows the library: another process indexing, the panel's own run finishing,
showing the tab, and a quiet library that is never asked again for nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.factory import write_many

NOTHING = "No related briefs in the library."


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _opened(make_window: Any, qtbot: Any, tmp_path: Path) -> tuple[Any, Path]:
    """A window showing one brief of a 12-brief desk folder nobody has indexed yet."""
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    paths = write_many(tmp_path / "desk", 12)
    window.library_panel.show_library()
    assert window.open_path(paths[0])
    wait_idle(qtbot, window)
    assert NOTHING in window.library_panel.related.toPlainText()
    return window, tmp_path / "desk"


def _index_elsewhere(folder: Path) -> None:
    """What ``briefdesk library index --folder`` does from another process: its own connection."""
    from briefdesk.library.open import open_library

    lib = open_library()
    try:
        lib.index([folder])
    finally:
        lib.close()


def test_indexing_from_elsewhere_refreshes_on_the_next_check(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window, folder = _opened(make_window, qtbot, tmp_path)
    _index_elsewhere(folder)
    window.library_panel.watch.check()  # what the timer and window activation do
    wait_idle(qtbot, window)
    related = window.library_panel.related.toPlainText()
    assert "Related briefs" in related and "shares actor" in related


def test_the_panels_own_index_run_refreshes_related(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window, _folder = _opened(make_window, qtbot, tmp_path)
    window.library_panel.index_now()
    wait_idle(qtbot, window)
    assert "12 added" in window.library_panel.status.text()
    assert "shares actor" in window.library_panel.related.toPlainText()


def test_showing_the_related_tab_asks_again(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    window, folder = _opened(make_window, qtbot, tmp_path)
    panel = window.library_panel
    panel.watch.timer.stop()  # only the tab is under test
    _index_elsewhere(folder)
    panel.tabs.setCurrentWidget(panel.related)
    wait_idle(qtbot, window)
    assert "shares actor" in panel.related.toPlainText()


def test_a_library_that_did_not_change_is_not_asked_again(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window, folder = _opened(make_window, qtbot, tmp_path)
    _index_elsewhere(folder)
    panel = window.library_panel
    panel.watch.check()
    wait_idle(qtbot, window)
    asked = panel._context_asked
    for _ in range(3):  # reading the library (the lookup itself) must not look like a change
        panel.watch.check()
        wait_idle(qtbot, window)
    assert panel._context_asked == asked


def test_a_new_brief_sharing_actors_appears_after_indexing(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    from tests.library.factory import make_brief, write_brief

    window, folder = _opened(make_window, qtbot, tmp_path)
    _index_elsewhere(folder)
    panel = window.library_panel
    panel.watch.check()
    wait_idle(qtbot, window)
    twin = make_brief(0)  # the open brief's actors, deals and places under a new id
    twin = twin.model_copy(
        update={"id": "twin", "header": twin.header.model_copy(update={"title": "Twin brief"})}
    )
    write_brief(folder / "new", twin)
    assert "Twin brief" not in panel.related.toPlainText()
    _index_elsewhere(folder)
    panel.watch.check()
    wait_idle(qtbot, window)
    assert "Twin brief" in panel.related.toPlainText()
