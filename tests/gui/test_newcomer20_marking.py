"""newcomer20 N20-11: in the one-list marking pickers a letter picks by the level after the
scheme prefix ("a" → TLP:AMBER); on the first-run page "a" left the brief unmarked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from briefdesk.gui.first_run import offer_first_run
from briefdesk.gui.marking_combo import level_of, matching

LABELS = ["(leave unmarked)", "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT",
          "TLP:RED", "OFFICIAL", "OFFICIAL-SENSITIVE"]  # fmt: skip


def test_a_letter_matches_the_level_after_the_prefix() -> None:
    assert level_of("TLP:AMBER") == "AMBER" and level_of("OFFICIAL") == "OFFICIAL"
    assert matching(LABELS, "a") == [3, 4]
    assert matching(LABELS, "R") == [5]
    assert matching(LABELS, "o") == [6, 7]
    assert matching(LABELS, "t") == [1, 2, 3, 4, 5]  # no level has it: the label's start
    assert matching(LABELS, "z") == []


def test_typing_a_on_the_first_run_page_picks_tlp_amber(make_window: Any, qtbot: Any) -> None:
    page = offer_first_run(make_window())
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    page.marking.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.marking)
    qtbot.keyClicks(page.marking, "a")
    assert page.marking.currentText() == "TLP:AMBER"
    qtbot.keyClicks(page.marking, "a")  # again: the next with it
    assert page.marking.currentText() == "TLP:AMBER+STRICT"
    qtbot.keyClicks(page.marking, "o")
    assert page.marking.currentText() == "OFFICIAL"
    page.reject()
