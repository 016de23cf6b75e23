"""Accepting a suggestion of the second source keeps the second source in view (N11-10): the
records list re-announced its unchanged selection after each change, and the article moved to
where that record (drafted from source 1) is cited; repeated Enter then accepted suggestions of
the wrong source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from briefdesk.cli.main import main

from .conftest import wait_idle

FIRST = (
    "Norland buys patrol jets from Vestmark\n\nOSLO, 3 March 2026 - Norland signed a contract on"
    " Tuesday with Vestmark Aero for 12 Falke patrol jets worth $900 million, defence minister"
    " Erik Lund said. The Philippine Air Force is also studying the jet, Lund said.\n"
)
SECOND = (
    "Vestmark eyes Asian orders\n\nVestmark Aero is in talks with the Philippine Air Force about"
    " up to 8 Falke jets, sales director Anna Berg said on Friday. Corran Engines of Britain"
    " supplies the engine, and Tomas Weber of Corran said it expects no difficulty.\n"
)


def test_accept_on_the_second_source_stays_there(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FIRST, encoding="utf-8")
    b.write_text(SECOND, encoding="utf-8")
    path = tmp_path / "w.brief"
    assert main(["new", str(path)]) == 0
    assert main(["add-source", str(path), str(a), str(b)]) == 0
    assert main(["draft", str(path), "--source", "1"]) == 0
    window = make_window()
    window.open_path(path)
    wait_idle(qtbot, window)
    second = window.doc.brief.sources[1]
    window.sources_pane.select(second.id)
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    assert window.doc.brief.actors  # the draft selected one, cited in source 1
    for _ in range(4):
        actors = [s for s in panel.items if s.kind == "actors"]
        if not actors:
            break
        panel.focus_list()
        panel.select(actors[0])
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
        wait_idle(qtbot, window)
        qtbot.wait(100)
        assert window.current_source().id == second.id, f"after accepting {actors[0].label}"
        assert all(s.source_id == second.id for s in panel.items)
