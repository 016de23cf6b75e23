"""*New deal from selection* (Ctrl+Alt+N), replayed on the newcomer16 texts and counted.

The first-time desk officer of round 16 built the deals the draft missed by hand: 14 actions
(A1, the concession), 30 (A2, the sanctions) and 31 (A3, the LNG memorandum), counted by hand in
/work/helpers/newcomer16_findings.md. Here the same deals come from the sentences that tell them:
select the words (one drag, one action), press Ctrl+Alt+N; a side the words do not name is one
more selection and Ctrl+Alt+R. Made-up sources (copies of the newcomer's texts in
tests/data/drafting/newcomer16/), pasted and drafted with Ctrl+D as the newcomer did.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from briefdesk.gui.sources_pane import py_to_qt

from .conftest import wait_idle

DOCS = Path(__file__).resolve().parents[1] / "data" / "drafting" / "newcomer16"
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


class User:
    def __init__(self, qtbot: Any, window: Any) -> None:
        self.qtbot, self.window, self.actions = qtbot, window, []  # type: ignore[var-annotated]

    def chord(
        self, name: str, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.actions.append(name)
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key, modifiers)
        self.qtbot.wait(20)

    def select(self, words: str, until: str = "") -> None:
        """One drag in the article over ``words`` (through ``until``, when given)."""
        self.actions.append(f"select {words[:30]!r}")
        article = self.window.sources_pane.article
        text = article.source.text
        start = text.index(words)
        end = text.index(until, start) + len(until) if until else start + len(words)
        cursor = article.textCursor()
        cursor.setPosition(py_to_qt(text, start))
        cursor.setPosition(py_to_qt(text, end), QTextCursor.MoveMode.KeepAnchor)
        article.setTextCursor(cursor)
        article.setFocus()
        self.qtbot.wait(20)

    def new_deal(self) -> None:
        self.chord("Ctrl+Alt+N new deal from selection", Qt.Key.Key_N, Ctrl | Alt)


def _start(qtbot: Any, window: Any, name: str) -> User:
    QGuiApplication.clipboard().setText((DOCS / name).read_text("utf-8"))
    user = User(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user.chord("Ctrl+Shift+V paste", Qt.Key.Key_V, Ctrl | Shift)
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources and window.extractions), timeout=60000)
    wait_idle(qtbot, window)
    user.chord("Ctrl+D draft", Qt.Key.Key_D, Ctrl)
    user.actions.clear()  # the standard note's part is counted elsewhere (test_replay.py)
    return user


def _sides(window: Any, deal: Any) -> dict[str, str]:
    brief = window.doc.brief
    return {brief.actor(p.actor_id).name: str(p.role.value) for p in deal.parties}


def _deal(window: Any, kind: str) -> Any:
    return next(d for d in window.doc.brief.deals if d.kind.value == kind)


def test_a1_concession_and_works_contract(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    user = _start(qtbot, window, "a1_port_loan.txt")
    user.select("Mareno Gateway Terminals operates under", "Tirelian Ports Authority in 2024")
    user.new_deal()
    user.select("Construction will be carried out", "civil works contract in March")
    user.new_deal()
    assert "client not found" in window.statusBar().currentMessage()
    user.select("Mareno Gateway Terminals")  # the client, named in the lead
    user.chord("Ctrl+Alt+R the side it lacks", Qt.Key.Key_R, Ctrl | Alt)
    concession, works = _deal(window, "concession"), _deal(window, "construction")
    assert _sides(window, concession) == {
        "Mareno Gateway Terminals Ltd": "concessionaire",
        "Tirelian Ports Authority": "grantor",
    }
    assert concession.status.value == "signed"  # granted
    assert _sides(window, works) == {
        "Orvik Marine Works": "contractor",
        "Mareno Gateway Terminals Ltd": "client",
    }
    print(f"\nA1 after: {len(user.actions)} actions (14 by hand): " + "; ".join(user.actions))
    assert len(user.actions) == 6


def test_a2_sanctions_in_two_actions_one_undo_step(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    window = make_window()
    user = _start(qtbot, window, "a2_sanctions_arms.txt")
    deals, actors = len(window.doc.brief.deals), len(window.doc.brief.actors)
    user.select("The European Union on Wednesday", "in its Official Journal")
    user.new_deal()
    sanctions = _deal(window, "sanctions")
    assert _sides(window, sanctions) == {
        "European Union": "imposing_party",
        "Kardovan Aerosystems": "target",
        "Pelat Avionics": "target",
        "Kardovan Defence Industries Corporation": "target",
    }
    # "adopted" and published: the extraction's sanctions reading (round 17) says approved
    assert sanctions.status.value == "approved"
    assert window.editor.lists["deals"].table.currentRow() == window.doc.brief.deals.index(
        sanctions
    )
    message = window.statusBar().currentMessage()
    assert "filled kind, status, imposing party, target" in message
    window.resize(1400, 860)
    qtbot.wait(50)  # docs/screenshots/deal-from-selection.png was taken so
    assert window.grab().save(str(tmp_path / "deal-from-selection.png"))
    print(f"\nA2 after: {len(user.actions)} actions (30 by hand): " + "; ".join(user.actions))
    assert len(user.actions) == 2
    window.doc.undo_stack.undo()  # one step takes the deal and its new actors away
    assert len(window.doc.brief.deals) == deals and len(window.doc.brief.actors) == actors


def test_a3_two_memoranda_with_their_signatories(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    user = _start(qtbot, window, "a3_summit_readout.txt")
    user.select("The first memorandum, signed by", "from Qalmora to Nordmark from 2028")
    user.new_deal()
    user.select("The second memorandum, signed by", "maritime security in the Gulf of Seren")
    user.new_deal()
    first, second = [d for d in window.doc.brief.deals if d.kind.value == "mou"][-2:]
    assert _sides(window, first) == {
        "Per Aasland": "signatory",
        "Karim Dahhan": "signatory",
        "Qalmora": "seller",
        "Nordmark": "buyer",
    }
    assert _sides(window, second) == {"Ingrid Solberg": "signatory", "Yusuf Taleb": "signatory"}
    print(f"\nA3 after: {len(user.actions)} actions (31 by hand): " + "; ".join(user.actions))
    assert len(user.actions) == 4


def test_the_key_and_the_context_menu(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    action = window.act_deal_from
    assert action.shortcut().toString() == "Ctrl+Alt+N"
    menu = window.sources_pane.article.link_actions
    assert menu.index(action) == menu.index(window.act_party) + 1  # beside the "Use as …"
    assert not action.isEnabled()  # nothing selected yet
    window.show_status("")
    from briefdesk.gui.deal_from_selection import new_deal_from_selection

    assert new_deal_from_selection(window) is None
    assert "Select the sentences" in window.statusBar().currentMessage()


pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
