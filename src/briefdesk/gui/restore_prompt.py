"""The start-up "Restore the unsaved work?" question, with buttons that say what they do.

Why (newcomer8 F22): the question was Yes/No, and No deleted every snapshot at once — a desk
officer who meant "not now" lost a never-saved brief for good. Now: **Restore**, **Later** (the
default for Esc and closing the box: everything stays in the recovery folder, offered again at the
next start and by File → Recover unsaved work…) and **Discard…**, which asks again when a
never-saved brief is among them (the snapshot is its only copy). The function returns a choice;
the caller acts on it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


class RestoreChoice(StrEnum):
    RESTORE = "restore"
    LATER = "later"
    DISCARD = "discard"


Run = Callable[[QMessageBox], QAbstractButton | None]


def _exec(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


def restore_box(parent: QWidget | None, descriptions: list[str]) -> QMessageBox:
    """The question with its three buttons (object names ``restore``, ``later``, ``discard``)."""
    listing = "\n".join(f"• {d}" for d in descriptions)
    several = (
        "\n\nRestore opens the newest; the others stay in the recovery folder "
        "(File → Recover unsaved work…)."
        if len(descriptions) > 1
        else ""
    )
    box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved work", "", parent=parent)
    question = "BriefDesk did not close normally. Restore the unsaved work?"
    box.setText(f"{question}\n\n{listing}{several}")
    box.setInformativeText(
        "Later keeps everything in the recovery folder, offered again at the next start and by "
        "File → Recover unsaved work…"
    )
    restore = box.addButton("&Restore", QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton("&Later", QMessageBox.ButtonRole.RejectRole)
    discard = box.addButton("&Discard…", QMessageBox.ButtonRole.DestructiveRole)
    for button, name in ((restore, "restore"), (later, "later"), (discard, "discard")):
        button.setObjectName(name)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    return box


def confirm_box(parent: QWidget | None, never_saved: int, total: int) -> QMessageBox:
    """Asked before discarding work that exists nowhere else (objects ``discard``, ``keep``)."""
    them = "it" if total == 1 else "them"
    only = (
        "It was never saved: this is its only copy."
        if total == 1
        else f"{never_saved} of them {'was' if never_saved == 1 else 'were'} never saved: "
        "the recovery folder holds their only copy."
    )
    box = QMessageBox(QMessageBox.Icon.Warning, "Discard unsaved work", "", parent=parent)
    box.setText(f"Discard the unsaved work permanently? {only}")
    discard = box.addButton(f"&Discard {them}", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep", QMessageBox.ButtonRole.RejectRole)
    discard.setObjectName("discard")
    keep.setObjectName("keep")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def ask_restore(
    parent: QWidget | None, descriptions: list[str], never_saved: int = 0, run: Run = _exec
) -> RestoreChoice:
    """Restore, keep for later, or discard (confirmed when ``never_saved`` briefs are among
    them; declining the confirmation asks the first question again)."""
    while True:
        name = _answer(restore_box(parent, descriptions), run) or "later"
        if name == "restore":
            return RestoreChoice.RESTORE
        if name != "discard":
            return RestoreChoice.LATER
        if not never_saved:
            return RestoreChoice.DISCARD
        if _answer(confirm_box(parent, never_saved, len(descriptions)), run) == "discard":
            return RestoreChoice.DISCARD


def _answer(box: QMessageBox, run: Run) -> str:
    """The object name of the button clicked ("" when the box was closed); the box is freed."""
    clicked = run(box)
    name = clicked.objectName() if clicked is not None else ""
    box.deleteLater()  # not left behind as a hidden child of the window
    return name
