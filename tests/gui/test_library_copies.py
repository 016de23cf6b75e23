"""The Library panel names the file a hit opens and its identical copies (newcomer9 N9-07)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.factory import make_brief, write_brief


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def test_a_hit_shows_its_file_and_opens_the_original_not_a_later_copy(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    desk = tmp_path / "desk"
    original = write_brief(desk, make_brief(5), "ghana.brief")
    os.utime(original, (1_700_000_000, 1_700_000_000))
    settings = load_settings()
    settings.library_folders = [str(desk)]
    window = make_window(settings)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    shutil.copyfile(original, desk / "g2.brief")  # a backup made later
    panel.index_now()
    wait_idle(qtbot, window)
    panel.query.setText("squadron")
    panel.search()
    wait_idle(qtbot, window)
    text = panel.results.toPlainText()
    assert "desk/ghana.brief · the same brief is also in desk/g2.brief" in text
    html = panel.results.toHtml()
    assert f"open:{original}" in html and "open:" + str(desk / "g2.brief") not in html
    panel._link(QUrl(f"open:{original}#deals[0]"))
    wait_idle(qtbot, window)
    assert window.doc.path == original
