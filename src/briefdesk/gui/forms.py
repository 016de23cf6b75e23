"""Forms: groups of bound widgets under one base path, kept in step with the document.

A ``Form`` has a base path (``actors[2]``) so one detail form serves every record of a list;
the widgets themselves are the bindings of gui/bindings.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from briefdesk.gui import fieldpath
from briefdesk.gui.bindings import Binding
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.fieldpath import EditRefused


class _FocusWatcher(QObject):
    """Ends an undo merge run when the user leaves a field, and sends Ctrl+Z / Ctrl+Shift+Z to
    the brief's undo stack: a field's own undo would change the text behind the model's back."""

    def __init__(self, doc: BriefDocument) -> None:
        super().__init__(doc)
        self._doc = doc

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusOut, QEvent.Type.FocusIn):
            self._doc.break_merge()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
            event, QKeyEvent
        ):
            if event.matches(QKeySequence.StandardKey.Undo):
                if kind == QEvent.Type.KeyPress:
                    self._doc.undo_stack.undo()
                event.accept()
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                if kind == QEvent.Type.KeyPress:
                    self._doc.undo_stack.redo()
                event.accept()
                return True
        return False


class Form(QObject):
    """A group of bindings under one base path, kept in step with the document."""

    def __init__(self, doc: BriefDocument, base: str | None = "", parent: QObject | None = None):
        super().__init__(parent or doc)
        self.doc = doc
        self.base = base
        self.bindings: list[Binding] = []
        self.base_listeners: list[Callable[[str | None], None]] = []
        # The reason each field was last refused, so the window can take it back when the
        # field becomes valid (and only that field's reason: another may still be wrong).
        self._refusals: dict[int, str] = {}
        self._watcher = _FocusWatcher(doc)
        doc.changed.connect(self._on_changed)

    def add(self, binding: Binding) -> QWidget:
        binding.form = self
        self.bindings.append(binding)
        binding.widget.installEventFilter(self._watcher)
        for child in binding.widget.findChildren(QLineEdit):
            child.installEventFilter(self._watcher)
        self._refresh_one(binding)
        return binding.widget

    def path_of(self, binding: Binding) -> str | None:
        if self.base is None:
            return None
        return fieldpath.join(self.base, binding.rel)

    def set_base(self, base: str | None) -> None:
        self.base = base
        self.refresh()
        for listener in self.base_listeners:
            listener(base)

    def refresh(self) -> None:
        for binding in self.bindings:
            self._refresh_one(binding)

    def widget_for(self, path: str) -> QWidget | None:
        """The widget showing ``path`` or the closest field inside it."""
        best: QWidget | None = None
        for binding in self.bindings:
            full = self.path_of(binding)
            if full is None:
                continue
            if full == path:
                return binding.widget
            if best is None and fieldpath.related(full, path):
                best = binding.widget
        return best

    def commit(self, binding: Binding) -> None:
        path = self.path_of(binding)
        if path is None:
            return
        try:
            value = binding.read()
            value = self._fit(path, binding, value)
            if not self._followed(binding, path, value):
                self.doc.set_value(path, value, binding.undo_text, merge=binding.merge)
        except (ValueError, EditRefused) as exc:
            binding.mark_bad(True, str(exc))
            self._refusals[id(binding)] = str(exc)
            self.doc.refused.emit(str(exc))
            return
        except KeyError:
            return
        self._mark_good(binding)

    def _followed(self, binding: Binding, path: str, value: Any) -> bool:
        """Set the value with the edits that go with it as one undo step; False when none do."""
        if binding.follow is None:
            return False
        edits, said = binding.follow(self.doc.brief, path, value)
        if not edits:
            return False
        with self.doc.macro(binding.undo_text or f"Edit {path.rsplit('.', 1)[-1]}"):
            for edit in edits:
                self.doc.set_value(edit.path, edit.value, edit.what)
        if said:
            self.doc.told.emit(said)
        return True

    def _mark_good(self, binding: Binding) -> None:
        binding.mark_bad(False)
        reason = self._refusals.pop(id(binding), "")
        if reason:
            self.doc.refusalCleared.emit(reason)

    def _fit(self, path: str, binding: Binding, value: Any) -> Any:
        """Empty text for an optional enum/int stays None rather than ''."""
        return value

    def _on_changed(self, path: str) -> None:
        if self.base is None:
            return
        for binding in self.bindings:
            full = self.path_of(binding)
            if full is not None and (not path or fieldpath.related(full, path)):
                self._refresh_one(binding)

    def _refresh_one(self, binding: Binding) -> None:
        path = self.path_of(binding)
        value: Any = None
        enabled = path is not None
        if path is not None:
            try:
                value = self.doc.value(path)
            except KeyError:
                enabled = False
        binding.widget.setEnabled(enabled)
        if binding.widget.hasFocus() and enabled:
            # Never fight the user's cursor: only refresh a focused field if it really differs.
            try:
                if binding.read() == value:
                    return
            except ValueError:
                return
        binding.show(value if enabled else None)
        self._mark_good(binding)


def focus(widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
