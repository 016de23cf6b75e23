"""A field's refusal leaves the status bar once the field is valid, and only that field's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from briefdesk.model import Source


def _type(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_a_date_that_becomes_valid_clears_its_error(window: Any, qtbot: Any) -> None:
    window.editor.focus_path("header.date")
    date = window.editor.header_form.widget_for("header.date")
    date.clear()
    _type(qtbot, date, "2026-12-1")
    assert "'2026-12-1' is not a date" in window.statusBar().currentMessage()
    _type(qtbot, date, "5")
    assert window.doc.brief.header.date == dt.date(2026, 12, 15)
    assert window.statusBar().currentMessage() == ""


def test_a_url_that_becomes_valid_clears_its_error(window: Any, qtbot: Any) -> None:
    window.doc.insert_record("sources", Source(title="Report", text="Words."))
    window.editor.focus_path("sources[0].url")
    url = window.editor.lists["sources"].form.widget_for("sources[0].url")
    _type(qtbot, url, "https://")
    assert "has no host name" in window.statusBar().currentMessage()
    _type(qtbot, url, "example.org/report")
    assert window.doc.brief.sources[0].url == "https://example.org/report"
    assert window.statusBar().currentMessage() == ""


def test_another_fields_current_error_stays(window: Any, qtbot: Any) -> None:
    window.editor.focus_path("header.date")
    date = window.editor.header_form.widget_for("header.date")
    critical = window.editor.header_form.widget_for("header.critical_date")
    date.clear()
    _type(qtbot, date, "2026-12-1")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    _type(qtbot, critical, "2027-01-")
    message = window.statusBar().currentMessage()
    assert "'2027-01-' is not a date" in message
    date.setFocus()
    qtbot.keyClicks(date, "5")  # the first field is fine now; the second is still wrong
    assert window.statusBar().currentMessage() == message
