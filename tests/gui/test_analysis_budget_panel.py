"""The Suggestions panel says when only part of the source was analysed (newcomer8 F10)."""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk import analysis_budget

from .conftest import SAMPLE_ARTICLE, wait_idle


def test_the_panel_says_the_list_is_incomplete(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis_budget, "SURELY_WHOLE", 0)
    monkeypatch.setattr(analysis_budget, "analysed_chars", lambda: 300)
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    note = window.suggestions_panel.note.text()
    assert note.startswith("Suggestions are incomplete: only the first 300 of ")
    assert "suggestions. Enter accepts" in note  # the usual line stays below it

    monkeypatch.setattr(analysis_budget, "analysed_chars", lambda: 10**9)
    window._refresh_suggestions()
    assert "incomplete" not in window.suggestions_panel.note.text()
