"""Ctrl+Alt+B (Use as deal buyer) and Add as person/organisation on words a pending suggestion
names: the actor created carries the suggestion's role, affiliation and country (round 23,
newcomer22's leftover 5). Words no suggestion names are added as before."""

from __future__ import annotations

from typing import Any

from briefdesk.extract import extract_text
from briefdesk.model import Brief, Source
from briefdesk.model.codes import ActorType

from .conftest import select_text

TEXT = (
    "Fisheries news\n\nPraia, 3 March 2026 - The Ministry of Maritime Economy granted a fishing "
    "licence to Kuiper Pelagic Trawlers BV of the Netherlands for two trawlers. Joost Kramer, "
    "managing director of Kuiper Pelagic Trawlers BV, said the vessels would arrive in May.\n"
)


def _window(window: Any, qtbot: Any) -> Any:
    source = Source(id="src-1", text=TEXT)
    window.doc.reset(Brief(sources=[source]))
    window.extractions[source.id] = extract_text(TEXT)
    window._reload_sources()
    window.editor.refresh_all()
    qtbot.wait(20)
    return window


def test_use_as_buyer_copies_the_suggestion_s_country(window: Any, qtbot: Any) -> None:
    _window(window, qtbot)
    select_text(window, "Kuiper Pelagic Trawlers BV")
    window.act_buyer.trigger()
    actor = next(a for a in window.doc.brief.actors if a.name == "Kuiper Pelagic Trawlers BV")
    assert (actor.type, actor.country) == (ActorType.ORGANIZATION, "NL")
    assert [e.quote for e in actor.evidence] == ["Kuiper Pelagic Trawlers BV"]
    party = window.doc.brief.deals[0].parties[0]
    assert party.actor_id == actor.id


def test_add_as_person_copies_role_and_affiliation(window: Any, qtbot: Any) -> None:
    _window(window, qtbot)
    select_text(window, "Joost Kramer")
    window.link_actor(ActorType.PERSON)
    (actor,) = window.doc.brief.actors
    assert (actor.role, actor.affiliation) == ("managing director", "Kuiper Pelagic Trawlers BV")
    assert actor.country == "NL"


def test_words_no_suggestion_names_are_added_bare(window: Any, qtbot: Any) -> None:
    _window(window, qtbot)
    select_text(window, "Maritime Economy")
    window.link_actor(ActorType.ORGANIZATION)
    (actor,) = window.doc.brief.actors
    assert (actor.name, actor.role, actor.country) == ("Maritime Economy", "", "")


def test_a_suggestion_of_another_type_is_not_taken(window: Any, qtbot: Any) -> None:
    _window(window, qtbot)
    select_text(window, "Joost Kramer")
    window.link_actor(ActorType.ORGANIZATION)
    (actor,) = window.doc.brief.actors
    assert (actor.type, actor.role) == (ActorType.ORGANIZATION, "")
