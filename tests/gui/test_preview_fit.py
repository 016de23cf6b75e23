"""The Preview panel fits its width: no sideways scrolling, no word cut in two (newcomer6 F21,
F35), and an empty brief says what the panel is for."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QTextBrowser

from briefdesk.export.preview import render_html
from briefdesk.gui.preview import PLACEHOLDER, HtmlPreview
from briefdesk.samples import load_sample


@pytest.mark.parametrize("width", [280, 300, 340, 400, 480, 560])
def test_the_sample_preview_needs_no_sideways_scrolling(qtbot: Any, width: int) -> None:
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # as the panel: whole words only
    view.resize(width, 700)
    view.setHtml(render_html(load_sample()))
    view.show()
    qtbot.wait(10)
    assert view.horizontalScrollBar().maximum() == 0


def test_the_panel_wraps_whole_words_and_says_what_it_is_for(window: Any) -> None:
    preview = window.findChild(HtmlPreview)
    assert preview is not None
    assert preview.view.wordWrapMode() == QTextOption.WrapMode.WordWrap
    assert preview.view.placeholderText() == PLACEHOLDER
