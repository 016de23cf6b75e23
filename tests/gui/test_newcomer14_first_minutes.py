"""The first five minutes: a Help menu, no red errors on an empty brief, grades and kinds in
words (newcomer14 N14-28, N14-16, N14-38)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk.gui import help_menu
from briefdesk.gui.bindings import enum_choices
from briefdesk.model import Source
from briefdesk.model.codes import DealKind

from .conftest import PromptLog


def _menu(window: Any, title: str) -> Any:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no {title} menu")


def test_help_menu_lists_keys_opens_the_guide_and_says_the_version(
    window: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    entries = [a.text().replace("&", "") for a in _menu(window, "Help").actions()]
    assert "Keyboard shortcuts" in entries and "About BriefDesk" in entries
    assert "User guide (README)" in entries
    window.act_shortcuts.trigger()
    keys = prompt_log.infos[-1]
    assert "Ctrl+D\tDraft brief from this source" in keys
    assert "Ctrl+Alt+W\tSwap deal sides" in keys
    assert "Enter accepts, F2 or Shift+Enter edits and accepts, Delete dismisses" in keys
    opened: list[Path] = []
    monkeypatch.setattr(help_menu, "open_url", lambda path: opened.append(path) or True)
    guide = next(a for a in _menu(window, "Help").actions() if "README" in a.text())
    guide.trigger()
    assert opened and opened[0].name == "README.md" and opened[0].is_file()
    about = next(a for a in _menu(window, "Help").actions() if "About" in a.text())
    about.trigger()
    assert prompt_log.infos[-1].startswith("About BriefDesk | BriefDesk 0.")


def test_an_empty_brief_shows_a_to_do_list_not_red_errors(window: Any) -> None:
    checks = window.checks
    checks.refresh()
    assert checks.summary.text().startswith("Not started yet: add a source")
    window.doc.insert_record("sources", Source(title="Wire", text="Text."))
    checks.refresh()
    assert "to fix" in checks.summary.text()


def test_sources_list_says_not_graded_and_explains_the_grade(window: Any) -> None:
    window.doc.insert_record("sources", Source(title="Wire", text="Text."))
    item = window.sources_pane.list.item(0)
    assert item.text() == "Wire  [not graded]"
    assert "Ctrl+7" in item.toolTip() and "cannot be judged" in item.toolTip()
    window.doc.set_value("sources[0].reliability", "B")
    window.doc.set_value("sources[0].credibility", 2)
    item = window.sources_pane.list.item(0)
    assert item.text() == "Wire  [B2]"
    assert "usually reliable, probably true" in item.toolTip()


def test_the_kind_list_says_mou() -> None:
    labels = dict((member, words) for words, member in enum_choices(DealKind))
    assert labels[DealKind.MOU] == "MoU / LoI"
    assert labels[DealKind.ARMS_SALE] == "Arms sale"
