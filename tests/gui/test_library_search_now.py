"""A library search never queues behind the background lookups (newcomer23 N23-17).

Right after a brief opened, "Finding related briefs" and the source's reading held the window's
two worker threads and the user's search showed nothing for 11 s, with no sign of its own.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.factory import write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def test_search_runs_beside_busy_background_work(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    write_many(tmp_path / "desk", 12)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)

    release = threading.Event()

    def slow(token: Any) -> None:  # a related-briefs lookup or a reading that takes long
        release.wait(30)

    for _ in range(4):  # more than the background threads
        window.runner.submit("Finding related briefs", slow)
    try:
        panel.query.setText("squadron")
        started = time.monotonic()
        panel.search()
        assert "Searching the library for “squadron”…" in panel.results.toPlainText()
        qtbot.waitUntil(
            lambda: (
                "squadron" in panel.results.toHtml().split("Searching")[0]
                and "Searching" not in panel.results.toPlainText()
            ),
            timeout=10_000,
        )
        assert time.monotonic() - started < 10
        assert not release.is_set()  # the background work is still running: no queueing
        panel.show_dossier("Pakistan")
        qtbot.waitUntil(lambda: "first seen" in panel.dossier.toPlainText(), timeout=10_000)
        assert not release.is_set()
    finally:
        release.set()
    wait_idle(qtbot, window)


def test_only_the_newest_search_is_shown(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    write_many(tmp_path / "desk", 12)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    panel.query.setText("squadron")
    panel.search()
    panel.query.setText("Kamra")
    panel.search()
    wait_idle(qtbot, window)
    panel._show_hits([], "squadron", 1)  # the first search's answer arriving late is dropped
    assert "Kamra" in panel.results.toPlainText()
