"""A body's short form selected by hand is that body (newcomer24 N24-06)."""

from __future__ import annotations

from briefdesk.editing.linking import short_form_org
from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType


def _brief(*actors: Actor) -> Brief:
    return Brief(actors=list(actors))


def test_the_first_word_of_one_body_is_that_body() -> None:
    works = Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION)
    brief = _brief(Actor(name="Metrolux", type=ActorType.ORGANIZATION), works)
    assert short_form_org(brief, "Brnov") == 1
    assert short_form_org(brief, "Brnov's") == 1
    alias = Actor(name="BSW", type=ActorType.ORGANIZATION, aliases=["Brnov Signal Works"])
    assert short_form_org(_brief(alias), "Brnov Signal") == 0


def test_two_bodies_a_person_a_part_word_or_lower_case_answer_nothing() -> None:
    works = Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION)
    bank = Actor(name="Brnov City Bank", type=ActorType.ORGANIZATION)
    assert short_form_org(_brief(works, bank), "Brnov") is None  # which one: ask
    person = Actor(name="Brnov Halas", type=ActorType.PERSON)
    assert short_form_org(_brief(person), "Brnov") is None
    assert short_form_org(_brief(works), "Brn") is None  # not a whole word
    assert short_form_org(_brief(works), "signal") is None
