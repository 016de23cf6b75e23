"""Window fixtures: modal prompts are replaced by recorders, so no test ever blocks on exec()."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from briefdesk.gui import prompts
from briefdesk.gui.prompts import SaveChoice

SAMPLE_ARTICLE = Path(__file__).parent / "data" / "jf17_article.txt"


@dataclass
class PromptLog:
    """What the window asked or told the user; answers are set by the test."""

    errors: list[str] = field(default_factory=list)
    infos: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    save_choice: SaveChoice = SaveChoice.CANCEL
    save_path: Path | None = None
    yes: bool = True
    restore: bool | str = True  # True: Restore; False: Discard…; or a RestoreChoice
    overwrite: bool = True
    text_answer: str | None = None
    fields_answer: dict[str, str] | None = None
    choice: int | None = 0  # ask_choice: the button pressed (0: the first, None: Cancel)


def _restore(log: PromptLog) -> str:
    if isinstance(log.restore, str):
        return log.restore
    return "restore" if log.restore else "discard"


@pytest.fixture
def prompt_log(monkeypatch: pytest.MonkeyPatch) -> PromptLog:
    log = PromptLog()

    def record(target: list[str], answer: Callable[[], Any]) -> Callable[..., Any]:
        def fake(_parent: object, *args: object) -> Any:
            target.append(" | ".join(str(a) for a in args))
            return answer()

        return fake

    monkeypatch.setattr(prompts, "show_error", record(log.errors, lambda: None))
    monkeypatch.setattr(prompts, "show_info", record(log.infos, lambda: None))
    monkeypatch.setattr(prompts, "ask_save_changes", record(log.questions, lambda: log.save_choice))
    monkeypatch.setattr(prompts, "ask_yes_no", record(log.questions, lambda: log.yes))
    monkeypatch.setattr(prompts, "ask_restore", record(log.questions, lambda: _restore(log)))
    monkeypatch.setattr(
        prompts, "ask_changed_on_disk", record(log.questions, lambda: log.overwrite)
    )
    monkeypatch.setattr(prompts, "choose_save_brief", record(log.questions, lambda: log.save_path))
    monkeypatch.setattr(prompts, "ask_text", record(log.questions, lambda: log.text_answer))
    monkeypatch.setattr(prompts, "ask_fields", record(log.questions, lambda: log.fields_answer))
    monkeypatch.setattr(prompts, "ask_choice", record(log.questions, lambda: log.choice))
    monkeypatch.setattr(prompts, "choose_source_files", record(log.questions, lambda: []))
    return log


@pytest.fixture
def make_window(qtbot: Any, prompt_log: PromptLog) -> Iterator[Callable[..., Any]]:
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.settings import Settings, load_settings

    windows: list[MainWindow] = []

    def make(settings: Settings | None = None) -> MainWindow:
        window = MainWindow(settings or load_settings())
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.cancel_all()
        window.runner.wait(30000)
        window._release_lock()


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()


def wait_idle(qtbot: Any, window: Any, timeout: int = 60000) -> None:
    """Let background jobs finish and their results reach the GUI thread."""
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=timeout)
    qtbot.wait(10)


def select_text(window: Any, words: str, occurrence: int = 0) -> None:
    from PySide6.QtGui import QTextCursor

    from briefdesk.gui.sources_pane import py_to_qt

    article = window.sources_pane.article
    text = article.source.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    cursor = article.textCursor()
    cursor.setPosition(py_to_qt(text, start))
    cursor.setPosition(py_to_qt(text, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    article.setTextCursor(cursor)
