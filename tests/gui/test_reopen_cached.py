"""A reopened brief shows its suggestions without reading its sources again when nothing
changed (round 26, newcomer25 N25-05); a changed source or never-suggest list is read again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk import extractrun, store

from .conftest import SAMPLE_ARTICLE, wait_idle


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count the worker's extractions (still done: the test only watches them)."""
    calls: list[str] = []
    real = extractrun.extract_isolated

    def counting(source: Any, **kwargs: Any) -> Any:
        calls.append(source.id)
        return real(source, **kwargs)

    monkeypatch.setattr(extractrun, "extract_isolated", counting)
    return calls


def _saved_brief(window: Any, qtbot: Any, path: Path) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    assert window.open_suggestions()
    store.save_brief(path, window.doc.brief)
    window.doc.undo_stack.setClean()


def _labels(window: Any) -> list[str]:
    window.sources_pane.select(window.doc.brief.sources[0].id)
    return sorted(s.label for s in window.open_suggestions())


def test_reopened_brief_lists_suggestions_without_reading_again(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window()
    path = tmp_path / "jf17.brief"
    _saved_brief(first, qtbot, path)
    listed = _labels(first)
    calls = _counted(monkeypatch)
    again = make_window()
    assert again.open_path(path)
    wait_idle(qtbot, again)
    assert calls == []
    assert _labels(again) == listed


def test_changed_source_is_read_again(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window()
    path = tmp_path / "jf17.brief"
    _saved_brief(first, qtbot, path)
    brief = store.open_brief(path).brief
    source = brief.sources[0]
    fields = source.model_dump(exclude={"content_hash"})
    edited = type(source).model_validate({**fields, "text": source.text + "\nA line added later."})
    store.save_brief(path, brief.model_copy(update={"sources": [edited]}), force=True)
    calls = _counted(monkeypatch)
    again = make_window()
    assert again.open_path(path)
    wait_idle(qtbot, again)
    assert calls == [edited.id]


def test_changed_never_list_reads_again(
    make_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = make_window()
    path = tmp_path / "jf17.brief"
    _saved_brief(first, qtbot, path)
    calls = _counted(monkeypatch)
    again = make_window()
    again.settings.never_suggest = ["khalil *:person"]
    assert again.open_path(path)
    wait_idle(qtbot, again)
    assert len(calls) == 1
    assert "Khalil Hashmi" not in [s.name for s in again.open_suggestions() if s.kind == "actors"]
