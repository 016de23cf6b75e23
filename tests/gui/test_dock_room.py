"""Opening the Library beside the brief editor leaves the editor a usable width: the dock
takes its room from the sources pane and the side panels, opens narrower, or the side panels
step aside; closing it puts the panes back, and what is saved is never the squeezed state."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDockWidget

from briefdesk.gui.dock_room import EDITOR_MIN_WIDTH
from briefdesk.settings import load_settings


def _open(window: Any, qtbot: Any, width: int, height: int) -> QDockWidget:
    window.resize(width, height)
    qtbot.wait(20)
    window.library_panel.show_library()
    qtbot.wait(50)
    dock = window.findChild(QDockWidget, "library-dock")
    assert dock is not None and dock.isVisible()
    return dock


def test_at_1440_the_library_takes_room_from_the_panes_beside_the_editor(
    window: Any, qtbot: Any
) -> None:
    window.resize(1440, 900)
    qtbot.wait(20)
    before = window.splitter.sizes()
    assert before[1] > EDITOR_MIN_WIDTH  # the editor had more than its floor
    dock = _open(window, qtbot, 1440, 900)
    sources, editor, side = window.splitter.sizes()
    assert window.width() == 1440  # the window did not grow to make room
    assert editor >= EDITOR_MIN_WIDTH
    assert sources < before[0] and side < before[2]  # they gave the room
    assert window.side.isVisible()
    assert dock.width() >= dock.minimumSizeHint().width()
    dock.close()
    qtbot.wait(50)
    assert window.splitter.sizes() == before
    assert window.editor.minimumWidth() == 0  # no floor once the dock is gone


def test_in_a_narrow_window_the_side_panels_step_aside(window: Any, qtbot: Any) -> None:
    window.resize(1280, 800)
    qtbot.wait(20)
    before = window.splitter.sizes()
    dock = _open(window, qtbot, 1280, 800)
    assert window.width() == 1280
    assert not window.side.isVisible()
    assert window.editor.width() >= EDITOR_MIN_WIDTH
    assert dock.width() >= dock.minimumSizeHint().width()
    dock.close()
    qtbot.wait(50)
    assert window.side.isVisible() and window.splitter.sizes() == before


@pytest.mark.parametrize("width", [960, 1100])
def test_a_window_tiled_on_half_a_screen_is_not_forced_wider(
    window: Any, qtbot: Any, width: int
) -> None:
    _open(window, qtbot, width, 900)
    assert window.width() == width
    assert window.editor.width() > 300


def test_the_saved_splitter_is_the_one_before_the_library_opened(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    window.resize(1440, 900)
    qtbot.wait(20)
    before = window.splitter.sizes()
    _open(window, qtbot, 1440, 900)
    assert window.splitter.sizes() != before
    window.save_window_state()
    again = make_window(load_settings())
    again.resize(1440, 900)
    qtbot.wait(20)
    assert again.splitter.sizes() == before


def test_a_floated_library_gives_the_room_back(window: Any, qtbot: Any) -> None:
    window.resize(1440, 900)
    qtbot.wait(20)
    before = window.splitter.sizes()
    dock = _open(window, qtbot, 1440, 900)
    dock.setFloating(True)
    qtbot.wait(50)
    assert window.splitter.sizes() == before and window.editor.minimumWidth() == 0
    dock.setFloating(False)
    qtbot.wait(50)
    assert dock.isVisible() and window.editor.width() >= EDITOR_MIN_WIDTH
    assert window.width() == 1440
    dock.close()
    qtbot.wait(50)
    assert window.splitter.sizes() == before


def test_at_1440_the_side_panels_stay_readable_beside_the_library(window: Any, qtbot: Any) -> None:
    """newcomer6 F21: the side panels shrank to 270 px and suggestion names were cut."""
    from briefdesk.gui.dock_room import SIDE_MIN_WIDTH

    window.resize(1440, 900)
    qtbot.wait(20)
    window.splitter.setSizes([int(1440 * f) for f in (0.27, 0.45, 0.28)])  # as --screenshot
    qtbot.wait(20)
    _open(window, qtbot, 1440, 900)
    _sources, editor, side = window.splitter.sizes()
    assert window.side.isVisible()
    assert side >= SIDE_MIN_WIDTH and editor >= EDITOR_MIN_WIDTH
    panel = window.suggestions_panel
    assert panel.tree.isColumnHidden(1)  # the names get the list's whole width
    dock = window.findChild(QDockWidget, "library-dock")
    dock.close()
    qtbot.wait(50)
    assert not panel.tree.isColumnHidden(1)  # room again: the evidence column is back


def test_at_800x600_the_library_floats_over_the_side_panels_and_the_editor_keeps_its_width(
    window: Any, qtbot: Any
) -> None:
    """newcomer7: in an 800-px window the docked Library squeezed the editor to ~120-210 px."""
    window.resize(800, 600)
    qtbot.wait(20)
    before = window.splitter.sizes()
    dock = _open(window, qtbot, 800, 600)
    assert dock.isFloating()  # a window of its own: nothing in the main window moves
    assert window.width() == 800 and window.splitter.sizes() == before
    assert window.editor.width() == before[1] and window.editor.minimumWidth() == 0
    # It sits where the side panels are, no wider than needed, and as tall as they.
    side_left = window.side.mapToGlobal(window.side.rect().topLeft()).x()
    window_right = window.mapToGlobal(window.rect().topRight()).x()
    assert dock.geometry().right() == window_right
    assert dock.width() == max(dock.minimumSizeHint().width(), window.side.width())
    assert dock.geometry().left() >= side_left - 20  # covers at most the editor's scroll bar
    assert dock.height() >= window.splitter.height() - 2
    assert dock.minimumSizeHint().width() <= 300  # the panel itself fits a narrow place
    dock.close()
    qtbot.wait(50)
    assert window.splitter.sizes() == before
    # A wider window later: the next opening docks it again beside the editor.
    window.resize(1440, 900)
    qtbot.wait(20)
    window.library_panel.show_library()
    qtbot.wait(50)
    assert not dock.isFloating() and window.editor.width() >= EDITOR_MIN_WIDTH


def test_a_library_docked_by_hand_in_a_narrow_window_stays_docked(window: Any, qtbot: Any) -> None:
    dock = _open(window, qtbot, 800, 600)
    assert dock.isFloating()
    dock.setFloating(False)  # the user's choice
    qtbot.wait(50)
    assert not dock.isFloating() and dock.isVisible() and window.width() == 800


def test_the_pages_state_stays_one_line_beside_the_library(window: Any, qtbot: Any) -> None:
    """newcomer8 F13: "Up to / date" wrapped in the Pages panel with the Library open."""
    window.resize(1440, 900)
    window.splitter.setSizes([int(1440 * f) for f in (0.27, 0.45, 0.28)])
    window.side.setCurrentIndex(3)
    qtbot.wait(20)
    _open(window, qtbot, 1440, 900)
    label = window.pages.state_label
    window.pages.page_label.setText("Page 10 of 12")  # as when pages are shown
    for state in ("current", "updating"):
        window.pages._set_state(state)
        qtbot.wait(20)
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())


def test_at_1440_every_editor_tab_stays_in_sight_beside_the_library(
    window: Any, qtbot: Any
) -> None:
    """newcomer15 N15-27: with the Library open, Sources (Ctrl+7) hid behind scroll arrows."""
    window.resize(1440, 900)
    qtbot.wait(20)
    bar = window.editor.tabBar()
    roomy = [bar.tabRect(i).width() for i in range(bar.count())]
    dock = _open(window, qtbot, 1440, 900)
    assert window.side.isVisible()  # not by hiding the side panels
    last = bar.tabRect(bar.count() - 1)
    assert last.right() < bar.width()  # the last tab, Sources, is whole and in sight
    assert [bar.tabText(i) for i in range(bar.count())] == [
        window.editor.tabText(i) for i in range(bar.count())
    ]
    assert all("…" not in bar.tabText(i) for i in range(bar.count()))  # whole words, not elided
    dock.close()
    qtbot.wait(50)
    assert [bar.tabRect(i).width() for i in range(bar.count())] == roomy  # room again
