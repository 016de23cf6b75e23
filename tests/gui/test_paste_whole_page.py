"""A web page copied whole (Ctrl+A, Ctrl+C) and pasted with Ctrl+Shift+V is read from its HTML
like an opened .html file: menu and "Related" box left out and said (newcomer15 N15-35)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import wait_idle

BODY = (
    "<nav><a href='/'>Home</a> | <a href='/ports'>Ports</a> | <a href='/s'>Subscribe</a></nav>"
    "<article><h1>Senegal signs dredging contract for the port of Ziguinchor</h1>"
    "<p>Senegal's port authority has signed a contract worth 48 billion CFA francs with the "
    "Belgian dredging group Jan De Nul to deepen the channel of the port of Ziguinchor, the "
    "transport minister said on Tuesday in Dakar.</p>"
    "<p>The works are to start in March and take eighteen months, with the first larger ferries "
    "expected to call at the port in late 2028, the minister told reporters.</p>"
    "<p>The contract is financed by a loan from the West African Development Bank, which "
    "approved the credit last month after a feasibility study paid for by the European Union."
    "</p></article>"
    "<aside><h3>Related</h3><a href='/x'>Ghana buys four tugboats from Damen for $30m</a></aside>"
    "<footer>© 2026 Ports Weekly. All rights reserved.</footer>"
)


def _copy_page(html: str) -> None:
    mime = QMimeData()
    mime.setHtml(f"<html><body>{html}</body></html>")
    blocks = re.sub(r"</(nav|h1|p|aside|h3|footer)>", "\n", html)
    mime.setText(re.sub(r"<[^>]+>", "", blocks))
    QGuiApplication.clipboard().setMimeData(mime)


def test_the_pasted_page_keeps_the_article_only_and_says_what_it_left_out(
    window: Any, qtbot: Any
) -> None:
    _copy_page(BODY)
    window.paste_source()
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources), timeout=60000)
    wait_idle(qtbot, window)
    source = window.doc.brief.sources[0]
    assert "Jan De Nul" in source.text and "late 2028" in source.text
    assert "Subscribe" not in source.text and "tugboats" not in source.text
    assert "left out" in source.notes and "Home | Ports | Subscribe" in source.notes


def test_plain_text_alone_is_pasted_as_before(window: Any, qtbot: Any) -> None:
    QGuiApplication.clipboard().setText(
        "Senegal signs dredging contract\n\nSenegal's port authority has signed a contract "
        "with Jan De Nul to deepen the channel of the port of Ziguinchor."
    )
    window.paste_source()
    qtbot.waitUntil(lambda: bool(window.doc.brief.sources), timeout=60000)
    assert "Jan De Nul" in window.doc.brief.sources[0].text
    assert "left out" not in window.doc.brief.sources[0].notes
