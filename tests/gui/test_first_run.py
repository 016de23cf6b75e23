"""The first-run page (newcomer18 N18-13): the marking, name, post and organisation asked once
at the first start, skippable, never again; and newcomer18's brief B replayed to count what it
saves on the first export. Settings live in the test's temporary BRIEFDESK_HOME only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from briefdesk import paths
from briefdesk.defaults import new_brief
from briefdesk.gui.first_run import FirstRunPage, offer_first_run
from briefdesk.model.codes import MarkingScheme
from briefdesk.settings import AuthorDefaults, load_settings, settings_path, wants_first_run

from .conftest import wait_idle
from .keyboard_user import KeyboardUser

ARTICLE = Path(__file__).resolve().parents[1] / "data" / "articles" / "nc18_railway_loan.txt"
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier


User = KeyboardUser


def _page(window: Any, qtbot: Any) -> FirstRunPage:
    page = offer_first_run(window)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.name)
    return page


def _fill_page(user: User, qtbot: Any, page: FirstRunPage) -> None:
    user.type("J. Mwangi")
    user.chord("Tab", Qt.Key.Key_Tab)
    user.type("Desk Officer, East Africa")
    user.chord("Tab", Qt.Key.Key_Tab)
    user.type("Africa Directorate")
    user.chord("Tab", Qt.Key.Key_Tab)
    user.type("TLP:A")
    assert page.marking.currentText() == "TLP:AMBER"
    user.chord("Enter save", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.settings.first_run_done)


def test_settings_in_the_test_folder_only(briefdesk_home: Path) -> None:
    assert settings_path().is_relative_to(briefdesk_home)
    assert paths.config_dir().is_relative_to(briefdesk_home)


def test_asked_only_when_nothing_is_set() -> None:
    settings = load_settings()
    assert wants_first_run(settings)
    settings.author = AuthorDefaults(name="A. Analyst")
    assert not wants_first_run(settings)  # set before round 19: not asked
    settings = load_settings()
    settings.marking_scheme, settings.marking_level = "tlp", "AMBER"
    assert not wants_first_run(settings)
    settings = load_settings()
    settings.first_run_done = True
    assert not wants_first_run(settings)


def test_each_fields_example_shows_whole(make_window: Any, qtbot: Any) -> None:
    page = _page(make_window(), qtbot)
    for edit in (page.name, page.post, page.organisation):
        shown = edit.width() - 2 * edit.style().pixelMetric(
            edit.style().PixelMetric.PM_DefaultFrameWidth
        )
        assert shown >= edit.fontMetrics().horizontalAdvance(edit.placeholderText()), (
            edit.placeholderText()
        )
    page.reject()


def test_skipped_it_never_comes_back(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    page = _page(window, qtbot)
    qtbot.keyClick(page.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings.first_run_done)
    stored = load_settings()
    assert stored.first_run_done and not stored.author.name
    assert stored.marking_scheme == "none"
    assert window.doc.brief.marking.scheme is MarkingScheme.NONE
    assert offer_first_run(window) is None
    assert offer_first_run(make_window(load_settings())) is None  # the next start


def test_filled_in_goes_to_settings_and_the_open_brief(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    assert not window.doc.dirty
    page = _page(window, qtbot)
    user = User(qtbot, window)
    _fill_page(user, qtbot, page)
    assert len(user.actions) == 8, user.actions
    stored = load_settings()
    assert stored.first_run_done
    assert (stored.author.name, stored.author.title, stored.author.unit) == (
        "J. Mwangi",
        "Desk Officer, East Africa",
        "Africa Directorate",
    )
    assert (stored.marking_scheme, stored.marking_level) == ("tlp", "AMBER")
    brief = window.doc.brief
    assert brief.marking.label == "TLP:AMBER" and brief.header.from_.unit == "Africa Directorate"
    assert not window.doc.dirty  # the untouched new brief stays clean: closing asks nothing
    assert new_brief(stored).header.from_.name == "J. Mwangi"
    assert offer_first_run(make_window(load_settings())) is None


def test_a_brief_with_work_gets_them_in_one_undo_step(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.doc.set_value("header.title", "Railway loan")
    steps = window.doc.undo_stack.count()
    page = _page(window, qtbot)
    _fill_page(User(qtbot, window), qtbot, page)
    assert window.doc.brief.marking.label == "TLP:AMBER" and window.doc.dirty
    assert window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert window.doc.brief.marking.scheme is MarkingScheme.NONE
    assert not window.doc.brief.header.from_.name
    assert window.doc.brief.header.title == "Railway loan"


def _export_brief_b(user: User, qtbot: Any, window: Any, tmp_path: Path, fill: bool) -> None:
    """Brief B's paste, draft and first export, with keys; ``fill``: the Export dialog's
    marking and author rows are filled in (no first-run page was answered)."""
    from briefdesk.gui.export_dialog import ExportDialog

    window.settings.open_after_export = False
    window.settings.window_state["export-folder"] = str(tmp_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.clipboard().setText(ARTICLE.read_text("utf-8"))
    user.chord("Ctrl+Shift+V paste", Qt.Key.Key_V, Ctrl | Shift)
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources and window.extractions), timeout=60000)
    wait_idle(qtbot, window)
    user.chord("Ctrl+D draft", Qt.Key.Key_D, Ctrl)
    wait_idle(qtbot, window)
    user.chord("Ctrl+E export", Qt.Key.Key_E, Ctrl)
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=60000)
    assert dialog.fillin.isVisible() is fill
    if fill:
        dialog.fillin.marking.setFocus()
        user.actions.append("click Marking")
        user.type("TLP:A")
        user.chord("Tab to From", Qt.Key.Key_Tab)
        user.type("J. Mwangi")
        user.chord("Tab to Post", Qt.Key.Key_Tab)
        user.type("Desk Officer, East Africa")
        dialog.export_button.setFocus()
        user.actions.append("click Export")
        dialog.export_button.click()
    else:
        user.chord("Enter export", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.path is not None, timeout=60000)
    wait_idle(qtbot, window)
    brief = window.doc.brief
    assert brief.marking.label == "TLP:AMBER" and brief.header.from_.name == "J. Mwangi"


def test_brief_b_first_export_counted(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    """Before: the first export asks marking, name and post in the Export dialog. After: the
    first-run page answered them at the start, and the first export is Ctrl+E, Enter."""
    before = User(qtbot, make_window())
    _export_brief_b(before, qtbot, before.window, tmp_path / "before", fill=True)
    before.window.close()

    settings_path().unlink()  # a fresh start again
    window = make_window(load_settings())
    once = User(qtbot, window)
    _fill_page(once, qtbot, _page(window, qtbot))
    after = User(qtbot, window)
    _export_brief_b(after, qtbot, window, tmp_path / "after", fill=False)
    print(
        f"\nfirst export: {len(before.actions)} actions without the page, {len(after.actions)} "
        f"after it; the page itself {len(once.actions)} once per installation"
    )
    assert (len(before.actions), len(after.actions), len(once.actions)) == (10, 4, 8), (
        before.actions,
        after.actions,
    )
