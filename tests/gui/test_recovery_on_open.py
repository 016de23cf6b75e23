"""Unsaved work a crash left for a brief is offered whenever that brief is opened, and restoring
it never silently replaces a version someone else saved after the snapshot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from briefdesk import store
from briefdesk.samples import load_sample

from .conftest import PromptLog


def _crash_with_unsaved_work(make_window: Any, monkeypatch: Any, path: Path) -> None:
    store.save_brief(path, load_sample())
    crashed = make_window()
    assert crashed.open_path(path)
    crashed.doc.set_value("bluf", "Unsaved when it crashed.")
    crashed.autosave_now()
    crashed.lock = None  # the crashed process never released its lock
    # The process that wrote the snapshot is gone; this one (the fresh window) lives on.
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    monkeypatch.setattr("briefdesk.store.lock.pid_alive", lambda pid: False)


def test_opening_a_brief_by_name_after_a_crash_offers_its_unsaved_work(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "work.brief"
    _crash_with_unsaved_work(make_window, monkeypatch, path)
    fresh = make_window()
    prompt_log.questions.clear()
    assert fresh.open_path(path, ask=False)  # as `briefdesk work.brief` does
    assert len(prompt_log.questions) == 1
    assert "autosaved" in prompt_log.questions[0] and "work.brief" in prompt_log.questions[0]
    assert "changed on disk" not in prompt_log.questions[0]
    assert fresh.doc.brief.bluf == "Unsaved when it crashed."
    assert fresh.doc.path == path and fresh.doc.dirty
    assert fresh.lock is not None
    # Saving now writes without a changed-on-disk question: nobody else wrote the file.
    assert fresh.save()
    assert store.open_brief(path).brief.bluf == "Unsaved when it crashed."
    assert len(prompt_log.questions) == 1


def test_recent_file_offers_it_and_no_discards_only_that_briefs_snapshot(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "work.brief"
    _crash_with_unsaved_work(make_window, monkeypatch, path)
    other = make_window()
    other.doc.set_value("bluf", "Another brief's unsaved work.")
    other.autosave_now()  # "crashed" too (pid_alive says no): must survive the No below
    fresh = make_window()
    fresh._fill_recent()
    prompt_log.questions.clear()
    prompt_log.restore = False
    recent = next(a for a in fresh.recent_menu.actions() if a.toolTip() == str(path.resolve()))
    recent.trigger()
    assert len(prompt_log.questions) == 1
    assert fresh.doc.path is not None and fresh.doc.path.resolve() == path.resolve()
    assert fresh.doc.brief.bluf == load_sample().bluf  # the file as saved, not the snapshot
    left = store.list_snapshots()
    assert [s.original for s in left] == [None]  # the other brief's work is still kept


def test_restore_says_the_file_changed_after_the_snapshot_and_save_asks(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, tmp_path: Path
) -> None:
    path = tmp_path / "work.brief"
    _crash_with_unsaved_work(make_window, monkeypatch, path)
    # Another command writes the file after the snapshot.
    theirs = store.open_brief(path)
    theirs.brief.header.title = "Their newer title"
    store.save_brief(path, theirs.brief, expected=theirs.stamp)
    on_disk = path.read_bytes()

    fresh = make_window()
    prompt_log.questions.clear()
    assert fresh.open_path(path, ask=False)
    assert "changed on disk after this snapshot" in prompt_log.questions[0]
    assert fresh.doc.brief.bluf == "Unsaved when it crashed."

    prompt_log.overwrite = False  # "No": keep their version
    assert not fresh.save()
    assert "changed on disk after this snapshot" in prompt_log.questions[-1]
    assert path.read_bytes() == on_disk, "their change was overwritten without asking"
    assert fresh.doc.dirty

    prompt_log.overwrite = True  # now the user chooses to replace it
    assert fresh.save()
    assert store.open_brief(path).brief.bluf == "Unsaved when it crashed."


def test_work_of_a_running_briefdesk_is_not_offered(
    make_window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    path = tmp_path / "work.brief"
    store.save_brief(path, load_sample())
    running = make_window()
    assert running.open_path(path)
    running.doc.set_value("bluf", "Still being edited.")
    running.autosave_now()  # this process is alive: its snapshot is nobody's to restore
    fresh = make_window()
    prompt_log.questions.clear()
    assert fresh.open_path(path, ask=False)
    assert not any("autosaved" in q for q in prompt_log.questions)
