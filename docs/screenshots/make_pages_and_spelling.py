"""Screenshots of the live Pages panel (zoomed) and of a misspelt BLUF with its spelling menu.

Run: ``PYTHONPATH=src QT_QPA_PLATFORM=offscreen python docs/screenshots/make_pages_and_spelling.py``
(needs LibreOffice with python3-uno, and hunspell-en-gb). Writes pages-zoom.png and spelling.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFDESK_HOME", tempfile.mkdtemp(prefix="shots-home-"))
HERE = Path(__file__).resolve().parent


def main() -> int:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    from briefdesk.gui import spell_highlighter
    from briefdesk.gui.mainwindow import MainWindow
    from briefdesk.samples import load_sample
    from briefdesk.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings())
    window.resize(1440, 900)
    window.show()

    def wait(until: object, seconds: float = 90) -> None:
        deadline = time.perf_counter() + seconds
        while not until() and time.perf_counter() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    window._load(load_sample(), None, None)
    window.splitter.setSizes([300, 560, 580])
    window.side.setCurrentWidget(window.pages)
    pages = window.pages
    wait(lambda: pages.state == "current")
    pages.zoom_in.click()
    pages.zoom_in.click()
    wait(lambda: False, 1.5)  # QtPdf renders the pages in the background
    window.grab().save(str(HERE / "pages-zoom.png"))
    print(HERE / "pages-zoom.png", f"zoom {pages.zoom_label.text()}", pages.page_label.text())

    wait(lambda: spell_highlighter.service().checker is not None)
    window.editor.setCurrentIndex(1)
    bluf = window.editor.summary_form.widget_for("bluf")
    bluf.setFocus()
    window.doc.set_value(
        "bluf", "Teh recieved aggrement commits Chile to 18 FA-50 jets; the defence programme grows."
    )
    window.side.setCurrentWidget(window.checks)
    wait(lambda: False, 1.0)
    cursor = bluf.textCursor()
    cursor.setPosition(bluf.toPlainText().index("recieved") + 2)
    spot = bluf.cursorRect(cursor).center()
    menu = spell_highlighter.spelling_menu(bluf, spot)
    at = bluf.viewport().mapTo(window, spot) + QPoint(4, 14)  # leave the word visible
    menu.popup(window.mapToGlobal(at))
    wait(lambda: False, 0.5)
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    shot.save(str(HERE / "spelling.png"))
    print(HERE / "spelling.png", [a.text() for a in menu.actions() if a.text()][:6])
    menu.close()
    window.doc.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
