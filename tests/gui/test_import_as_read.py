"""Several files picked at once: each appears as soon as it is read, not after a slow file
picked before it, and the sources still end in the order picked (round 22, newcomer21 N21-11).
The imports run off the GUI thread; the window offscreen."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

from briefdesk.gui import core

from .conftest import SAMPLE_ARTICLE, wait_idle

CASES = Path(__file__).parents[1] / "data" / "sources" / "cases"


def test_a_ready_file_shows_while_a_slow_one_picked_first_is_still_read(
    window: Any, qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    slow = tmp_path / "a_slow.txt"
    shutil.copy(SAMPLE_ARTICLE, slow)
    ready = tmp_path / "b_ready.pdf"
    shutil.copy(CASES / "p3_two_columns.pdf", ready)
    release = threading.Event()
    gui_thread = threading.current_thread()
    threads: list[threading.Thread] = []
    real = core.import_all_checked

    def held(path: Path, *args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        if Path(path) == slow:
            release.wait(30)  # the huge file: read until the test lets it end
        return real(path, *args, **kwargs)

    monkeypatch.setattr(core, "import_all_checked", held)
    window.add_source_files([slow, ready])
    try:
        qtbot.waitUntil(lambda: len(window.doc.brief.sources) == 1, timeout=30000)
        only = window.doc.brief.sources[0]
        assert only.filename == ready.name  # shown while the first file is still being read
        assert window.current_source().id == only.id
    finally:
        release.set()
    wait_idle(qtbot, window)
    sources = window.doc.brief.sources
    assert [s.filename for s in sources] == [slow.name, ready.name]  # the order picked
    assert window.current_source().id == sources[0].id  # the first picked is shown at the end
    assert threads and gui_thread not in threads  # read off the GUI thread
    window.doc.undo_stack.undo()
    assert [s.filename for s in window.doc.brief.sources] == [ready.name]
