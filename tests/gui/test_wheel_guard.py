"""Scrolling the editor never edits a picker the pointer happens to pass over."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea

from briefdesk.gui.wheel_guard import GUARDED
from briefdesk.model import KeyJudgment
from briefdesk.model.codes import Likelihood


def _wheel_down(widget: Any) -> QWheelEvent:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the user: "down" the page, "next" in a combo
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def _likelihood_box(window: Any, qtbot: Any) -> tuple[QComboBox, QScrollArea]:
    doc = window.doc
    doc.insert_record("significance.judgments", KeyJudgment(statement="The sale will go ahead."))
    doc.set_value("significance.judgments[0].likelihood", Likelihood.LIKELY)
    window.resize(900, 420)  # short enough that the Significance page scrolls
    editor = window.editor
    editor.setCurrentIndex(editor.tab_of("significance"))
    judgments = editor.lists["significance.judgments"]
    judgments.select_row(0)
    box = judgments.form.widget_for("significance.judgments[0].likelihood")
    assert isinstance(box, QComboBox)
    area = editor.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    area.ensureWidgetVisible(box)
    area.verticalScrollBar().setValue(area.verticalScrollBar().value() // 2)
    qtbot.waitUntil(lambda: box.isVisible())
    return box, area


def test_wheel_over_an_unfocused_likelihood_scrolls_the_form(window: Any, qtbot: Any) -> None:
    box, area = _likelihood_box(window, qtbot)
    window.editor.tabBar().setFocus()  # the user is reading, not editing the box
    assert not box.hasFocus()
    before = area.verticalScrollBar().value()
    assert before < area.verticalScrollBar().maximum()
    steps = window.doc.undo_stack.count()
    _wheel_down(box)
    assert window.doc.brief.significance.judgments[0].likelihood is Likelihood.LIKELY
    assert box.currentData() == Likelihood.LIKELY
    assert window.doc.undo_stack.count() == steps  # no edit was made
    assert area.verticalScrollBar().value() > before  # the page moved instead
    assert not box.hasFocus()  # and the wheel did not pick the box either


def test_wheel_over_a_clicked_likelihood_changes_it(window: Any, qtbot: Any) -> None:
    box, _area = _likelihood_box(window, qtbot)
    box.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(box.hasFocus)
    _wheel_down(box)
    assert box.currentData() != Likelihood.LIKELY  # the wheel works once chosen


def test_every_picker_in_the_window_is_guarded(window: Any) -> None:
    pickers = window.findChildren(QComboBox) + window.findChildren(QAbstractSpinBox)
    assert pickers
    unguarded = [
        w.accessibleName() or w.objectName() or repr(w) for w in pickers if not w.property(GUARDED)
    ]
    assert unguarded == []
