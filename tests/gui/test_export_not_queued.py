"""The first export from the window never waits behind background work (round 26, newcomer25
N25-08: 16 s on "Exporting…" while sources were read and the extractor warmed up)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from briefdesk.gui.export_dialog import ExportDialog


def _busy(window: Any, release: threading.Event) -> None:
    """Fill the background pool (two threads) with jobs that wait for ``release``."""
    for label in ("Reading a source", "Preparing suggestions"):
        window.runner.submit(label, lambda token: release.wait(120))


def test_export_runs_while_the_background_pool_is_full(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    release = threading.Event()
    _busy(window, release)
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("standard")
    dialog.set_format("docx")
    out = tmp_path / "first.docx"
    dialog.out.setText(str(out))
    dialog.open_after.setChecked(False)
    try:
        with qtbot.waitSignal(dialog.exported, timeout=60000):
            dialog.start_export()
        assert out.exists()
        assert not release.is_set()  # the background jobs were still waiting
    finally:
        release.set()


def test_background_jobs_still_queue_behind_each_other(window: Any, qtbot: Any) -> None:
    """Near miss: ordinary background work keeps its two threads (a third job waits)."""
    release = threading.Event()
    _busy(window, release)
    started = threading.Event()
    window.runner.submit("Finding related briefs", lambda token: started.set())
    try:
        assert not started.wait(0.5)
    finally:
        release.set()
    qtbot.waitUntil(started.is_set, timeout=10000)
