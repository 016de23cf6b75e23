"""N25-12 in the window: *New deal from selection* (Ctrl+Alt+N) over a memorandum signed by two
ministries of named republics makes both signatories, each with its republic's country, and
says nothing about a buyer; with no names it points to Use as deal party (Ctrl+Alt+R)."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from .conftest import select_text, wait_idle

ARTICLE = (
    "Vilnor and Osterland sign trade accords\n\n"
    "VILNOR, 2 December 2026 - The Ministry of Mines and Industry of the Republic of Moldova "
    "and the Ministry of Economy and Energy of the Republic of Korea signed a memorandum of "
    "understanding on cooperation in processing rare earths. "
    "The two sides also signed a memorandum of understanding on tourism."
)


def _paste(qtbot: Any, window: Any) -> None:
    QGuiApplication.clipboard().setText(ARTICLE)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources and window.extractions), timeout=60000)
    wait_idle(qtbot, window)


def _new_deal(qtbot: Any, window: Any, words: str) -> Any:
    select_text(window, words)
    window.sources_pane.article.setFocus()
    window.act_deal_from.trigger()
    qtbot.wait(20)
    return window.doc.brief.deals[-1]


def test_mou_selection_makes_both_ministries_signatories(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    _paste(qtbot, window)
    deal = _new_deal(
        qtbot,
        window,
        "The Ministry of Mines and Industry of the Republic of Moldova and the Ministry of "
        "Economy and Energy of the Republic of Korea signed a memorandum of understanding",
    )
    brief = window.doc.brief
    sides = {
        (brief.actor(p.actor_id).name, brief.actor(p.actor_id).country): p.role.value
        for p in deal.parties
    }
    assert sides == {
        ("Ministry of Mines and Industry", "MD"): "signatory",
        ("Ministry of Economy and Energy", "KR"): "signatory",
    }
    message = window.statusBar().currentMessage()
    assert "signatory" in message and "not found" not in message and "buyer" not in message
    shot = os.environ.get("BRIEFDESK_SHOT_DIR")
    if shot:  # for a person to look at: BRIEFDESK_SHOT_DIR=/tmp/shots
        window.grab().save(os.path.join(shot, "n25_12_mou.png"))


def test_mou_with_no_names_points_to_use_as_deal_party(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    _paste(qtbot, window)
    deal = _new_deal(
        qtbot, window, "The two sides also signed a memorandum of understanding on tourism."
    )
    assert deal.kind.value == "mou" and deal.parties == []
    message = window.statusBar().currentMessage()
    assert "Use as deal party (Ctrl+Alt+R)" in message
    assert "deal buyer" not in message
