"""The start-up warm-up also loads what the first Ctrl+D imports, on the runner's thread: the
first draft froze the window for about a second while its rules compiled (round 18; 1.4-1.8 s
before, 0.3-0.7 s after, under load)."""

from __future__ import annotations

import importlib
import threading
from typing import Any

import pytest

from briefdesk import extractrun
from briefdesk.gui import core

from .conftest import wait_idle


def test_warm_up_imports_the_draft_modules_off_the_gui_thread(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported: list[tuple[str, bool]] = []
    real = importlib.import_module

    def spy(name: str, package: str | None = None) -> Any:
        imported.append((name, threading.current_thread() is threading.main_thread()))
        return real(name, package)

    monkeypatch.setattr(extractrun, "warm_up", lambda: None)  # the worker is not under test
    monkeypatch.setattr(importlib, "import_module", spy)
    window.warm_up()
    wait_idle(qtbot, window)
    assert [name for name, _ in imported if name in core.DRAFT_MODULES] == list(core.DRAFT_MODULES)
    assert not any(on_gui for name, on_gui in imported if name in core.DRAFT_MODULES)
