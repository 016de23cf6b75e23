"""Record tables share their width fairly: a long role never squeezes the names to a few
letters (the sample's actors list showed "South Ko…", "Marcela …")."""

from __future__ import annotations

from typing import Any

from briefdesk.gui.column_fit import fit_widths
from briefdesk.model import Actor


def test_short_columns_get_what_they_need_and_long_ones_share_the_rest() -> None:
    assert fit_widths([100, 60, 300, 50], 600) == [100 + 90, 60, 300, 50]  # room: to the first
    # Too narrow: 60 and 50 fit; the 350 left are shared by the two long columns.
    assert fit_widths([330, 60, 310, 50], 570) == [230, 60, 230, 50]
    assert fit_widths([200, 400], 500) == [200, 300]
    assert fit_widths([], 300) == []
    assert sum(fit_widths([500, 500, 500], 100)) <= 100


def test_the_actors_table_shows_whole_names_beside_a_long_role(window: Any, qtbot: Any) -> None:
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    role = "Minister, Defense Acquisition Program Administration of the Republic of Korea"
    for name in ("South Korea", "Marcela Fuentes"):
        window.doc.insert_record("actors", Actor(name=name, role=role))
    window.editor.setCurrentIndex(window.editor.tab_of("actors"))
    table = window.editor.lists["actors"].table
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    name_width = table.horizontalHeader().sectionSize(0)
    assert name_width >= table.sizeHintForColumn(0)  # every name shown whole
    assert table.horizontalHeader().sectionSize(2) < table.sizeHintForColumn(2)  # role cut
    total = sum(table.horizontalHeader().sectionSize(c) for c in range(table.columnCount()))
    assert total <= table.viewport().width()


def test_the_suggestions_list_never_scrolls_sideways_in_a_narrow_panel(qtbot: Any) -> None:
    from briefdesk.gui.suggestions import Suggestion, SuggestionsPanel

    panel = SuggestionsPanel()
    qtbot.addWidget(panel)
    long = "Defense Acquisition Program Administration of the Republic of Korea"
    panel.set_suggestions([Suggestion("actors", long, "s1", detail=long, name=long)], False, "")
    panel.resize(320, 500)
    panel.show()
    qtbot.waitExposed(panel)
    tree = panel.tree
    assert tree.horizontalScrollBar().maximum() == 0
    assert tree.columnWidth(0) > tree.columnWidth(1)  # the suggestion gets the room


def test_record_notes_and_aliases_stay_short_so_parties_and_places_stay_in_view(
    qtbot: Any,
) -> None:
    from briefdesk.gui.bindings import LinesBinding, TextBinding

    note = TextBinding("note", "", 2, max_lines=5)
    aliases = LinesBinding("aliases", "One per line", 3, max_lines=6)
    qtbot.addWidget(note.edit)
    qtbot.addWidget(aliases.edit)
    line = note.edit.fontMetrics().lineSpacing()
    assert note.edit.maximumHeight() == line * 5 + 12
    assert aliases.edit.maximumHeight() == line * 6 + 12
    assert TextBinding("bluf").edit.maximumHeight() > 10_000  # prose fields still grow
