"""The Pages panel: live refresh through a warm LibreOffice, brief switches, zoom, restarts.

One warm LibreOffice serves every test here (module fixture). Without LibreOffice only the
"how to install it" note is checked, and the reason is printed.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefdesk.export.pages import WarmOffice, soffice_path
from briefdesk.gui import page_preview

HAVE_OFFICE = soffice_path() is not None


@pytest.fixture(scope="module", autouse=True)
def warm_office() -> Iterator[WarmOffice]:
    office = WarmOffice()
    page_preview._shared = office
    yield office
    office.shutdown()
    page_preview._shared = None


@pytest.fixture
def pages(window: Any, qtbot: Any) -> Any:
    if not HAVE_OFFICE:
        print("LibreOffice (soffice) is not installed: page preview tests need it")
        pytest.skip("LibreOffice (soffice) is not installed")
    from briefdesk.samples import load_sample

    window._load(load_sample(), None, None)
    with qtbot.waitSignal(window.pages.rendered, timeout=120000):
        window.side.setCurrentWidget(window.pages)
    return window.pages


def pdf_text(path: str) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_missing_libreoffice_says_how_to_install(window: Any, monkeypatch: Any) -> None:
    from briefdesk.gui.page_preview import PagePreview

    monkeypatch.setattr(page_preview, "soffice_path", lambda: None)
    panel = PagePreview(window.doc, window.runner)
    assert not panel.button.isEnabled()
    assert "LibreOffice" in panel.note.text() and "apt-get install" in panel.note.text()


def test_refreshes_by_itself_after_an_edit(window: Any, pages: Any, qtbot: Any) -> None:
    assert pages.state == "current"
    assert pages.page_count() == 2
    assert "Chile" in pdf_text(pages.pdf_path)
    window.doc.set_value("bluf", "Quetzalcoatl trimarans arrive early.")
    assert pages.state == "outdated"
    assert pages.state_label.text().startswith("Out of date")
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        pass
    assert pages.state == "current"
    assert "Quetzalcoatl trimarans" in pdf_text(pages.pdf_path)


def test_opening_another_brief_never_shows_the_old_pages(
    window: Any, pages: Any, qtbot: Any
) -> None:
    from briefdesk.model import Brief, Header

    brief = Brief(header=Header(title="Zanzibar ferry timetable"))
    window._load(brief, None, None)
    assert pages.page_count() == 0 and pages.pdf_path == ""  # cleared at once
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        pass
    assert "Zanzibar ferry timetable" in pdf_text(pages.pdf_path)
    assert "Chile" not in pdf_text(pages.pdf_path)


def test_template_change_re_renders(window: Any, pages: Any, qtbot: Any) -> None:
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        pages.template = "bluf"
    assert pages.note.text().endswith("template bluf.")


def test_a_template_without_the_marking_says_the_pages_were_stamped(
    window: Any, pages: Any, qtbot: Any, tmp_path: Path
) -> None:
    """round 9's left item: the export prints the marking a template misses into every header
    and footer, and the Pages panel showed those pages without a word on where it came from."""
    import docx

    from briefdesk.model.brief import Marking, MarkingScheme

    bare = tmp_path / "bare.docx"
    document = docx.Document()
    document.add_paragraph("{{ title }}")
    document.save(str(bare))
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        window.doc.set_value("marking", Marking(scheme=MarkingScheme.TLP, level="RED"))
    assert "printed" not in pages.note.text()  # the built-in template shows it itself
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        pages.template = str(bare)
    assert pages.note.text().endswith(
        "The template shows the marking in no header or footer: BriefDesk printed TLP:RED on "
        "every page."
    )
    assert "TLP:RED" in pdf_text(pages.pdf_path)


def test_zoom_and_page_navigation(window: Any, pages: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window.splitter.setSizes([200, 200, 1000])  # wide enough that a whole page is narrower
    qtbot.wait(20)
    pages.set_fit("width")
    wide = pages.scale()
    pages.set_fit("page")
    assert pages.scale() < wide
    before = pages.scale()
    pages.zoom_in.click()
    assert pages.scale() == pytest.approx(before * 1.25, rel=0.01)
    assert pages.zoom_label.text() == f"{round(pages.scale() * 100)} %"
    pages.zoom_out.click()
    pages.zoom_out.click()
    assert pages.scale() < before
    shrunk = pages.scale()
    port = pages.viewer.viewport()
    wheel = QWheelEvent(
        QPointF(10, 10),
        QPointF(port.mapToGlobal(QPoint(10, 10))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(port, wheel)
    assert pages.scale() == pytest.approx(shrunk * 1.25, rel=0.01)
    assert pages.page_label.text() == "Page 1 of 2"
    pages.next_page.click()
    qtbot.waitUntil(lambda: pages.current_page() == 1, timeout=5000)
    assert pages.page_label.text() == "Page 2 of 2"
    assert not pages.next_page.isEnabled()


def test_a_dead_libreoffice_is_restarted(
    window: Any, pages: Any, qtbot: Any, warm_office: WarmOffice
) -> None:
    starts = warm_office.starts
    pids = warm_office.office_pids()
    assert pids
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    window.doc.set_value("bluf", "Written after the office died.")
    with qtbot.waitSignal(pages.rendered, timeout=60000):
        pass
    assert warm_office.starts == starts + 1
    assert "Written after the office died." in pdf_text(pages.pdf_path)
    assert Path(pages.pdf_path).is_file()
