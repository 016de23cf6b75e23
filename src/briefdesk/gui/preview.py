"""Live HTML preview (debounced, rendered off the GUI thread) and the LibreOffice page preview."""

from __future__ import annotations

import functools
import shutil
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefdesk.gui import core
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.runner import CancelToken, Job, TaskRunner
from briefdesk.model import Brief

DEBOUNCE_MS = 400


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


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_pages(brief: Brief, template: str, token: CancelToken) -> str:
    """The real export (docx through LibreOffice) into a private temp folder."""
    from briefdesk.tempfiles import make_dir

    folder = make_dir("pages")  # in the cache folder; removed at the next start
    return str(core.export(brief, template, folder / "preview.pdf", "pdf", token))


class PagePreview(QWidget):
    """The real .docx as pages: LibreOffice → PDF → QtPdf (when both are available)."""

    def __init__(self, doc: BriefDocument, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.template = "standard"  # follows the Checks panel choice
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.button = QPushButton("&Render pages")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.render_now)
        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.note)
        self.viewer: QWidget | None = None
        self._pdf_document: Any = None
        self.pdf_path: str = ""
        if soffice_path() is None:
            self.button.setEnabled(False)
            self.note.setText(
                "Page preview needs LibreOffice (the 'soffice' program), which is not installed. "
                "The live preview and .docx export work without it."
            )
        else:
            self.note.setText("Shows the exported .docx page by page, through LibreOffice.")
        self.layout_.addStretch(1)

    def render_now(self) -> None:
        self.button.setEnabled(False)
        self.note.setText("Rendering pages with LibreOffice…")
        self.runner.submit(
            "Page preview",
            render_pages,
            self.doc.snapshot(),
            self.template,
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, pdf: object) -> None:
        self.button.setEnabled(True)
        self.pdf_path = str(pdf)
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            self.note.setText(
                f"Pages rendered to {pdf}. Install PySide6-Pdf (QtPdf) to see them here."
            )
            return
        if self.viewer is None:
            document = QPdfDocument(self)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(document)
            self._pdf_document = document
            self.layout_.takeAt(self.layout_.count() - 1)  # the stretch that held the note up
            self.layout_.addWidget(view, 1)
            self.viewer = view
        assert self._pdf_document is not None
        self._pdf_document.load(str(pdf))
        self.note.setText(f"{self._pdf_document.pageCount()} page(s), template {self.template}.")

    def _failed(self, message: str) -> None:
        self.button.setEnabled(True)
        self.note.setText(f"Page preview failed: {message}")
