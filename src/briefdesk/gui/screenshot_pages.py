"""`--screenshot --side Pages`: wait until the first page is on screen before grabbing.

The render runs in LibreOffice and the PDF view then draws its pages in a thread of its own;
grabbing at the first idle moment gave blank white pages under "Up to date". We wait for the
render, then for dark pixels (text) in the view, up to a time limit, and say why when the
pages cannot be shown (no LibreOffice, a failed render, the limit reached).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage

from briefdesk.export.pages import INSTALL_HINT

PAGES_TIMEOUT_S = 180.0  # a cold LibreOffice on a busy machine; far above a normal render
_POLL_MS = 100
_INK = 110  # grey level below which a pixel is text, not the white page or the grey gap


def wait_for_pages(pages: Any, timeout_s: float = PAGES_TIMEOUT_S) -> str:
    """'' once the Pages panel shows a drawn page; otherwise why it does not (one line)."""
    if not pages.available:
        return f"--side Pages needs LibreOffice ('soffice'), which is not installed: {INSTALL_HINT}"
    if pages.state not in ("updating",) and pages._job is None and not _drawn(pages):
        pages.render_now()
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while time.monotonic() < deadline:
        if pages.state == "failed":
            return f"the pages could not be rendered: {pages.note.text()}"
        if pages.state == "current" and _drawn(pages):
            return ""
        QTimer.singleShot(_POLL_MS, loop.quit)
        loop.exec()
    return f"the pages were not ready after {timeout_s:.0f} s (LibreOffice too slow or stuck)"


def _drawn(pages: Any) -> bool:
    """True when the PDF view shows ink: its page images have arrived, not just white sheets."""
    viewer = pages.viewer
    if viewer is None or not pages.pdf_path:
        return False
    return has_ink(viewer.viewport().grab().toImage())


def has_ink(image: QImage) -> bool:
    """True when any pixel is dark enough to be text."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, per_line = grey.width(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    return any(
        min(data[row * per_line : row * per_line + width], default=255) < _INK
        for row in range(grey.height())
    )
