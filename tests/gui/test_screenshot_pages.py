"""`briefdesk --screenshot --side Pages` grabs drawn pages, or says why it cannot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from briefdesk import store
from briefdesk.export.pages import soffice_path
from briefdesk.gui import page_preview
from briefdesk.gui.app import main
from briefdesk.gui.screenshot_pages import has_ink
from briefdesk.samples import load_sample


@pytest.fixture
def brief(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "sample.brief"
    store.save_brief(path, load_sample())
    yield path
    if page_preview._shared is not None:  # the warm LibreOffice the command started
        page_preview._shared.shutdown()
        page_preview._shared = None


def test_blank_sheets_have_no_ink_and_text_has(qapp: Any) -> None:
    image = QImage(200, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(214, 214, 214))  # the view's grey gap
    painter = QPainter(image)
    painter.fillRect(20, 20, 160, 240, QColor("white"))  # a page not drawn yet
    painter.end()
    assert not has_ink(image)
    painter = QPainter(image)
    painter.setPen(QColor(30, 30, 30))
    painter.drawText(40, 60, "Chile buys")
    painter.end()
    assert has_ink(image)


def test_without_libreoffice_the_command_says_so(
    brief: Path, tmp_path: Path, monkeypatch: Any, capsys: Any, qtbot: Any
) -> None:
    monkeypatch.setattr(page_preview, "soffice_path", lambda: None)
    out = tmp_path / "pages.png"
    assert (
        main([str(brief), "--screenshot", str(out), "--side", "Pages", "--size", "1000x700"]) == 1
    )
    err = capsys.readouterr().err
    assert "needs LibreOffice" in err and "shows no pages" in err
    assert out.is_file()  # the window, with the panel's own install note, is still written


def test_pages_screenshot_shows_drawn_pages(
    brief: Path, tmp_path: Path, capsys: Any, qtbot: Any
) -> None:
    if soffice_path() is None:
        print("LibreOffice (soffice) is not installed: the Pages screenshot needs it")
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path / "pages.png"
    assert (
        main([str(brief), "--screenshot", str(out), "--side", "Pages", "--size", "1000x700"]) == 0
    )
    assert capsys.readouterr().err.count("shows no pages") == 0
    shot = QImage(str(out))
    # The Pages view: the right-hand panel below its toolbar (the state line is above it).
    view = shot.copy(
        int(shot.width() * 0.76),
        int(shot.height() * 0.3),
        int(shot.width() * 0.2),
        int(shot.height() * 0.6),
    )
    assert has_ink(view), "the pages were grabbed before they were drawn"
