"""The Library panel's "Add to brief" (round 22, newcomer21 N21-16): the dossier's actor goes
into the open brief in one undo step, with its aliases, role, affiliation and a note of its
brief. Made-up names; the window offscreen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefdesk.model import Actor, Brief, Header
from briefdesk.model.codes import ActorType
from briefdesk.model.fileformat import dumps
from briefdesk.settings import load_settings
from tests.gui.conftest import wait_idle


@pytest.fixture(autouse=True)
def _no_team_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFDESK_LIBRARY_DSN", raising=False)


def _desk(folder: Path) -> None:
    folder.mkdir()
    firm = Actor(name="Corvane Bulk Shipping", type=ActorType.ORGANIZATION, aliases=["CBS"])
    chief = Actor(
        name="Ilse Varga",
        type=ActorType.PERSON,
        role="managing director",
        affiliation="Corvane Bulk Shipping",
    )
    brief = Brief(header=Header(title="Corvane charters three bulkers"), actors=[firm, chief])
    (folder / "past.brief").write_text(dumps(brief), "utf-8")


def test_add_to_brief_from_the_dossier_and_undo(
    make_window: Any, qtbot: Any, tmp_path: Path
) -> None:
    settings = load_settings()
    settings.library_folders = [str(tmp_path / "desk")]
    _desk(tmp_path / "desk")
    window = make_window(settings)
    panel = window.library_panel
    panel.index_now()
    wait_idle(qtbot, window)
    assert not panel.add_button.isEnabled()  # no dossier shown yet
    panel.show_dossier("Ilse Varga")
    wait_idle(qtbot, window)
    assert panel.add_button.isEnabled()
    before = len(window.doc.brief.actors)
    panel.add_button.click()
    actors = window.doc.brief.actors
    assert len(actors) == before + 1
    added = actors[-1]
    assert (added.name, added.role, added.affiliation) == (
        "Ilse Varga",
        "managing director",
        "Corvane Bulk Shipping",
    )
    assert "Corvane charters three bulkers" in added.note
    panel.show_dossier("CBS")
    wait_idle(qtbot, window)
    panel.add_button.click()
    assert window.doc.brief.actors[-1].aliases == ["CBS"]
    panel.add_button.click()  # the brief has it now: refused, nothing added
    assert len(window.doc.brief.actors) == before + 2
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert len(window.doc.brief.actors) == before
