"""Value pickers ignore the mouse wheel until clicked: scrolling a form never edits it.

Qt's combo and spin boxes change value on the wheel whenever the pointer is over them, so
scrolling the Significance tab turned a judgment "Likely" into "Almost certain", and it was
saved and exported. Guarded widgets take the wheel only when they have the keyboard focus
(click or Tab to them first); otherwise the wheel scrolls the page they sit on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = "briefdesk-wheel-guard"  # widget property: the guard is installed (tests check it)


class _WheelGuard(QObject):
    """One filter shared by every guarded widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # the user picked this box: the wheel steps through its values
        area = _scroll_area_of(watched)
        if area is not None:
            # Scroll the page under the pointer, as the wheel did over a label or a gap.
            QApplication.sendEvent(area.viewport(), event)
            return True
        event.ignore()  # no page to scroll: let Qt hand the wheel to the parents
        return True


_guard: _WheelGuard | None = None


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard(widget: QComboBox | QAbstractSpinBox) -> None:
    """Make ``widget`` take the wheel only once it has focus; the wheel no longer gives focus."""
    global _guard
    if _guard is None:
        _guard = _WheelGuard()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_guard)
    widget.setProperty(GUARDED, True)
