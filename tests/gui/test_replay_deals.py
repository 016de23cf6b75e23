"""N15-32 replayed: from a pasted source to a brief holding the right main deal and sides, counted.

Four made-up sources of the shapes a first-time desk officer found costly (tests/data/drafting,
the brief each should give in EXPECTED.md). The user pastes, drafts (Ctrl+D) and then puts right
what the draft got wrong, with keys only: a wrong deal is removed from the Deals list, the
actors only it brought are removed, the right deal's suggestion is accepted, the title and BLUF
retyped; a deal drafted without the sides the reading only guessed gets them by accepting its
suggestion. Every key chord and typed field is one action; moving along a list is one per row.
``before`` replays the draft's old choice (no headline or lead rule) for the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableWidget

from .conftest import wait_idle
from .keyboard_user import KeyboardUser

DOCS = Path(__file__).resolve().parents[1] / "data" / "drafting"
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


@dataclass(frozen=True)
class Case:
    name: str
    value: str  # the main deal's amount as stated
    buyer: str
    seller: str
    unwanted: tuple[str, ...]  # actors only a wrong deal brings
    before: int  # actions with the old choice (measured)
    after: int  # actions now


CASES = [
    Case(
        "radio_two_deals.txt", "$700 million", "Philippines", "Korea Aerospace Industries", (), 3, 3
    ),
    Case(
        "tender_award.txt",
        "EUR 48 million",
        "Centre for Defence Investment",
        "Nordic Ammunition Company",
        (),
        3,
        3,
    ),
    Case(
        "thinktank_three_deals.txt",
        "EUR 16 billion",
        "United Arab Emirates",
        "Dassault Aviation",
        ("Egypt",),
        20,
        3,  # 10 until its guessed sides were drafted (round 17, N17-04)
    ),
    Case("wire_second_deal.txt", "$12 billion", "Poland", "Boeing", ("Mesko",), 21, 3),
]


class User(KeyboardUser):
    """A keyboard user who also walks to editor lists and rows."""

    def to_table(self, key: Qt.Key, name: str) -> QTableWidget:
        """Open an editor tab and Shift+Tab back until its list has the keyboard."""
        self.chord(f"Ctrl+{chr(key)} to the {name}", key, Ctrl)
        table: QTableWidget = next(
            t for t in self.window.findChildren(QTableWidget) if t.accessibleName() == name
        )
        for _ in range(12):
            if table.hasFocus():  # QApplication.focusWidget() is the table
                return table
            self.chord("Shift+Tab", Qt.Key.Key_Backtab, Shift)
        raise AssertionError(f"{name} never took the keyboard")

    def to_row(self, table: QTableWidget, row: int) -> None:
        while table.currentRow() < row:
            self.chord("Down", Qt.Key.Key_Down)
        while table.currentRow() > row:
            self.chord("Up", Qt.Key.Key_Up)

    def accept_deal(self, value: str) -> None:
        self.chord("Alt+1 suggestions", Qt.Key.Key_1, Alt)
        panel = self.window.suggestions_panel
        for _ in range(40):
            now = panel.current()
            raw = getattr(now, "raw", None)
            if (
                now is not None
                and now.kind == "deals"
                and raw is not None
                and raw.value
                and raw.value.as_stated == value
            ):
                self.chord("Enter accept", Qt.Key.Key_Return)
                return
            self.chord("Down", Qt.Key.Key_Down)
        listed = [(s.kind, s.label) for s in panel.items]
        raise AssertionError(f"no deal suggestion worth {value}: {listed}")


def _main_value(brief: Any) -> str:
    deal = brief.deals[0] if brief.deals else None
    return deal.value.as_stated if deal is not None and deal.value is not None else ""


def _sides(brief: Any) -> dict[str, str]:
    deal = brief.deals[0]
    return {str(p.role.value): brief.actor(p.actor_id).name for p in deal.parties}


def replay(qtbot: Any, window: Any, case: Case) -> list[str]:
    QGuiApplication.clipboard().setText((DOCS / case.name).read_text("utf-8"))
    user = User(qtbot, window)
    user.chord("Ctrl+Shift+V paste", Qt.Key.Key_V, Ctrl | Shift)
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources and window.extractions), timeout=60000)
    wait_idle(qtbot, window)
    user.chord("Ctrl+D draft", Qt.Key.Key_D, Ctrl)
    user.type(" More follows.")  # the drafted BLUF rewritten, as in every replay
    if _main_value(window.doc.brief) != case.value:
        deals = user.to_table(Qt.Key.Key_4, "Deal list")
        user.to_row(deals, 0)
        user.chord("Delete the wrong deal", Qt.Key.Key_Delete)
        for name in case.unwanted:
            names = [a.name for a in window.doc.brief.actors]
            if name in names:
                actors = user.to_table(Qt.Key.Key_3, "Actor list")
                user.to_row(actors, names.index(name))
                user.chord(f"Delete {name}", Qt.Key.Key_Delete)
        user.accept_deal(case.value)
        user.chord("Ctrl+1 title", Qt.Key.Key_1, Ctrl)
        user.chord("Ctrl+A", Qt.Key.Key_A, Ctrl)
        user.type("The right title")
        user.chord("Ctrl+2 summary (the BLUF)", Qt.Key.Key_2, Ctrl)
        user.chord("Ctrl+A", Qt.Key.Key_A, Ctrl)
        user.type("The right bottom line.")
    elif _sides(window.doc.brief).get("buyer") != case.buyer:
        user.accept_deal(case.value)  # the guessed sides, decided by the user
    brief = window.doc.brief
    assert len(brief.deals) == 1 and _main_value(brief) == case.value, user.actions
    assert _sides(brief) == {"buyer": case.buyer, "seller": case.seller}, user.actions
    assert not set(case.unwanted) & {a.name for a in brief.actors}
    return user.actions


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
@pytest.mark.parametrize("when", ["before", "after"])
def test_the_right_main_deal_in_few_actions(
    make_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, case: Case, when: str
) -> None:
    if when == "before":
        monkeypatch.setattr("briefdesk.editing.draft_headline.headline_deal", lambda *_: None)
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    actions = replay(qtbot, window, case)
    print(f"\n{case.name} {when}: {len(actions)} actions: " + "; ".join(actions))
    assert len(actions) <= getattr(case, when), actions
    if when == "after":
        assert len(actions) <= case.before
