"""Checks: what is missing or wrong before export; double-click jumps to the field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import spell_highlighter
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.wheel_guard import guard as guard_wheel
from briefdesk.model import Brief
from briefdesk.review import Severity, review_brief

_SPAN_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("Standard briefing note", "standard"),
    ("One-page BLUF memo", "bluf"),
    ("Deal sheet", "deal-sheet"),
)


class ChecksPanel(QWidget):
    jumpRequested = Signal(str)

    def __init__(self, doc: BriefDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.template = QComboBox()
        guard_wheel(self.template)
        self.template.setAccessibleName("Check for template")
        for label, template_id in DEFAULT_TEMPLATES:
            self.template.addItem(label, template_id)
        self.list = QListWidget()
        self.list.setObjectName("checks-list")
        self.list.setAccessibleName("Checks")
        # Findings quote titles and sentences: wrap them rather than hide their ends.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # the not-started line never widens the panel
        top = QHBoxLayout()
        top.addWidget(QLabel("For template:"))
        top.addWidget(self.template, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        doc.changed.connect(lambda _p: self._timer.start())
        self.template.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        spell_highlighter.service().changed.connect(self._timer.start)  # spelling loaded/changed
        self.refresh()

    def set_templates(self, choices: list[tuple[str, str]]) -> None:
        current = self.template.currentData()
        self.template.blockSignals(True)
        self.template.clear()
        for label, template_id in choices:
            self.template.addItem(label, template_id)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))
        self.template.blockSignals(False)
        self.refresh()

    def findings(self) -> list[tuple[str, str]]:
        return [
            (str(self.list.item(i).data(Qt.ItemDataRole.UserRole)), self.list.item(i).text())
            for i in range(self.list.count())
        ]

    def refresh(self) -> None:
        findings = review_brief(
            self.doc.brief, _review_name(str(self.template.currentData() or ""))
        )
        if findings == getattr(self, "_shown", None):
            return  # rebuilding an unchanged list costs a visible hitch on big briefs
        self._shown = findings
        style = self.style()
        fresh = not_started(self.doc.brief)
        # A new, empty brief: what it will need is a to-do list, not red errors (N14-28).
        error_icon = style.standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation
            if fresh
            else QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.list.clear()
        for finding in findings:
            item = QListWidgetItem(finding.message)
            item.setIcon(error_icon if finding.severity == Severity.ERROR else warning_icon)
            item.setData(Qt.ItemDataRole.UserRole, finding.path)
            item.setToolTip(f"{finding.path} — double-click to go there")
            item.setData(_SPAN_ROLE, (getattr(finding, "start", -1), getattr(finding, "end", -1)))
            self.list.addItem(item)
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        if fresh:
            self.summary.setText(
                "Not started yet: add a source (Ctrl+Shift+O, or paste one with Ctrl+Shift+V). "
                "These are what a finished brief needs."
            )
        elif findings:
            self.summary.setText(f"{errors} to fix, {len(findings) - errors} to consider")
        else:
            self.summary.setText("Nothing to fix: ready to export.")

    def _activated(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        start, end = item.data(_SPAN_ROLE) or (-1, -1)
        focused = QApplication.focusWidget()
        if start >= 0 and isinstance(focused, QPlainTextEdit):  # a spelling finding: its word
            spell_highlighter.select_span(focused, start, end)


def not_started(brief: Brief) -> bool:
    """Nothing done yet: no source, title, BLUF, actor, deal or judgment."""
    return not (
        brief.sources
        or brief.header.title.strip()
        or brief.bluf.strip()
        or brief.actors
        or brief.deals
        or brief.significance.judgments
    )


def _review_name(ident: str) -> str:
    """What the review reads a template's needs from: a user template's file name, never the
    folders above it (a folder called "standard" must not make every template "standard")."""
    return Path(ident).stem if ident.lower().endswith(".docx") else ident
