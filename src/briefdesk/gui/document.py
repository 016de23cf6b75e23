"""The open brief: the model, its undo stack, its file, and signals the widgets listen to.

Widgets never mutate the Brief themselves; they call ``set_value`` / ``insert_record`` /
``remove_record``, which push undo commands. The model stays plain pydantic and never sees Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefdesk.gui import fieldpath
from briefdesk.gui.commands import (
    InsertRecordCommand,
    MoveRecordCommand,
    RemoveRecordCommand,
    SetFieldCommand,
)
from briefdesk.gui.fieldpath import EditRefused
from briefdesk.model import Brief


class BriefDocument(QObject):
    changed = Signal(str)  # path that changed; "" means the whole brief was replaced
    dirtyChanged = Signal(bool)
    fileChanged = Signal()  # file path or on-disk stamp changed
    refused = Signal(str)  # one-line reason a value was not accepted
    refusalCleared = Signal(str)  # that reason no longer holds: the field is valid again
    told = Signal(str)  # what an edit did beyond its own field, for the status line

    def __init__(self, brief: Brief | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.brief: Brief = brief or Brief()
        self.path: Path | None = None
        self.stamp: Any = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._merge_token = 0
        self._revision = 0

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # --- reading -----------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def revision(self) -> int:
        """Grows with every change (also undo), so autosave knows whether to snapshot again."""
        return self._revision

    def value(self, path: str) -> Any:
        return fieldpath.get(self.brief, path)

    def exists(self, path: str) -> bool:
        return fieldpath.exists(self.brief, path)

    def display_name(self) -> str:
        return self.path.name if self.path else "Untitled"

    # --- whole-document changes --------------------------------------------------------------
    def reset(self, brief: Brief, path: Path | None = None, stamp: Any = None) -> None:
        """Load a different brief: history is cleared, the document is clean."""
        self.brief = brief
        self.path = path
        self.stamp = stamp
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._revision += 1
        self.changed.emit("")
        self.fileChanged.emit()
        self.dirtyChanged.emit(False)

    def mark_saved(self, path: Path, stamp: Any) -> None:
        self.path = path
        self.stamp = stamp
        self.undo_stack.setClean()
        self.fileChanged.emit()

    def mark_unsaved(self) -> None:
        """After restoring a snapshot: content differs from any file on disk."""
        self.undo_stack.resetClean()
        self.dirtyChanged.emit(True)

    def snapshot(self) -> Brief:
        """A deep copy safe to hand to a background job."""
        return self.brief.model_copy(deep=True)

    # --- edits (each one an undo command) ----------------------------------------------------
    def break_merge(self) -> None:
        """End a typing run: the next keystroke starts a new undo step."""
        self._merge_token += 1

    def set_value(self, path: str, value: Any, text: str = "", *, merge: bool = False) -> bool:
        """Validate and set; returns False when unchanged, raises ``EditRefused`` when invalid."""
        old = fieldpath.get(self.brief, path)
        if old == value and type(old) is type(value):
            return False
        try:
            fieldpath.assign(self.brief, path, copy.deepcopy(value))
        except EditRefused as exc:
            self.refused.emit(str(exc))
            raise
        token = self._merge_token if merge else None
        label = text or f"Edit {_describe(path)}"
        self.undo_stack.push(SetFieldCommand(self, path, old, value, label, token))
        self._revision += 1
        self.changed.emit(path)
        return True

    def insert_record(
        self, list_path: str, record: Any, index: int | None = None, text: str = ""
    ) -> int:
        items = fieldpath.list_at(self.brief, list_path)
        at = len(items) if index is None else max(0, min(index, len(items)))
        self.break_merge()
        self.undo_stack.push(
            InsertRecordCommand(
                self, list_path, at, record, text or f"Add to {_describe(list_path)}"
            )
        )
        return at

    def remove_record(self, list_path: str, index: int, text: str = "") -> None:
        self.break_merge()
        self.undo_stack.push(
            RemoveRecordCommand(
                self, list_path, index, text or f"Remove from {_describe(list_path)}"
            )
        )

    def move_record(self, list_path: str, source: int, target: int) -> None:
        items = fieldpath.list_at(self.brief, list_path)
        if source == target or not (0 <= target < len(items)):
            return
        self.break_merge()
        self.undo_stack.push(MoveRecordCommand(self, list_path, source, target, "Reorder"))

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group several edits into one undo step (e.g. accept a deal with its parties)."""
        self.break_merge()
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()
            self.break_merge()

    # --- called only by undo commands --------------------------------------------------------
    def _apply(self, path: str, value: Any) -> None:
        fieldpath.assign(self.brief, path, value)
        self._revision += 1
        self.changed.emit(path)

    def _insert(self, list_path: str, index: int, record: Any) -> None:
        fieldpath.list_at(self.brief, list_path).insert(index, record)
        self._revision += 1
        self.changed.emit(list_path)

    def _remove(self, list_path: str, index: int) -> Any:
        record = fieldpath.list_at(self.brief, list_path).pop(index)
        self._revision += 1
        self.changed.emit(list_path)
        return record


def _describe(path: str) -> str:
    last = fieldpath.parse(path)[-1] if path else "brief"
    return str(last).replace("_", " ") if isinstance(last, str) else "item"
