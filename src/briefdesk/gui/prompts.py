"""Every modal question the window asks, in one place so tests can patch them (house rule 5)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from collections.abc import Sequence

    from briefdesk.gui.fields_dialog import Field, Relabel, Validate
    from briefdesk.model.codes import ActorType

BRIEF_FILTER = "BriefDesk briefs (*.brief);;All files (*)"


def _source_filter() -> str:
    """Every suffix BriefDesk reads, and those it recognises to refuse with a reason (.msg,
    .doc): a name the filter left out was silently dropped from a multi-file choice."""
    from briefdesk.sources.sniff import SUPPORTED_SUFFIXES

    known = [*SUPPORTED_SUFFIXES, ".msg", ".doc", ".odt", ".rtf"]
    patterns = " ".join(f"*{suffix}" for suffix in dict.fromkeys(known))
    return f"Articles ({patterns});;All files (*)"


SOURCE_FILTER = _source_filter()


class SaveChoice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_save_changes(parent: QWidget | None, name: str) -> SaveChoice:
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"Save the changes to “{name}” before closing?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return SaveChoice.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return SaveChoice.DISCARD
    return SaveChoice.CANCEL


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_yes_no(parent: QWidget | None, title: str, message: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_choice(
    parent: QWidget | None, title: str, message: str, choices: Sequence[str]
) -> int | None:
    """The index of the button the user pressed (the first is the default); None: Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=parent)
    buttons = [box.addButton(words, QMessageBox.ButtonRole.AcceptRole) for words in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    if buttons:
        box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(buttons) if button is clicked), None)


def choose_open_brief(parent: QWidget | None, folder: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Open brief", folder, BRIEF_FILTER)
    return Path(name) if name else None


def choose_save_brief(parent: QWidget | None, suggested: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save brief as", suggested, BRIEF_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".brief")


def choose_source_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, "Add sources", "", SOURCE_FILTER)
    return [Path(n) for n in names]


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


def ask_fields(
    parent: QWidget | None,
    title: str,
    fields: Sequence[Field | tuple[str, str]],
    relabel: Relabel | None = None,
    validate: Validate | None = None,
) -> dict[str, str] | None:
    """A form (key → text, a drop-down's value); None when cancelled (then nothing may change).
    ``validate`` keeps it open on answers it refuses. See :mod:`briefdesk.gui.fields_dialog`."""
    from briefdesk.gui.fields_dialog import FieldsDialog

    dialog = FieldsDialog(title, fields, parent, relabel, validate)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answers()


def ask_restore(parent: QWidget | None, descriptions: list[str], never_saved: int = 0) -> str:
    """A :class:`briefdesk.gui.restore_prompt.RestoreChoice`: Restore, Later or Discard…"""
    from briefdesk.gui.restore_prompt import ask_restore as ask

    return ask(parent, descriptions, never_saved)


def ask_changed_on_disk(parent: QWidget | None, name: str, note: str = "") -> bool:
    """True to overwrite the other version; False to leave the file alone. ``note`` replaces
    the usual reason (restored work: the file changed after the snapshot)."""
    reason = (
        f"“{name}”: {note}."
        if note
        else f"“{name}” was changed by someone else since you opened it."
    )
    answer = QMessageBox.warning(
        parent,
        "Changed on disk",
        f"{reason}\nOverwrite their version with yours?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_actor_type(parent: QWidget | None, words: str) -> ActorType | None:
    """Which kind of actor ``words`` name; None when the user cancels."""
    from briefdesk.gui.actor_type_dialog import ActorTypeDialog

    dialog = ActorTypeDialog(words, parent=parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
