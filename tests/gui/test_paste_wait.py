"""A paste says at once that it is being read, and Ctrl+D pressed meanwhile waits for it
(newcomer17 N17-08): the window said nothing for 8-10 s, and Ctrl+D answered "Add a source
first", an invitation to paste again."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from briefdesk.gui import core

from .conftest import SAMPLE_ARTICLE, PromptLog, wait_idle


@pytest.fixture
def slow_paste(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The paste's import, held on its worker thread until the test lets it go."""
    go = threading.Event()
    real = core.import_pasted_checked

    def held(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not threading.main_thread()  # off the GUI thread
        go.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(core, "import_pasted_checked", held)
    return go


def _status(window: Any) -> str:
    return str(window.statusBar().currentMessage())


def test_paste_says_reading_and_ctrl_d_waits_for_it(
    window: Any, qtbot: Any, slow_paste: threading.Event
) -> None:
    html = "<html><body><article><p>" + SAMPLE_ARTICLE.read_text("utf-8") + "</p></article>"
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"), html)
    assert _status(window) == "Reading the pasted article…"  # at once, before the import ends
    window.draft_from_source()  # Ctrl+D while the article is still being read
    said = _status(window)
    assert "Add a source first" not in said and said.startswith("Still reading the pasted")
    assert window.doc.brief.sources == [] and window.doc.brief.actors == []
    slow_paste.set()
    qtbot.waitUntil(lambda: bool(window.doc.brief.actors), timeout=60000)  # drafted by itself
    wait_idle(qtbot, window)
    assert len(window.doc.brief.sources) == 1
    assert window.doc.brief.bluf.strip()
    assert not window.paste_wait.reading and not window.paste_wait.draft_asked


def test_a_failed_paste_leaves_no_draft_pending(
    window: Any, qtbot: Any, prompt_log: PromptLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise ValueError("cannot be read")

    monkeypatch.setattr(core, "import_pasted_checked", refused)
    window.add_source_text("Made-up words of an article.", "<p>Made-up words.</p>")
    window.draft_from_source()
    wait_idle(qtbot, window)
    assert not window.paste_wait.draft_asked and window.doc.brief.sources == []
    assert any("cannot be read" in e for e in prompt_log.errors)
    window.draft_from_source()  # no paste under way: the usual answer
    assert "Add a source first" in _status(window)
