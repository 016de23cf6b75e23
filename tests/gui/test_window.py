"""Window state remembered, settings dialog, drag and drop, keyboard shortcuts, linking by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent, QKeySequence

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


def test_every_menu_command_a_user_needs_often_has_a_shortcut(window: Any) -> None:
    """Quit and Settings have no standard key on Windows or here (offscreen): a fallback shows."""
    for action in (window.act_quit, window.act_settings, window.act_new, window.act_save_as):
        assert not action.shortcut().isEmpty(), f"{action.text()} has no shortcut"
    shortcuts = [
        a.shortcut().toString()
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
        if not a.isSeparator() and not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), "two menu commands share a shortcut"


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
    # The command names its target: the selected item may sit on a tab out of sight.
    assert "Khalil Hashmi" in window.act_cite.text()
    window.editor.setCurrentIndex(1)  # Summary tab: the actor is out of sight
    window.act_cite.trigger()
    quotes = [s.quote for s in window.doc.brief.actors[index].evidence]
    assert quotes == ["Khalil Hashmi", "Hashmi"]
    assert "evidence for Khalil Hashmi" in window.statusBar().currentMessage()
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


def test_side_panel_shortcuts_put_the_keyboard_in_the_panel(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    window.editor.header_form.widget_for("header.title").setFocus()
    view = {a.text(): a for a in window.findChildren(QAction)}
    view["Checks"].trigger()
    assert window.side.currentWidget() is window.checks
    qtbot.waitUntil(window.checks.list.hasFocus)
    view["Suggestions"].trigger()
    qtbot.waitUntil(window.suggestions_panel.tree.hasFocus)


def test_deal_value_keeps_the_currency_the_source_wrote() -> None:
    from decimal import Decimal

    from briefdesk.gui.linking import parse_money

    cases = {
        "A$2bn": ("2000000000", "AUD"),  # was read as US dollars
        "HK$5 billion": ("5000000000", "HKD"),
        "Rs 3.5 billion": ("3500000000", "INR"),  # was refused
        "$1.6 billion": ("1600000000", "USD"),
        "PKR 1,000": ("1000", "PKR"),
    }
    for words, (amount, currency) in cases.items():
        money = parse_money(words)
        assert money is not None, words
        assert (money.amount, money.currency, money.as_stated) == (
            Decimal(amount),
            currency,
            words,
        )
    assert parse_money("JF-17 jets") is None


def test_settings_refuse_a_custom_marking_without_text(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.scheme.setCurrentIndex(dialog.scheme.findData(MarkingScheme.CUSTOM))
    dialog.level.setCurrentText("")
    dialog.accept()
    assert accepted == []
    assert "custom marking" in prompt_log.errors[-1]
    dialog.level.setCurrentText("COMPANY CONFIDENTIAL")
    dialog.accept()
    assert accepted == [True]
    assert dialog.apply().marking_level == "COMPANY CONFIDENTIAL"


def _mnemonic(text: str) -> str:
    import re

    match = re.search(r"&(\w)", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def test_no_two_visible_alt_keys_collide_on_any_tab(window: Any, qtbot: Any) -> None:
    """An ambiguous Alt+letter only moves focus: Alt+F must open File, Alt+D show Deals."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    menus = {_mnemonic(m.text()): m.text() for m in window.menuBar().actions()}
    for tab in range(window.editor.count()):
        window.editor.setCurrentIndex(tab)
        for side in range(window.side.count()):
            window.side.setCurrentIndex(side)
            owners: dict[str, list[str]] = {}
            for key, text in menus.items():
                owners.setdefault(key, []).append(f"menu {text}")
            for button in window.findChildren(QAbstractButton):
                if button.isVisible() and _mnemonic(button.text()):
                    owners.setdefault(_mnemonic(button.text()), []).append(button.text())
            for label in window.findChildren(QLabel):
                if label.isVisible() and label.buddy() is not None and _mnemonic(label.text()):
                    owners.setdefault(_mnemonic(label.text()), []).append(label.text())
            for bar in window.findChildren(QTabBar):
                if bar.isVisible():
                    for i in range(bar.count()):
                        if _mnemonic(bar.tabText(i)):
                            owners.setdefault(_mnemonic(bar.tabText(i)), []).append(bar.tabText(i))
            clashes = {k: v for k, v in owners.items() if len(v) > 1}
            where = f"{window.editor.tabText(tab)} / {window.side.tabText(side)}"
            assert not clashes, f"{where}: {clashes}"


def test_insert_and_delete_add_and_remove_in_a_record_list(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    actors = window.editor.lists["actors"]
    window.editor.setCurrentIndex(2)
    actors.table.setFocus()
    qtbot.keyClick(actors.table, Qt.Key.Key_Insert)
    assert [a.name for a in window.doc.brief.actors] == ["New actor"]
    actors.table.setFocus()
    qtbot.keyClick(actors.table, Qt.Key.Key_Delete)
    assert window.doc.brief.actors == []


def test_side_panel_leaves_room_for_the_editor_on_a_laptop_screen(window: Any) -> None:
    """At 1024 px the three panes must fit without the editor scrolling sideways."""
    widths = {
        window.side.tabText(i): window.side.widget(i).minimumSizeHint().width()
        for i in range(window.side.count())
    }
    assert max(widths.values()) <= 300, widths
    assert window.sources_pane.minimumSizeHint().width() <= 300
