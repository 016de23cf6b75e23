"""The accept loop: Enter and Delete go on to the next suggestion, headers are skipped, and a
multiple selection is accepted or dismissed at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .conftest import SAMPLE_ARTICLE, wait_idle


def _panel(window: Any, qtbot: Any) -> Any:
    window.add_source_text(SAMPLE_ARTICLE.read_text("utf-8"))
    wait_idle(qtbot, window)
    window.activateWindow()
    window._show_side(0)
    return window.suggestions_panel


def test_enter_and_delete_go_on_to_the_next_suggestion(window: Any, qtbot: Any) -> None:
    panel = _panel(window, qtbot)
    labels = [s.label for s in panel.items]
    assert panel.current() is panel.items[0]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert window.doc.brief.actors[0].name == panel.items[0].name or window.doc.brief.actors
    assert panel.current() is not None and panel.current().label == labels[1]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert panel.current() is not None and panel.current().label == labels[2]


def test_group_headers_are_skipped(window: Any, qtbot: Any) -> None:
    panel = _panel(window, qtbot)
    actors = [s for s in panel.items if s.kind == "actors"]
    panel.select(actors[-1])
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down)
    after = panel.current()
    assert after is not None and after.kind != "actors"  # the next group's first suggestion
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up)
    assert panel.current() is actors[-1]


def test_a_selection_is_accepted_or_dismissed_at_once(window: Any, qtbot: Any) -> None:
    panel = _panel(window, qtbot)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = panel.selected()
    assert len(chosen) == 2
    steps = window.doc.undo_stack.count()
    panel.accept_button.click()
    assert window.doc.undo_stack.count() == steps + 1
    assert {a.name for a in window.doc.brief.actors} >= {s.name for s in chosen}


def test_tooltips_say_why(window: Any, qtbot: Any) -> None:
    from briefdesk.extract.results import DealSuggestion, Reason
    from briefdesk.gui.suggestions import Suggestion

    panel = window.suggestions_panel
    raw = DealSuggestion(
        kind="arms_sale",
        seller="Pakistan",
        why=[Reason("seller.subject", "seller: subject of 'sell'")],
    )
    panel.set_suggestions([Suggestion("deals", raw.label, "src-1", raw=raw)])
    item = panel.tree.topLevelItem(0).child(0)
    assert "Why suggested:\n• seller: subject of 'sell'" in item.toolTip(0)


def test_edit_and_accept_a_deal_edits_its_fields(window: Any, qtbot: Any, prompt_log: Any) -> None:
    panel = _panel(window, qtbot)
    deal = next(s for s in panel.items if s.kind == "deals")
    panel.select(deal)
    prompt_log.fields_answer = {
        "Title": "JF-17C jets for Azerbaijan",
        "Item": "JF-17C Block-III",
        "Quantity": "24",
        "Buyer": "Azerbaijan",
        "Seller": "Pakistan",
    }
    panel.edit_button.click()
    asked = prompt_log.questions[-1]
    assert "JF-17C Block-III fighter jets" in asked  # no stale value, no parties (F18)
    assert "JF-17C Block-III fighter jets (" not in asked
    made = window.doc.brief.deals[0]
    assert made.title == "JF-17C jets for Azerbaijan"
    assert (made.items[0].designation, made.items[0].quantity) == ("JF-17C Block-III", 24)
    names = {window.doc.brief.actor(p.actor_id).name for p in made.parties}
    assert names == {"Azerbaijan", "Pakistan"}


def test_after_edit_and_accept_delete_dismisses_the_next(
    window: Any, qtbot: Any, prompt_log: Any
) -> None:
    """newcomer6 F12: the keyboard stayed on the button, so Delete did nothing."""
    from PySide6.QtWidgets import QApplication

    panel = _panel(window, qtbot)
    deal = next(s for s in panel.items if s.kind == "deals")
    panel.select(deal)
    prompt_log.fields_answer = {"Title": "JF-17C jets for Azerbaijan"}
    panel.edit_button.setFocus()  # a mouse click on the button puts the keyboard there
    panel.edit_button.click()
    assert window.doc.brief.deals
    assert QApplication.focusWidget() is panel.tree
    before = len(panel.items)
    shown = panel.current()
    assert shown is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert len(panel.items) == before - 1 and shown not in panel.items


def test_after_the_accept_button_the_keyboard_is_back_in_the_list(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    panel = _panel(window, qtbot)
    panel.accept_button.setFocus()
    panel.accept_button.click()
    assert QApplication.focusWidget() is panel.tree
    panel.dismiss_button.setFocus()
    panel.dismiss_button.click()
    assert QApplication.focusWidget() is panel.tree
