"""New/Open/Save, the unsaved-changes prompt, autosave and restore, changed-on-disk detection."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from briefdesk import store
from briefdesk.gui.prompts import SaveChoice
from briefdesk.samples import load_sample
from briefdesk.settings import load_settings

from .conftest import PromptLog, wait_idle


def test_save_and_reopen_with_title_and_recent(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    window.doc.set_value("header.title", "Jet sale")
    prompt_log.save_path = tmp_path / "jets.brief"
    assert window.save()
    assert (tmp_path / "jets.brief").exists()
    assert window.title_text() == "jets.brief — BriefDesk"
    assert not window.doc.dirty
    assert load_settings().recent_files[0] == str((tmp_path / "jets.brief").resolve())
    window.new_file()
    assert window.doc.brief.header.title == ""
    assert window.open_path(tmp_path / "jets.brief")
    assert window.doc.brief.header.title == "Jet sale"
    assert window.recent_menu.actions()[0].toolTip() == str((tmp_path / "jets.brief").resolve())


def test_unsaved_changes_prompt_cancel_discard_save(
    make_window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    window = make_window()
    window.doc.set_value("bluf", "Unsaved words.")
    prompt_log.save_choice = SaveChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    assert len(prompt_log.questions) == 1
    assert "Untitled" in prompt_log.questions[0]

    prompt_log.save_choice = SaveChoice.SAVE
    prompt_log.save_path = tmp_path / "kept.brief"
    assert window.close()
    assert store.open_brief(tmp_path / "kept.brief").brief.bluf == "Unsaved words."

    other = make_window()
    other.doc.set_value("bluf", "Throw away.")
    prompt_log.save_choice = SaveChoice.DISCARD
    assert other.close()


def test_clean_window_closes_without_asking(make_window: Any, prompt_log: PromptLog) -> None:
    window = make_window()
    assert window.close()
    assert prompt_log.questions == []


def test_autosave_and_restore_after_crash(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    crashed = make_window()
    crashed.doc.set_value("header.title", "Work in progress")
    crashed.doc.set_value("bluf", "Not saved yet.")
    crashed.autosave()
    crashed.runner.wait(30000)
    assert store.list_snapshots(), "autosave wrote no snapshot"
    # Simulate the crash: the process that wrote the snapshot is gone; the window never closed.
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    fresh = make_window()
    prompt_log.restore = True
    assert fresh.offer_recovery()
    assert fresh.doc.brief.header.title == "Work in progress"
    assert fresh.doc.brief.bluf == "Not saved yet."
    assert fresh.doc.dirty
    assert "Work in progress" in prompt_log.questions[-1]
    # When, as people read it ("27 Nov 2026 23:05"), not an ISO stamp.
    assert re.search(r"autosaved \d{1,2} \w{3} \d{4} \d\d:\d\d", prompt_log.questions[-1])


def test_a_never_saved_untitled_brief_is_offered_by_its_first_source(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, qtbot: Any
) -> None:
    """Newcomer15 N15-33: "Untitled brief (autosaved …)" told several snapshots apart by time
    only."""
    crashed = make_window()
    crashed.add_source_text("Readout of the Meeting\n\nThe ministers met in Riga on Monday.")
    wait_idle(qtbot, crashed)
    crashed.autosave_now()
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    fresh = make_window()
    prompt_log.restore = True
    assert fresh.offer_recovery()
    title = fresh.doc.brief.sources[0].title
    assert title and f"Untitled brief — 1 source: {title} (autosaved" in prompt_log.questions[-1]


def test_declined_restore_discards_snapshots(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    crashed = make_window()
    crashed.doc.set_value("bluf", "Lost on purpose.")
    crashed.autosave_now()
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    fresh = make_window()
    prompt_log.restore = False
    assert not fresh.offer_recovery()
    assert store.list_snapshots() == []
    assert fresh.doc.brief.bluf == ""


def test_changed_on_disk_is_detected_before_overwriting(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    path = tmp_path / "shared.brief"
    store.save_brief(path, load_sample())
    assert window.open_path(path)
    other = store.open_brief(path).brief
    other.bluf = "Someone else's words."
    store.save_brief(path, other, force=True)
    window.doc.set_value("bluf", "My words.")
    window.check_disk()
    assert "changed on disk" in window.statusBar().currentMessage()
    prompt_log.overwrite = False
    assert not window.save()
    assert store.open_brief(path).brief.bluf == "Someone else's words."
    prompt_log.overwrite = True
    assert window.save()
    assert store.open_brief(path).brief.bluf == "My words."


def test_open_refuses_a_broken_file_with_a_message(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    path = tmp_path / "broken.brief"
    path.write_text("{ not json", encoding="utf-8")
    assert not window.open_path(path)
    assert len(prompt_log.errors) == 1
    assert "broken.brief" in prompt_log.errors[0]
    assert "\n" not in prompt_log.errors[0].split(" | ")[-1]


def test_brief_locked_by_another_process_asks_first(
    window: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: Any
) -> None:
    import json

    from briefdesk.store.lock import lock_path

    path = tmp_path / "busy.brief"
    store.save_brief(path, load_sample())
    lock_path(path).write_text(
        json.dumps({"pid": 1, "host": "other-host", "user": "kim", "since": "09:00"}), "utf-8"
    )
    prompt_log.yes = False
    assert not window.open_path(path)
    assert "kim@other-host" in prompt_log.questions[-1]
    prompt_log.yes = True
    assert window.open_path(path)
    assert window.doc.brief.header.title == load_sample().header.title


def test_reloading_a_brief_changed_on_disk_keeps_our_lock(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    from briefdesk.store.lock import read_owner

    path = tmp_path / "shared.brief"
    store.save_brief(path, load_sample())
    assert window.open_path(path)
    other = store.open_brief(path).brief
    other.bluf = "Someone else's words."
    store.save_brief(path, other, force=True)
    prompt_log.yes = True  # "Reload it?"
    window.check_disk()
    # Only the reload question: never "in use by" this very window.
    assert len(prompt_log.questions) == 1
    assert "Reload" in prompt_log.questions[0]
    assert window.doc.brief.bluf == "Someone else's words."
    owner = read_owner(path)
    assert owner is not None and owner.pid == os.getpid()
    assert window.lock is not None


def test_restore_after_crash_takes_over_the_stale_lock(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, tmp_path: Path
) -> None:
    from briefdesk.store.lock import lock_path, read_owner

    path = tmp_path / "work.brief"
    store.save_brief(path, load_sample())
    crashed = make_window()
    assert crashed.open_path(path)
    crashed.doc.set_value("bluf", "Unsaved after the crash.")
    crashed.autosave_now()
    crashed.lock = None  # the crashed process never released its lock
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    monkeypatch.setattr("briefdesk.store.lock.pid_alive", lambda pid: pid == os.getpid() + 1)
    lock_path(path).write_text(
        lock_path(path).read_text("utf-8").replace(str(os.getpid()), str(os.getpid() + 2)),
        "utf-8",
    )
    fresh = make_window()
    assert fresh.offer_recovery()
    assert fresh.doc.brief.bluf == "Unsaved after the crash."
    assert fresh.lock is not None, "the restored brief is open without a lock"
    owner = read_owner(path)
    assert owner is not None and owner.pid == os.getpid()


def test_brief_in_a_folder_where_no_lock_can_be_written_still_opens(
    window: Any, prompt_log: PromptLog, tmp_path: Path, monkeypatch: Any
) -> None:
    path = tmp_path / "readonly.brief"
    store.save_brief(path, load_sample())

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store.BriefLock, "acquire", refuse)
    assert window.open_path(path)
    assert window.doc.brief.header.title == load_sample().header.title
    assert "in use" in window.statusBar().currentMessage()
    assert prompt_log.errors == []


def test_save_as_under_a_file_is_a_message_not_a_crash(
    window: Any, prompt_log: PromptLog, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", "utf-8")
    window.doc.set_value("header.title", "Jets")
    prompt_log.save_path = not_a_folder / "jets.brief"
    assert not window.save_as()
    assert len(prompt_log.errors) == 1
    assert "jets.brief" in prompt_log.errors[0]
    assert window.doc.dirty


def test_two_crashed_briefs_are_both_recovered_one_after_the_other(
    make_window: Any, prompt_log: PromptLog, monkeypatch: Any, tmp_path: Path
) -> None:
    from briefdesk.model import Brief

    first, second = Brief(), Brief()
    first.header.title, second.header.title = "Older work", "Newer work"
    store.write_snapshot(first, None, pid=999_998)
    store.write_snapshot(second, None, pid=999_999)
    _age_snapshot(first.id, "2026-01-01T08:00:00Z")
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: pid == os.getpid())

    window = make_window()
    assert window.offer_recovery()
    assert window.doc.brief.header.title == "Newer work"
    assert "1 more unsaved brief" in window.statusBar().currentMessage()
    assert [s.title for s in store.orphaned_snapshots()] == ["Older work"]

    prompt_log.save_path = tmp_path / "newer.brief"
    assert window.save()
    window.act_recover.trigger()
    assert window.doc.brief.header.title == "Older work"
    assert store.orphaned_snapshots() == []
    prompt_log.save_choice = SaveChoice.SAVE
    prompt_log.save_path = tmp_path / "older.brief"
    window.act_recover.trigger()
    assert store.open_brief(tmp_path / "older.brief").brief.header.title == "Older work"
    assert "No unsaved work" in window.statusBar().currentMessage()


def _age_snapshot(brief_id: str, saved_at: str) -> None:
    import json

    from briefdesk import paths

    (meta_path,) = paths.recovery_dir().glob(f"{brief_id}.*.json")  # one per brief and process
    meta = json.loads(meta_path.read_text("utf-8"))
    meta["saved_at"] = saved_at
    meta_path.write_text(json.dumps(meta), "utf-8")
