"""Undo commands: every edit of a brief from the window is one of these (house rule 9)."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from briefdesk.gui import fieldpath

if TYPE_CHECKING:
    from briefdesk.gui.document import BriefDocument

_MERGE_ID = 0x42D


def _clone(value: Any) -> Any:
    return copy.deepcopy(value)


class SetFieldCommand(QUndoCommand):
    """Set one field; consecutive typing in the same field merges into one undo step."""

    def __init__(
        self,
        doc: BriefDocument,
        path: str,
        old: Any,
        new: Any,
        text: str,
        merge_token: int | None = None,
    ) -> None:
        super().__init__(text)
        self._doc = doc
        self.path = path
        self._old = _clone(old)
        self._new = _clone(new)
        self._merge_token = merge_token
        # The document applies (and validates) the value before pushing; skip the first redo.
        self._applied = True

    def id(self) -> int:
        return _MERGE_ID if self._merge_token is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.path != self.path:
            return False
        if other._merge_token is None or other._merge_token != self._merge_token:
            return False
        self._new = other._new
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._doc._apply(self.path, _clone(self._new))

    def undo(self) -> None:
        self._doc._apply(self.path, _clone(self._old))


class InsertRecordCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, list_path: str, index: int, record: Any, text: str):
        super().__init__(text)
        self._doc = doc
        self.list_path = list_path
        self.index = index
        self._record = _clone(record)

    def redo(self) -> None:
        self._doc._insert(self.list_path, self.index, _clone(self._record))

    def undo(self) -> None:
        self._doc._remove(self.list_path, self.index)


class RemoveRecordCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, list_path: str, index: int, text: str):
        super().__init__(text)
        self._doc = doc
        self.list_path = list_path
        self.index = index
        self._record: Any = None

    def redo(self) -> None:
        self._record = _clone(self._doc._remove(self.list_path, self.index))

    def undo(self) -> None:
        self._doc._insert(self.list_path, self.index, _clone(self._record))


class MoveRecordCommand(QUndoCommand):
    def __init__(self, doc: BriefDocument, list_path: str, source: int, target: int, text: str):
        super().__init__(text)
        self._doc = doc
        self.list_path = list_path
        self.source = source
        self.target = target

    def redo(self) -> None:
        self._doc._insert(
            self.list_path, self.target, self._doc._remove(self.list_path, self.source)
        )

    def undo(self) -> None:
        self._doc._insert(
            self.list_path, self.source, self._doc._remove(self.list_path, self.target)
        )


__all__ = [
    "InsertRecordCommand",
    "MoveRecordCommand",
    "RemoveRecordCommand",
    "SetFieldCommand",
    "fieldpath",
]
