"""Accepting a person whose affiliation is written short gives the one body it stands for
(newcomer18 N18-08), as one undo step."""

from __future__ import annotations

from typing import Any

from briefdesk.model import Actor
from briefdesk.model.codes import ActorType
from tests.editing.test_affiliation_full import TEXT

from .conftest import wait_idle


def _accept(window: Any, qtbot: Any, *bodies: str) -> str:
    for body in bodies:
        window.doc.insert_record("actors", Actor(name=body, type=ActorType.ORGANIZATION))
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    person = next(s for s in window.open_suggestions() if s.name == "Nguyen Van Phuc")
    steps = window.doc.undo_stack.count()
    window.accept_suggestions([person])
    assert window.doc.undo_stack.count() == steps + 1
    return next(a.affiliation for a in window.doc.brief.actors if a.name == "Nguyen Van Phuc")


def test_accepted_person_gets_the_full_affiliation(window: Any, qtbot: Any) -> None:
    assert _accept(window, qtbot, "Song Hau Gas Corporation") == "Song Hau Gas Corporation"
    window.doc.undo_stack.undo()
    assert all(a.name != "Nguyen Van Phuc" for a in window.doc.brief.actors)


def test_two_bodies_sharing_it_leave_it(window: Any, qtbot: Any) -> None:
    assert _accept(window, qtbot, "Song Hau Gas Corporation", "Song Hau Power") == "Song Hau"


def test_edit_and_accept_prefills_the_full_affiliation(
    window: Any, qtbot: Any, prompt_log: Any
) -> None:
    window.doc.insert_record(
        "actors", Actor(name="Song Hau Gas Corporation", type=ActorType.ORGANIZATION)
    )
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    person = next(s for s in window.open_suggestions() if s.name == "Nguyen Van Phuc")
    prompt_log.fields_answer = {}  # OK on the form as pre-filled
    window.accept_suggestions([person], edit=True)
    actor = next(a for a in window.doc.brief.actors if a.name == "Nguyen Van Phuc")
    assert actor.affiliation == "Song Hau Gas Corporation"
