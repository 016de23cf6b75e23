"""The Library panel with copies of one brief that drifted apart (checker9 C9-14, C9-18), on
SQLite and PostgreSQL: the search leads to the original and names the other versions; the Related
tab never lists the open brief itself nor claims its own judgment as an earlier one."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefdesk.cli.main import main
from briefdesk.model.codes import Likelihood
from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle
from tests.library.conftest import pg_cluster, pg_dsn  # noqa: F401  (the throw-away cluster)
from tests.library.factory import make_brief, write_brief


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def dsn(request: pytest.FixtureRequest) -> str:
    return "" if request.param == "sqlite" else str(request.getfixturevalue("pg_dsn"))


def test_versions_in_search_and_related(
    make_window: Any, qtbot: Any, tmp_path: Path, dsn: str
) -> None:
    desk = tmp_path / "lib"
    brief = make_brief(7)
    brief.header.date = dt.date(2026, 12, 1)
    brief.significance.judgments[0].likelihood = Likelihood.LIKELY
    brief.significance.judgments[0].rationale = ""
    original = write_brief(desk / "2025", brief, "sonar-original.brief")
    os.utime(original, ns=(1_700_000_000_000_000_000,) * 2)
    follow = brief.model_copy(deep=True)
    follow.id, follow.header.title = "brief-follow", "Follow-up on the same deal"
    follow.significance.judgments[0].likelihood = Likelihood.VERY_LIKELY
    followup = write_brief(desk / "2025", follow, "followup.brief")
    os.utime(followup, ns=(1_700_000_100_000_000_000,) * 2)
    copy = desk / "copies" / "sonar-original (copy).brief"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(original, copy)
    backup = desk / "copies" / "backup.brief"
    shutil.copyfile(original, backup)
    settings = load_settings()
    settings.library_folders = [str(desk)]
    settings.library_dsn = dsn
    from briefdesk.settings import save_settings

    save_settings(settings)  # the CLI edits below update the same library (save hook)
    window = make_window(settings)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    assert main(["set", str(backup), "bluf=Backup copy edited separately with giraffe"]) == 0
    assert main(["set", str(original), "date=2025-06-01"]) == 0
    panel.index_now()
    wait_idle(qtbot, window)

    panel.query.setText(brief.header.title.split(" (")[0])
    panel.search()
    wait_idle(qtbot, window)
    html = panel.results.toHtml()
    first = html.index("open:")
    assert html[first:].startswith(f"open:{original}".replace(" ", "%20"))
    text = panel.results.toPlainText()
    assert "2025/sonar-original.brief · other versions of this brief (edited apart)" in text
    assert text.count("other versions of this brief") == 3

    assert window.open_path(original)
    panel.show_library()
    wait_idle(qtbot, window)
    related = panel.related.toHtml()
    assert f"open:{original}" not in related  # never its own related brief
    assert "open:" + str(followup) in related
    plain = panel.related.toPlainText()
    assert "another version of this brief (same brief id, edited apart)" in plain
    assert "likelihood changed" not in plain and "Earlier on" not in plain

    assert window.open_path(followup)  # dated after the original: that one is earlier
    wait_idle(qtbot, window)
    plain = panel.related.toPlainText()
    assert "Earlier on" in plain and "likelihood changed from 'likely'" in plain
