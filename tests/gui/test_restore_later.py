"""Declining "Restore the unsaved work?" keeps the snapshot (newcomer8 F22).

The question was Yes/No and No deleted every snapshot at once: a never-saved brief was gone for
good. The buttons now say what they do (Restore / Later / Discard…), Later keeps everything for
File → Recover unsaved work…, and Discard… asks again for a never-saved brief.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractButton, QMessageBox

from briefdesk import store
from briefdesk.gui.restore_prompt import RestoreChoice, ask_restore, restore_box

from .conftest import PromptLog


class Clicker:
    """Plays the user: clicks the named button of each box shown, in turn; records the texts."""

    def __init__(self, *names: str) -> None:
        self.names = list(names)
        self.shown: list[str] = []
        self.buttons: list[list[str]] = []

    def __call__(self, box: QMessageBox) -> QAbstractButton | None:
        self.shown.append(box.text())
        self.buttons.append([b.text() for b in box.buttons()])
        name = self.names.pop(0)
        return None if name == "" else box.findChild(QAbstractButton, name)


def test_the_buttons_say_what_they_do_and_escape_keeps(qtbot: Any) -> None:
    box = restore_box(None, ["Other to Indonesia (autosaved 1 Dec 2026 13:43)"])
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["&Discard…", "&Later", "&Restore"]
    assert box.escapeButton() is box.findChild(QAbstractButton, "later")
    assert box.defaultButton() is box.findChild(QAbstractButton, "restore")
    assert "Recover unsaved work" in box.informativeText()


def test_each_answer_is_returned_as_data() -> None:
    assert ask_restore(None, ["a"], 1, run=Clicker("restore")) == RestoreChoice.RESTORE
    assert ask_restore(None, ["a"], 1, run=Clicker("later")) == RestoreChoice.LATER
    assert ask_restore(None, ["a"], 1, run=Clicker("")) == RestoreChoice.LATER  # box closed
    # Work that was saved once: its file still exists, so Discard… needs no second question.
    saved = Clicker("discard")
    assert ask_restore(None, ["a"], 0, run=saved) == RestoreChoice.DISCARD
    assert len(saved.shown) == 1


def test_discarding_a_never_saved_brief_asks_again_and_keep_goes_back() -> None:
    user = Clicker("discard", "keep", "discard", "discard")
    assert ask_restore(None, ["Untitled brief (autosaved …)"], 1, run=user) == "discard"
    assert len(user.shown) == 4
    assert "never saved: this is its only copy" in user.shown[1]
    assert "Restore the unsaved work?" in user.shown[2]  # Keep went back to the question
    assert ask_restore(None, ["x"], 1, run=Clicker("discard", "keep", "later")) == "later"


def _crash_with_new_brief(make_window: Any, monkeypatch: Any) -> None:
    crashed = make_window()
    crashed.doc.set_value("header.title", "Other to Indonesia")
    crashed.doc.set_value("bluf", "Never saved anywhere.")
    crashed.autosave_now()
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)


def test_later_keeps_the_snapshot_for_file_recover(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    _crash_with_new_brief(make_window, monkeypatch)
    fresh = make_window()
    prompt_log.restore = RestoreChoice.LATER
    assert not fresh.offer_recovery()
    assert [s.title for s in store.list_snapshots()] == ["Other to Indonesia"]
    assert "File → Recover unsaved work" in fresh.statusBar().currentMessage()
    assert "| 1" in prompt_log.questions[-1]  # told one of them was never saved
    prompt_log.restore = RestoreChoice.RESTORE
    fresh.recover_dialog()
    assert fresh.doc.brief.bluf == "Never saved anywhere."


def test_discard_removes_it(make_window: Any, prompt_log: PromptLog, monkeypatch: Any) -> None:
    _crash_with_new_brief(make_window, monkeypatch)
    fresh = make_window()
    prompt_log.restore = RestoreChoice.DISCARD
    assert not fresh.offer_recovery()
    assert store.list_snapshots() == []
