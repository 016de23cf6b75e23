"""The window and a command on one brief: the command waits, then says busy; nothing is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from briefdesk import store
from briefdesk.cli.main import main


def test_add_source_while_the_window_has_the_brief_open_is_busy(
    make_window: Any, tmp_path: Path
) -> None:
    brief = tmp_path / "b.brief"
    assert main(["sample", str(brief)]) == 0
    window = make_window()
    assert window.open_path(brief)
    article = tmp_path / "a.txt"
    article.write_text("Peru will buy 24 helicopters from Brazil, officials said on Monday.")
    done = subprocess.run(
        [sys.executable, "-m", "briefdesk", "add-source", str(brief), str(article)],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "b.brief: busy (open in another BriefDesk or command), nothing saved"
    )
    assert "added" not in done.stdout
    # The window's own save goes through, under the same lock and folder guard.
    window.doc.set_value("header.title", "Changed in the window")
    assert window.save()
    assert store.open_brief(brief).brief.header.title == "Changed in the window"
    assert [s.filename for s in store.open_brief(brief).brief.sources] == ["", ""]
