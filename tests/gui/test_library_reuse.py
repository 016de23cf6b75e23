"""The window reuses the library: its confirmed actors go to extraction, and an outlet's last
grade is offered (one click, undoable) for an ungraded source of the same outlet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.factory import PEOPLE, make_brief, write_many


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _indexed_window(make_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    window = make_window(settings)
    write_many(tmp_path / "desk", 12)
    wait_idle(qtbot, window)
    assert window.library_reuse.known == ()  # nothing indexed yet
    window.library_panel.index_now()
    wait_idle(qtbot, window)
    return window


def test_the_gazetteer_is_loaded_after_indexing_and_used_for_suggestions(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _indexed_window(make_window, qtbot, tmp_path)
    known = window.library_reuse.known
    name, role, _country = PEOPLE[0]
    assert any(k.name == name and k.role == role for k in known)

    window.add_source_text(f"Officials said {name} met the delegation on Monday.\n")
    wait_idle(qtbot, window)
    source = window.doc.brief.sources[-1]
    actor = next(s.raw for s in window.suggestions[source.id] if s.name == name)
    assert actor.role == role
    assert any(r.rule == "actor.known-to-library" for r in actor.why)


def test_no_library_configured_means_no_gazetteer(make_window: Any, qtbot: Any) -> None:
    window = make_window(load_settings())
    wait_idle(qtbot, window)
    assert not window.library_reuse.configured()
    assert window.library_reuse.known == ()


def test_an_outlet_s_last_grade_is_offered_and_undoable(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = _indexed_window(make_window, qtbot, tmp_path)
    brief = make_brief(1)
    outlet, grade = brief.sources[0].outlet, brief.sources[0].grade
    window.add_source_text("Officials met on Monday to discuss the squadron.\n")
    wait_idle(qtbot, window)
    sources = window.editor.lists["sources"]
    index = len(window.doc.brief.sources) - 1
    path = f"sources[{index}]"
    assert not window.doc.value(path).is_graded
    sources.select_row(index)
    window.doc.set_value(f"{path}.outlet", outlet)
    wait_idle(qtbot, window)
    reuse = window.library_reuse
    assert not reuse.grade_button.isHidden()
    last = reuse._offer[2]
    assert reuse.grade_button.text() == f"Use {last.grade} (last grade for {last.outlet})"
    assert last.outlet.lower() == outlet.lower() and grade  # the factory grades every source

    reuse.grade_button.click()
    assert window.doc.value(path).grade == last.grade
    assert reuse.grade_button.isHidden()
    window.doc.undo_stack.undo()
    assert not window.doc.value(path).is_graded
    wait_idle(qtbot, window)
    assert not reuse.grade_button.isHidden()  # offered again after the undo
