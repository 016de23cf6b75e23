"""The Pages panel: the real Word export as pages, kept up to date while the user types.

After a pause in typing (or a change of template, marking, records, or another brief) the brief
is exported and converted by a warm LibreOffice (``export.pages.WarmOffice``) in a background
job; a render that a newer one supersedes is cancelled. Zoom (fit width, fit page, + / −,
Ctrl+wheel, double-click) and page navigation work on a QtPdf view.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from briefdesk.export.pages import INSTALL_HINT, WarmOffice, render_pages
from briefdesk.export.pages import soffice_path as soffice_path
from briefdesk.gui.document import BriefDocument
from briefdesk.gui.runner import CancelToken, Job, TaskRunner
from briefdesk.model import Brief
from briefdesk.tempfiles import make_dir

DEBOUNCE_MS = 700
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0

_shared: WarmOffice | None = None


def shared_office() -> WarmOffice:
    """One warm LibreOffice per app, closed when the application quits."""
    global _shared
    if _shared is None:
        _shared = WarmOffice()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_shared.shutdown)
    return _shared


def _render(
    office: WarmOffice, brief: Brief, template: str, folder: Path, token: CancelToken
) -> tuple[str, str]:
    """(the PDF's path, a note when the export printed the marking the template misses)."""
    from briefdesk.export.marking_context import stamp_note
    from briefdesk.export.registry import resolve_template

    token.check()
    pdf = str(render_pages(office, brief, template, folder, token.check))
    label = brief.marking.label
    shows, pages = stamp_note(label, resolve_template(template).path)
    note = f" The template {shows}: BriefDesk printed {label} on {pages}." if shows else ""
    return pdf, note


class PagePreview(QWidget):
    """Pages of the export with an "updating…" / "out of date" / "up to date" state."""

    rendered = Signal()
    STATES: ClassVar[dict[str, str]] = {
        "updating": "Updating…",
        "outdated": "Out of date: updates when you pause typing",
        "current": "Up to date",
        "failed": "Could not show the pages",
        "idle": "",
    }

    def __init__(
        self,
        doc: BriefDocument,
        runner: TaskRunner,
        parent: QWidget | None = None,
        office: WarmOffice | None = None,
    ):
        super().__init__(parent)
        self.doc = doc
        self.runner = runner
        self.office = office or shared_office()
        self._template = "standard"
        self.state = "idle"
        self.active = False
        self.pdf_path = ""
        self.viewer: Any = None
        self._pdf_document: Any = None
        self._job: Job | None = None
        self._again = False
        self._rendered_revision = -1
        self._folder = make_dir("pages")  # in the cache folder; removed at the next start

        self.state_label = QLabel()
        self.state_label.setObjectName("pages-state")
        self.state_label.setWordWrap(True)  # the panel must fit beside the editor at 1024 px
        # ...but the short states stay one line ("Up to / date" beside the Library, newcomer8).
        metrics = self.state_label.fontMetrics()
        short = max(metrics.horizontalAdvance(self.STATES[k]) for k in ("updating", "current"))
        self.state_label.setMinimumWidth(short + 4)
        self.button = QPushButton("&Refresh")
        self.button.setAutoDefault(False)
        self.button.setToolTip("Render the pages now")
        self.button.clicked.connect(self.render_now)
        self.fit_width = self._tool("Fit width", lambda: self.set_fit("width"))
        self.fit_page = self._tool("Fit page", lambda: self.set_fit("page"))
        self.zoom_out = self._tool(
            "−", lambda: self.zoom_by(1 / ZOOM_STEP), "Zoom out (Ctrl+wheel)"
        )
        self.zoom_in = self._tool("+", lambda: self.zoom_by(ZOOM_STEP), "Zoom in (Ctrl+wheel)")
        self.zoom_label = QLabel()
        self.prev_page = self._tool(
            "◀", lambda: self.go_to_page(self.current_page() - 1), "Previous page"
        )
        self.next_page = self._tool(
            "▶", lambda: self.go_to_page(self.current_page() + 1), "Next page"
        )
        self.page_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.state_label, 1)
        for widget in (self.prev_page, self.page_label, self.next_page, self.button):
            top.addWidget(widget)
        bar = QHBoxLayout()
        for widget in (self.fit_width, self.fit_page, self.zoom_out, self.zoom_label, self.zoom_in):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.note)
        self.layout_.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        runner.jobFinished.connect(self._job_finished)
        doc.changed.connect(self._doc_changed)
        self.available = soffice_path() is not None
        if not self.available:
            self.button.setEnabled(False)
            self.note.setText(
                "Page preview needs LibreOffice (the 'soffice' program), which is not installed: "
                f"{INSTALL_HINT}. The live preview and .docx export work without it."
            )
        else:
            self.note.setText("Shows the exported .docx page by page, through LibreOffice.")
        self._update_controls()

    def _tool(self, text: str, slot: Any, tip: str = "") -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip or text)
        button.setAccessibleName(tip or text)
        button.clicked.connect(slot)
        return button

    # --- what to render, and when -----------------------------------------------------------
    @property
    def template(self) -> str:
        return self._template

    @template.setter
    def template(self, value: str) -> None:
        if value != self._template:
            self._template = value
            self._mark_outdated()

    def set_active(self, active: bool) -> None:
        """Hidden, the panel only notes that it is out of date; shown, it catches up."""
        self.active = active
        if active and self.available and self._rendered_revision != self.doc.revision:
            # start(ms) would change the debounce interval for good: a one-off delay instead.
            QTimer.singleShot(50, self._catch_up)

    def _catch_up(self) -> None:
        if self.active and self._job is None and self._rendered_revision != self.doc.revision:
            self.render_now()

    def _doc_changed(self, path: str) -> None:
        if path == "":  # another brief: never show the previous one's pages
            self._clear()
        self._mark_outdated()
        if path == "" and self.active:  # and its pages at once: there is no typing to wait for
            QTimer.singleShot(50, self._catch_up)

    def _mark_outdated(self) -> None:
        if not self.available:
            return
        if self.state != "updating":
            self._set_state("outdated")
        if self.active:
            self._timer.start()

    def _clear(self) -> None:
        if self._pdf_document is not None:
            self._pdf_document.close()
        self.pdf_path = ""
        self._rendered_revision = -1
        self._update_controls()

    def render_now(self) -> None:
        """Render now; a render already running is cancelled and this one follows it."""
        self._timer.stop()
        if not self.available:
            return
        if self._job is not None:
            self.runner.cancel(self._job)
            self._again = True
            return
        self._set_state("updating")
        revision = self.doc.revision
        self._job = self.runner.submit(
            "Page preview",
            _render,
            self.office,
            self.doc.snapshot(),
            self._template,
            self._folder,
            on_done=lambda result: self._show(result[0], result[1], revision),
            on_error=self._failed,
        )

    def _job_finished(self, job_id: int) -> None:
        if self._job is None or job_id != self._job.id:
            return
        self._job = None
        if self._again:
            self._again = False
            self.render_now()

    # --- showing ------------------------------------------------------------------------------
    def _show(self, pdf: str, stamped: str, revision: int) -> None:
        self.pdf_path = str(pdf)
        if not self._ensure_viewer():
            self._set_state("current")
            self.note.setText(
                f"Pages rendered to {pdf}. Install PySide6-Pdf (QtPdf) to see them here.{stamped}"
            )
            return
        bar = self.viewer.verticalScrollBar()
        position = bar.value()
        self._pdf_document.load(self.pdf_path)
        bar.setValue(position)
        self._rendered_revision = revision
        current = revision == self.doc.revision and self._job is None
        self._set_state("current" if current else "outdated")
        pages = self._pdf_document.pageCount()
        self.note.setText(f"{pages} page(s), template {self._template}.{stamped}")
        self._update_controls()
        self.rendered.emit()

    def _failed(self, message: str) -> None:
        self._set_state("failed")
        self.note.setText(f"Page preview failed: {message}")

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_label.setText(self.STATES[state])

    def _ensure_viewer(self) -> bool:
        if self.viewer is not None:
            return True
        try:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            return False
        document = QPdfDocument(self)
        view = QPdfView(self)
        view.setObjectName("pages-view")
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        view.viewport().installEventFilter(self)
        view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._pdf_document = document
        self.layout_.takeAt(self.layout_.count() - 1)  # the stretch that held the note up
        self.layout_.addWidget(view, 1)
        self.viewer = view
        return True

    # --- zoom and pages ------------------------------------------------------------------------
    def page_count(self) -> int:
        return int(self._pdf_document.pageCount()) if self._pdf_document is not None else 0

    def current_page(self) -> int:
        return int(self.viewer.pageNavigator().currentPage()) if self.viewer is not None else 0

    def go_to_page(self, page: int) -> None:
        if self.viewer is None or not 0 <= page < self.page_count():
            return
        self.viewer.pageNavigator().jump(page, QPointF(), self.viewer.zoomFactor())
        self._update_controls()

    def scale(self) -> float:
        """The zoom actually shown (1.0 = 100 %), also in the fit modes."""
        if self.viewer is None:
            return 1.0
        from PySide6.QtPdfWidgets import QPdfView

        mode = self.viewer.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return float(self.viewer.zoomFactor())
        size = self._pdf_document.pagePointSize(max(0, self.current_page()))
        dpi = self.logicalDpiX() / 72.0
        margins = 2 * self.viewer.documentMargins().left() + 2 * self.viewer.pageSpacing()
        port = self.viewer.viewport()
        width = (port.width() - margins) / max(1.0, size.width() * dpi)
        if mode == QPdfView.ZoomMode.FitToWidth:
            return float(width)
        return float(min(width, (port.height() - margins) / max(1.0, size.height() * dpi)))

    def zoom_by(self, factor: float) -> None:
        if self.viewer is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        zoom = max(ZOOM_MIN, min(ZOOM_MAX, self.scale() * factor))
        self.viewer.setZoomMode(QPdfView.ZoomMode.Custom)
        self.viewer.setZoomFactor(zoom)
        self._update_controls()

    def set_fit(self, how: str) -> None:
        if self.viewer is None:
            return
        from PySide6.QtPdfWidgets import QPdfView

        mode = QPdfView.ZoomMode.FitToWidth if how == "width" else QPdfView.ZoomMode.FitInView
        self.viewer.setZoomMode(mode)
        self._update_controls()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.viewer is not None and watched is self.viewer.viewport():
            if event.type() == QEvent.Type.Resize:  # a fit mode's zoom follows the panel's size
                QTimer.singleShot(0, self._page_changed_later)
            elif event.type() == QEvent.Type.Wheel and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            ):
                steps = event.angleDelta().y() / 120  # type: ignore[attr-defined]
                if steps:
                    self.zoom_by(ZOOM_STEP**steps)
                return True
            if event.type() == QEvent.Type.MouseButtonDblClick:
                from PySide6.QtPdfWidgets import QPdfView

                fit = self.viewer.zoomMode() == QPdfView.ZoomMode.FitToWidth
                self.set_fit("page" if fit else "width")
                return True
        return super().eventFilter(watched, event)

    def _page_changed_later(self) -> None:
        self._page_changed(0)

    def _page_changed(self, _page: int) -> None:
        # The panel may be going away with its PDF document.
        with contextlib.suppress(RuntimeError):
            self._update_controls()

    def _update_controls(self) -> None:
        shown = self.viewer is not None and self.page_count() > 0
        for widget in (self.fit_width, self.fit_page, self.zoom_in, self.zoom_out):
            widget.setEnabled(shown)
        page, count = self.current_page(), self.page_count()
        self.prev_page.setEnabled(shown and page > 0)
        self.next_page.setEnabled(shown and page < count - 1)
        self.page_label.setText(f"Page {page + 1} of {count}" if shown else "")
        self.zoom_label.setText(f"{round(self.scale() * 100)} %" if shown else "")
