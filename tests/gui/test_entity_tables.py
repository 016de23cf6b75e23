"""The actors, places and deals tables use the window's height and sort by a header click.

A newcomer saw about eight places at any window size: the places sat in a fixed-height table
under the actors' tall form. Places now have their own tab and the entity tables take the
height the page has to spare; sorting is a view, so every action still lands on the record
the user clicked.
"""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk.gui.record_order import next_state, sort_key, view_order
from briefdesk.model import Actor, Place

_TOWNS = [f"Town {chr(ord('Z') - n)}" for n in range(24)]  # Town Z, Town Y, … (reverse order)


def _visible_rows(table: Any) -> int:
    """Rows whose whole height is inside the table's viewport."""
    height = table.viewport().height()
    return sum(
        1
        for row in range(table.rowCount())
        if 0 <= table.rowViewportPosition(row) <= height - table.rowHeight(row)
    )


def _fill_places(window: Any) -> None:
    for name in _TOWNS:
        window.doc.insert_record("places", Place(name=name, country="CL"))


@pytest.mark.parametrize(("width", "height", "rows"), [(1366, 768, 18), (1920, 1080, 24)])
def test_the_places_table_uses_the_height_of_the_window(
    window: Any, qtbot: Any, width: int, height: int, rows: int
) -> None:
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    _fill_places(window)
    window.editor.setCurrentIndex(window.editor.tab_of("places"))
    assert window.editor.tabText(window.editor.currentIndex()) == "Places"
    table = window.editor.lists["places"].table
    qtbot.waitUntil(lambda: _visible_rows(table) >= rows)


def test_the_actors_table_grows_with_the_window(window: Any, qtbot: Any) -> None:
    for n in range(30):
        window.doc.insert_record("actors", Actor(name=f"Actor {n}"))
    window.show()
    window.editor.setCurrentIndex(window.editor.tab_of("actors"))
    table = window.editor.lists["actors"].table
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: _visible_rows(table) >= 12)
    small = _visible_rows(table)
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: _visible_rows(table) >= small + 10)


def test_sorting_is_a_view_and_edits_land_on_the_record_clicked(window: Any, qtbot: Any) -> None:
    window.resize(1366, 768)
    window.show()
    _fill_places(window)
    window.editor.setCurrentIndex(window.editor.tab_of("places"))
    places = window.editor.lists["places"]
    header = places.table.horizontalHeader()
    header.sectionClicked.emit(0)  # as a click on "Name"
    shown = [places.table.item(r, 0).text() for r in range(places.table.rowCount())]
    assert shown == sorted(_TOWNS)
    places.table.selectRow(0)  # "Town C", the brief's last place
    assert places.current_path() == f"places[{len(_TOWNS) - 1}]"
    assert not places.up_button.isEnabled() and not places.down_button.isEnabled()
    name = places.form.widget_for(f"places[{len(_TOWNS) - 1}].name")
    name.selectAll()
    qtbot.keyClicks(name, "Aardvark Bay")  # typed, as the user types it
    assert window.doc.brief.places[-1].name == "Aardvark Bay"
    assert window.doc.brief.places[0].name == "Town Z"  # the brief's order is untouched
    assert places.table.item(0, 0).text() == "Aardvark Bay"  # the row stays while typing

    places.remove_current()  # removes the record clicked, not the brief's first
    assert "Aardvark Bay" not in [p.name for p in window.doc.brief.places]
    assert len(window.doc.brief.places) == len(_TOWNS) - 1
    window.doc.undo_stack.undo()
    assert window.doc.brief.places[-1].name == "Aardvark Bay"

    header.sectionClicked.emit(0)  # descending
    assert places.table.item(0, 0).text() == "Town Z"
    header.sectionClicked.emit(0)  # the brief's order again: Up/Down work
    shown = [places.table.item(r, 0).text() for r in range(places.table.rowCount())]
    assert shown == [p.name for p in window.doc.brief.places]
    places.select_row(3)
    assert places.up_button.isEnabled()


def test_a_column_the_user_widened_keeps_its_width(window: Any, qtbot: Any) -> None:
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.doc.insert_record("actors", Actor(name="Chile", role="Buyer"))
    window.editor.setCurrentIndex(window.editor.tab_of("actors"))
    table = window.editor.lists["actors"].table
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    table.horizontalHeader().resizeSection(1, 222)  # as a drag of the Type column's edge
    window.resize(1500, 800)
    window.doc.insert_record("actors", Actor(name="Peru"))
    qtbot.wait(50)
    assert table.horizontalHeader().sectionSize(1) == 222


def test_sort_order_rules() -> None:
    assert next_state(None, 1) == (1, False)
    assert next_state((1, False), 1) == (1, True)
    assert next_state((1, True), 1) is None
    assert next_state((1, True), 0) == (0, False)
    assert sort_key("9") < sort_key("10") < sort_key("apple") < sort_key("Banana") < sort_key("")
    rows = ["b", "", "A", "c"]
    assert view_order(rows, (0, False), [str]) == [2, 0, 3, 1]
    assert view_order(rows, (0, True), [str]) == [3, 0, 2, 1]  # empty cells last both ways
    assert view_order(rows, None, [str]) == [0, 1, 2, 3]


def test_the_tab_keys_users_learnt_stay_and_places_takes_ctrl_8(window: Any) -> None:
    from PySide6.QtGui import QKeySequence

    keys = {
        a.text(): a.shortcut().toString()
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.shortcut() != QKeySequence()
    }
    assert keys["Sources"] == "Ctrl+7" and keys["Actors"] == "Ctrl+3"
    assert keys["Deals"] == "Ctrl+4" and keys["Places"] == "Ctrl+8"
