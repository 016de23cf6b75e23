"""The window's warm-up imports what a landing source and the first draft need while the
extraction worker warms up, not after it (round 26: under load the worker's warm-up took ~10 s,
and a paste landing before then imported those modules on the GUI thread)."""

from __future__ import annotations

import importlib
import threading
from typing import Any

import pytest

from briefdesk import extractrun
from briefdesk.gui import core
from briefdesk.gui.runner import CancelToken

from .conftest import wait_idle


def _spy_imports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    imported: list[tuple[str, bool]] = []
    real = importlib.import_module

    def spy(name: str, package: str | None = None) -> Any:
        imported.append((name, threading.current_thread() is threading.main_thread()))
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", spy)
    return imported


def test_imports_happen_while_the_worker_warms_up(monkeypatch: pytest.MonkeyPatch) -> None:
    imported = _spy_imports(monkeypatch)
    done_during: list[list[str]] = []
    wanted = {*core.DRAFT_MODULES, *core.LANDING_MODULES}

    def slow_worker() -> None:  # waits (up to 10 s) for the imports, as a busy child would
        for _ in range(200):
            if wanted <= {name for name, _ in imported}:
                break
            threading.Event().wait(0.05)
        done_during.append([name for name, _ in imported])

    monkeypatch.setattr(extractrun, "warm_up", slow_worker)
    core.warm_up(CancelToken())
    assert done_during and wanted <= set(done_during[0])


def test_window_warm_up_imports_landing_modules_off_the_gui_thread(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported = _spy_imports(monkeypatch)
    monkeypatch.setattr(extractrun, "warm_up", lambda: None)  # the worker is not under test
    window.warm_up()
    wait_idle(qtbot, window)
    names = [name for name, _ in imported]
    assert set(core.LANDING_MODULES) <= set(names)
    assert not any(on_gui for name, on_gui in imported if name in core.LANDING_MODULES)


def test_a_cancelled_warm_up_stops_importing(monkeypatch: pytest.MonkeyPatch) -> None:
    imported = _spy_imports(monkeypatch)
    monkeypatch.setattr(extractrun, "warm_up", lambda: None)
    token = CancelToken()
    token.cancel()
    core.warm_up(token)
    assert not [name for name, _ in imported if name in core.LANDING_MODULES]
