"""Window state remembered, settings dialog, drag and drop, keyboard shortcuts, linking by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence

from briefdesk.gui.settings_dialog import SettingsDialog
from briefdesk.model.codes import ActorType, MarkingScheme
from briefdesk.settings import load_settings

from .conftest import SAMPLE_ARTICLE, PromptLog, select_text, wait_idle


def test_splitters_and_side_tab_are_remembered(make_window: Any) -> None:
    first = make_window()
    first.resize(780, 560)  # inside the offscreen screen, so restoring is not clamped
    first.splitter.setSizes([200, 300, 250])
    first.side.setCurrentIndex(2)
    sizes = first.splitter.sizes()
    assert first.close()
    settings = load_settings()
    assert settings.blob("main-splitter")
    second = make_window(settings)
    assert second.side.currentIndex() == 2
    assert second.size() == first.size()
    second.resize(second.size())
    assert second.splitter.sizes() == sizes


def test_settings_dialog_returns_data_and_new_briefs_use_it(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sam Okafor")
    dialog.unit.setText("Caucasus Desk")
    dialog.scheme.setCurrentIndex(dialog.scheme.findData(MarkingScheme.TLP))
    dialog.level.setCurrentText("AMBER")
    dialog.templates.setText("/tmp/my-templates")
    window._settings_accepted(dialog)
    saved = load_settings()
    assert saved.author.name == "Sam Okafor"
    assert (saved.marking_scheme, saved.marking_level) == ("tlp", "AMBER")
    assert saved.user_templates_dir() == Path("/tmp/my-templates")
    window.new_file()
    assert window.doc.brief.header.from_.name == "Sam Okafor"
    assert window.doc.brief.header.from_.unit == "Caucasus Desk"
    assert window.doc.brief.marking.label == "TLP:AMBER"


def test_dropping_files_imports_them(window: Any, qtbot: Any, prompt_log: PromptLog) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(SAMPLE_ARTICLE))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wait_idle(qtbot, window)
    assert prompt_log.errors == []
    assert len(window.doc.brief.sources) == 1
    assert window.doc.brief.sources[0].filename == SAMPLE_ARTICLE.name


def test_standard_shortcuts_are_bound(window: Any) -> None:
    assert window.act_save.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.act_paste_source.shortcut() == QKeySequence("Ctrl+Shift+V")
    assert window.act_person.shortcut() == QKeySequence("Ctrl+Alt+P")
    assert window.act_export.shortcut() == QKeySequence("Ctrl+E")


def test_link_actions_follow_the_selection(window: Any, qtbot: Any) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    assert not window.act_person.isEnabled()
    select_text(window, "Khalil Hashmi")
    assert window.act_person.isEnabled()
    assert not window.act_cite.isEnabled(), "nothing is selected to cite evidence for"
    index = window.link_actor(ActorType.PERSON)
    actor = window.doc.brief.actors[index]
    assert (actor.name, actor.type) == ("Khalil Hashmi", ActorType.PERSON)
    # Cite a second mention as evidence for the selected actor.
    window.editor.lists["actors"].select_row(index)
    select_text(window, "Hashmi", occurrence=1)
    assert window.act_cite.isEnabled()
    window.act_cite.trigger()
    quotes = [s.quote for s in window.doc.brief.actors[index].evidence]
    assert quotes == ["Khalil Hashmi", "Hashmi"]
    # The same words again do not make a second actor.
    select_text(window, "Khalil Hashmi")
    assert window.link_actor(ActorType.PERSON) == index
    assert len(window.doc.brief.actors) == 1


def test_deal_value_that_is_not_money_is_a_message(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    select_text(window, "Beijing")
    window.link_deal_value()
    assert prompt_log.errors and "not an amount" in prompt_log.errors[0]
    assert window.doc.brief.deals == []


def test_context_menu_offers_link_actions(window: Any) -> None:
    actions = [a.text() for a in window.sources_pane.article.link_actions if a is not None]
    assert "Add as &person" in actions
    assert "&Cite as evidence for selected item" in actions
