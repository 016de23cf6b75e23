"""newcomer8 F15: Link → Add as person on "Vaitkus" added a second actor beside the drafted
"Darius Vaitkus"; the surname is now that person's alias and the words its citation."""

from __future__ import annotations

from typing import Any

from briefdesk.editing.linking import short_form_of
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType

from .conftest import select_text

TEXT = (
    "VILNIUS — Foreign Minister Darius Vaitkus welcomed the package. Vaitkus said it came "
    "two years too late."
)


def test_a_surname_selected_by_hand_is_the_person_already_there(window: Any, qtbot: Any) -> None:
    source = Source(id="src-1", text=TEXT)
    window.doc.reset(
        Brief(
            sources=[source],
            actors=[Actor(name="Darius Vaitkus", type=ActorType.PERSON, role="Foreign Minister")],
        )
    )
    window._reload_sources()
    window.editor.refresh_all()
    qtbot.wait(20)
    select_text(window, "Vaitkus", occurrence=1)
    window.link_actor(ActorType.PERSON)
    actors = window.doc.brief.actors
    assert [a.name for a in actors] == ["Darius Vaitkus"]
    assert actors[0].aliases == ["Vaitkus"]
    assert [e.quote for e in actors[0].evidence] == ["Vaitkus"]
    assert "is Darius Vaitkus" in window.statusBar().currentMessage()
    window.doc.undo_stack.undo()  # one step takes it all back
    assert window.doc.brief.actors[0].aliases == [] and not window.doc.brief.actors[0].evidence


def test_only_one_person_and_only_persons_answer_to_a_surname() -> None:
    brief = Brief(
        actors=[
            Actor(name="Darius Vaitkus", type=ActorType.PERSON),
            Actor(name="Ona Vaitkus", type=ActorType.PERSON),
            Actor(name="Aisha Hashmi", type=ActorType.PERSON),
            Actor(name="Bank of Hashmi", type=ActorType.ORGANIZATION),
        ]
    )
    assert short_form_of(brief, "Vaitkus", ActorType.PERSON) is None  # two of them
    assert short_form_of(brief, "Hashmi's", ActorType.PERSON) == 2
    assert short_form_of(brief, "Hashmi", ActorType.ORGANIZATION) is None
    assert short_form_of(brief, "Aisha Hashmi", ActorType.PERSON) is None  # the name itself
