"""The desk remembers the user's decisions: a dismissed suggestion stays dismissed across save,
reopen and crash recovery (undo brings it back); an accepted one is not offered again after its
record is renamed; the never-suggest list in Settings is honoured and filled from a suggestion."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from briefdesk import store
from briefdesk.gui.suggestions import suggestion_key
from briefdesk.settings import load_settings

from .conftest import SAMPLE_ARTICLE, PromptLog, wait_idle


def _read(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)


def _names(window: Any, kind: str = "actors") -> list[str]:
    return [s.name for s in window.open_suggestions() if s.kind == kind]


def _actor(window: Any, name: str) -> Any:
    return next(s for s in window.open_suggestions() if s.kind == "actors" and s.name == name)


def _reopen(window: Any, qtbot: Any, path: Path) -> None:
    store.save_brief(path, window.doc.brief)
    window.doc.undo_stack.setClean()
    window.new_file()
    assert window.open_path(path)
    wait_idle(qtbot, window)
    window.sources_pane.select(window.doc.brief.sources[0].id)


def test_dismissed_stays_dismissed_after_save_and_reopen(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    _read(window, qtbot)
    khalil = _actor(window, "Khalil Hashmi")
    window.dismiss_suggestions([khalil])
    assert "Khalil Hashmi" not in _names(window)
    # Kept in the brief itself, by the suggestion's stable key.
    assert suggestion_key(khalil) in window.doc.brief.sources[0].dismissed
    _reopen(window, qtbot, tmp_path / "kept.brief")
    assert "Khalil Hashmi" not in _names(window)
    assert "Hikmet Hajiyev" in _names(window)


def test_undo_brings_a_dismissed_suggestion_back(window: Any, qtbot: Any) -> None:
    _read(window, qtbot)
    window.dismiss_suggestions([_actor(window, "Khalil Hashmi")])
    assert "Khalil Hashmi" not in _names(window)
    assert window.doc.undo_stack.undoText().startswith("Dismiss")
    window.doc.undo_stack.undo()
    assert "Khalil Hashmi" in _names(window)
    assert window.doc.brief.sources[0].dismissed == []
    window.doc.undo_stack.redo()
    assert "Khalil Hashmi" not in _names(window)
    # Dismissing all the rest: the panel says how to see them again.
    window.dismiss_suggestions(window.open_suggestions())
    assert window.open_suggestions() == []
    assert "Ctrl+R lists it again" in window.suggestions_panel.note.text()
    window.act_suggest.trigger()  # asked for by name: listed again, as one undo step
    wait_idle(qtbot, window)
    assert "Khalil Hashmi" in _names(window)
    window.doc.undo_stack.undo()
    assert "Khalil Hashmi" not in _names(window)


def test_dismissed_survives_crash_recovery(
    make_window: Any, qtbot: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    crashed = make_window()
    _read(crashed, qtbot)
    crashed.dismiss_suggestions([_actor(crashed, "Khalil Hashmi")])
    crashed.autosave()
    crashed.runner.wait(30000)
    monkeypatch.setattr("briefdesk.store.recovery.pid_alive", lambda pid: False)
    fresh = make_window()
    prompt_log.restore = True
    assert fresh.offer_recovery()
    wait_idle(qtbot, fresh)
    fresh.sources_pane.select(fresh.doc.brief.sources[0].id)
    if not fresh.suggestions:
        fresh.read_all_sources()
        wait_idle(qtbot, fresh)
    assert "Hikmet Hajiyev" in _names(fresh)
    assert "Khalil Hashmi" not in _names(fresh)


def test_accepted_then_renamed_is_not_offered_again(
    window: Any, qtbot: Any, tmp_path: Path
) -> None:
    _read(window, qtbot)
    window.accept_suggestions([_actor(window, "Khalil Hashmi")])
    index = next(i for i, a in enumerate(window.doc.brief.actors) if a.name == "Khalil Hashmi")
    window.doc.set_value(f"actors[{index}].name", "K. Hashmi")
    assert "Khalil Hashmi" not in _names(window)
    _reopen(window, qtbot, tmp_path / "renamed.brief")
    assert "Khalil Hashmi" not in _names(window)
    assert [a.name for a in window.doc.brief.actors] == ["K. Hashmi"]


def test_undoing_an_accept_offers_it_again(window: Any, qtbot: Any) -> None:
    _read(window, qtbot)
    window.accept_suggestions([_actor(window, "Khalil Hashmi")])
    assert "Khalil Hashmi" not in _names(window)
    window.doc.undo_stack.undo()  # one step: the actor and the remembered key
    assert window.doc.brief.actors == []
    assert window.doc.brief.sources[0].dismissed == []
    assert "Khalil Hashmi" in _names(window)


def test_never_suggest_list_in_settings_is_honoured(make_window: Any, qtbot: Any) -> None:
    settings = load_settings()
    settings.never_suggest = ["khalil *:person", "Beij?ng:place"]
    window = make_window(settings)
    _read(window, qtbot)
    assert "Khalil Hashmi" not in _names(window)
    assert "Hikmet Hajiyev" in _names(window)
    assert "Beijing" not in _names(window, "places")
    # Left out by extraction itself, not only hidden by the window.
    extraction = window.extractions[window.doc.brief.sources[0].id]
    assert "Khalil Hashmi" not in [a.name for a in extraction.actors]


def test_kind_limits_a_never_suggest_rule(make_window: Any, qtbot: Any) -> None:
    settings = load_settings()
    settings.never_suggest = ["Beijing:person"]
    window = make_window(settings)
    _read(window, qtbot)
    assert "Beijing" in _names(window, "places")


def test_settings_dialog_edits_the_never_suggest_list(window: Any, qtbot: Any) -> None:
    from briefdesk.gui.settings_dialog import SettingsDialog

    _read(window, qtbot)
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    box = dialog.never
    row = box.add_row("Hikmet *", "person")
    combo = box.table.cellWidget(row, 1)
    assert combo.currentData() == "person"
    box.add_row("   ", "any")  # an empty row is left out, not an error
    assert box.problem() == ""
    dialog.apply()
    window._settings_accepted(dialog)
    assert window.settings.never_suggest == ["Hikmet *:person"]
    assert load_settings().never_suggest == ["Hikmet *:person"]
    assert "Hikmet Hajiyev" not in _names(window)
    # Removing the row offers it again.
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.never.table.selectRow(0)
    dialog.never.remove_selected()
    dialog.apply()
    window._settings_accepted(dialog)
    assert window.settings.never_suggest == []
    assert "Hikmet Hajiyev" in _names(window)


def test_a_bad_row_in_settings_is_one_line_and_keeps_the_dialog(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    from briefdesk.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.never.add_row("Reuters", "organization")
    dialog.never.add_row("*", "any")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert len(prompt_log.errors) == 1
    message = prompt_log.errors[0]
    assert "row 2" in message and "every name" in message and "\n" not in message
    assert window.settings.never_suggest == []


def test_context_menu_never_suggest_this(window: Any, qtbot: Any) -> None:
    _read(window, qtbot)
    panel = window.suggestions_panel
    row = next(
        r for r in panel._rows() if r.data(0, Qt.ItemDataRole.UserRole).name == "Khalil Hashmi"
    )
    panel.tree.setCurrentItem(row)
    actions = {a.text(): a for a in panel.context_actions()}
    assert actions["Never suggest this"].isEnabled()
    actions["Never suggest this"].trigger()
    assert window.settings.never_suggest == ["Khalil Hashmi:person"]
    assert load_settings().never_suggest == ["Khalil Hashmi:person"]
    assert "Khalil Hashmi" not in _names(window)
    # A user-level rule: the brief itself is not changed.
    assert window.doc.brief.sources[0].dismissed == []


def test_draft_leaves_out_dismissed_and_remembers_what_it_took(window: Any, qtbot: Any) -> None:
    _read(window, qtbot)
    window.dismiss_suggestions([_actor(window, "Khalil Hashmi")])
    window.draft_from_source()
    names = [a.name for a in window.doc.brief.actors]
    assert "Hikmet Hajiyev" in names and "Khalil Hashmi" not in names
    index = names.index("Hikmet Hajiyev")
    window.doc.set_value(f"actors[{index}].name", "H. Hajiyev")
    assert "Hikmet Hajiyev" not in _names(window)
    assert "Khalil Hashmi" not in _names(window)
    window.doc.undo_stack.undo()  # the rename
    window.doc.undo_stack.undo()  # the draft, with what it remembered
    assert "Hikmet Hajiyev" in _names(window)
    assert window.doc.brief.actors == []
