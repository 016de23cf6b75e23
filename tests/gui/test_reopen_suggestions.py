"""Reopening a brief reads its sources again in the background; what the user accepted or
dismissed earlier in the session does not come back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk import store
from briefdesk.gui.suggestions import suggestion_key

from .conftest import SAMPLE_ARTICLE, wait_idle

SECOND = "Turkey and Qatar signed a $2 billion drone deal in Ankara on 4 May 2024."


def _labels(window: Any, kind: str) -> list[str]:
    return [s.label for s in window.open_suggestions() if s.kind == kind]


def _save_and_reopen(window: Any, qtbot: Any, path: Path) -> None:
    store.save_brief(path, window.doc.brief)
    window.doc.undo_stack.setClean()
    window.new_file()
    assert window.suggestions == {}
    assert window.open_path(path)
    # Reading happens off the GUI thread: the window answers before it is done.
    assert window.extracting
    wait_idle(qtbot, window)
    assert not window.extracting


def test_reopened_brief_gets_suggestions_without_ctrl_r(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    window.add_source_text(SECOND)
    wait_idle(qtbot, window)
    first, second = window.doc.brief.sources
    window.sources_pane.select(first.id)
    actors = [s for s in window.open_suggestions() if s.kind == "actors"]
    assert len(actors) >= 3
    accepted, dismissed, *kept = actors
    window.accept_suggestions([accepted])
    window.dismiss_suggestions([dismissed])
    shown_before = {suggestion_key(s) for s in window.open_suggestions()}

    _save_and_reopen(window, qtbot, tmp_path / "desk.brief")

    window.sources_pane.select(first.id)
    shown_after = {suggestion_key(s) for s in window.open_suggestions()}
    assert shown_after == shown_before
    assert accepted.label not in _labels(window, "actors")
    assert dismissed.label not in _labels(window, "actors")
    assert {s.label for s in kept} <= set(_labels(window, "actors"))
    # Every source was read, not only the one on screen.
    assert window.suggestions.get(second.id)


def test_asking_to_read_again_lists_dismissed_ones_again(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    dismissed = next(s for s in window.open_suggestions() if s.kind == "actors")
    window.dismiss_suggestions([dismissed])
    _save_and_reopen(window, qtbot, tmp_path / "again.brief")
    assert dismissed.label not in _labels(window, "actors")
    window.act_suggest.trigger()
    wait_idle(qtbot, window)
    assert dismissed.label in _labels(window, "actors")


def test_accepted_dates_stay_accepted_after_reopening(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window.add_source_text(SECOND)
    wait_idle(qtbot, window)
    date = next(s for s in window.open_suggestions() if s.kind == "dates")
    window.accept_suggestions([date])
    assert date.label not in _labels(window, "dates")
    _save_and_reopen(window, qtbot, tmp_path / "dates.brief")
    assert date.label not in _labels(window, "dates")
