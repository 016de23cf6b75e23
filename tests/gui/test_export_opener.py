""" "Open the file after export" is offered only where a program would open the file: no extra
"no program opened it" box on a machine without a word processor."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefdesk.gui import open_handler
from briefdesk.gui.export_dialog import ExportDialog

from .conftest import PromptLog, wait_idle


@pytest.fixture(autouse=True)
def _fresh_answers() -> Iterator[None]:
    open_handler.forget()
    yield
    open_handler.forget()


def _dialog(window: Any, qtbot: Any) -> ExportDialog:
    window.doc.set_value("header.title", "Jets")
    window.doc.set_value("bluf", "Pakistan sells jets.")
    dialog = ExportDialog(window.doc, window.runner, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.set_template("standard")
    dialog.set_format("md")
    wait_idle(qtbot, window)
    return dialog


def test_no_program_no_offer_and_no_extra_box(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(open_handler, "_ask", lambda _suffix: False)
    window.settings.open_after_export = True
    dialog = _dialog(window, qtbot)
    assert dialog.open_after.isHidden()
    assert dialog.request().open_after is False
    out = tmp_path / "brief.md"
    dialog.out.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    assert out.exists() and prompt_log.infos == []
    assert window.settings.open_after_export is True  # the choice is kept for a desk that can


def test_with_a_program_the_offer_follows_the_setting(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(open_handler, "_ask", lambda _suffix: True)
    window.settings.open_after_export = True
    dialog = _dialog(window, qtbot)
    assert not dialog.open_after.isHidden()
    assert dialog.request().open_after is True


def test_without_xdg_open_nothing_would_open(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no xdg-open, no xdg-mime
    expected = sys.platform in ("win32", "darwin")  # their desktops always have a default
    assert open_handler.has_handler(".docx") is expected
    assert open_handler.known(".docx") is expected  # asked once, then cached


def test_a_judgment_contradicting_its_likelihood_is_asked_before_export(
    window: Any, qtbot: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: Any
) -> None:
    """newcomer15 N15-43: `check` calls it an error; export no longer goes out without a word."""
    from briefdesk.model import KeyJudgment
    from briefdesk.model.codes import Likelihood

    monkeypatch.setattr(open_handler, "_ask", lambda _suffix: False)
    dialog = _dialog(window, qtbot)
    judgment = KeyJudgment(statement="Delivery is almost certain.", likelihood=Likelihood.UNLIKELY)
    window.doc.insert_record("significance.judgments", judgment)
    out = tmp_path / "brief.md"
    dialog.out.setText(str(out))
    prompt_log.yes = False
    dialog.start_export()
    wait_idle(qtbot, window)
    assert not out.exists()
    assert "says 'almost certain' but its likelihood is 'unlikely'" in prompt_log.questions[-1]
    assert "Export anyway?" in prompt_log.questions[-1]
    prompt_log.yes = True
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start_export()
    assert out.exists()
