"""Live HTML preview (debounced, rendered off the GUI thread); the Pages panel is re-exported."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from briefdesk.gui import core
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.runner import CancelToken, Job, TaskRunner
from briefdesk.model import Brief

DEBOUNCE_MS = 400


PLACEHOLDER = "Your brief appears here as you write."  # one line: Qt does not wrap it


class HtmlPreview(QWidget):
    """Re-renders a copy of the brief in the background after typing pauses."""

    rendered = Signal()

    def __init__(self, doc: BriefDocument, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.view = QTextBrowser()
        self.view.setObjectName("html-preview")
        self.view.setOpenExternalLinks(False)
        self.view.setAccessibleName("Preview")
        # Whole words only: breaking anywhere cut table words ("Partie|s") in a narrow panel.
        self.view.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        # A new, empty brief has nothing rendered yet: say what appears here, not a blank page.
        self.view.setPlaceholderText(PLACEHOLDER)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._job: Job | None = None
        self._pending = False
        self.active = True
        self.template = "standard"  # follows the Checks panel choice, like the page preview
        doc.changed.connect(lambda _p: self.schedule())

    def schedule(self) -> None:
        self._timer.start()

    def render_now(self) -> None:
        if not self.active:
            self._pending = True
            return
        if self._job is not None:
            self.runner.cancel(self._job)
        self._job = self.runner.submit(
            "Preview",
            functools.partial(render_document, template=self.template),
            self.doc.snapshot(),
            on_done=self._show,
            on_error=self._failed,
        )

    def set_active(self, active: bool) -> None:
        """Hidden previews do not render; showing one catches up."""
        self.active = active
        if active and self._pending:
            self._pending = False
            self.render_now()

    def _show(self, document: object) -> None:
        if not isinstance(document, QTextDocument):
            return
        bar = self.view.verticalScrollBar()
        position = bar.value()
        # Parented to the view, so setDocument deletes the one it replaces.
        document.setParent(self.view)
        self.view.setDocument(document)
        bar.setValue(position)
        self.status.setText("")
        self.rendered.emit()

    def _failed(self, message: str) -> None:
        self.status.setText(f"Preview not available: {message}")


def render_document(brief: Brief, token: CancelToken, template: str = "standard") -> QTextDocument:
    """Render and parse off the GUI thread; parsing a 50-source brief takes tens of ms."""
    kind, text = core.render_preview(brief, token, template)
    document = QTextDocument()
    if kind == "markdown":
        document.setMarkdown(text)
    else:
        document.setHtml(text)
    token.check()
    app = QCoreApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())
    return document


# The Pages panel lives in its own module; these names stay importable from here.
from briefdesk.gui.page_preview import PagePreview, soffice_path  # noqa: E402

__all__ = ["HtmlPreview", "PagePreview", "render_document", "soffice_path"]
