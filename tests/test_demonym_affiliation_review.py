"""Checks flag a person's affiliation that is a people's adjective (round 24, newcomer23 N23-06)."""

from __future__ import annotations

import pytest

from briefdesk.model import Actor, Brief
from briefdesk.model.codes import ActorType
from briefdesk.review import review_brief


def _messages(brief: Brief) -> dict[str, str]:
    return {f.path: f.message for f in review_brief(brief)}


def _minister(affiliation: str) -> Actor:
    return Actor(
        name="Ingrid Aasmo", type=ActorType.PERSON, role="Defence Minister", affiliation=affiliation
    )


def test_a_known_demonym_names_its_state() -> None:
    messages = _messages(Brief(actors=[_minister("Norwegian")]))
    assert "the affiliation 'Norwegian' is an adjective" in messages["actors[0].affiliation"]
    assert "Norway" in messages["actors[0].affiliation"]


def test_an_unknown_adjective_shape_is_flagged() -> None:
    messages = _messages(Brief(actors=[_minister("Vestrandic")]))
    assert "'Vestrandic' is an adjective, not a body" in messages["actors[0].affiliation"]


@pytest.mark.parametrize("affiliation", ["Norway", "Ministry of Defence", "Saab", "", "Meridian"])
def test_a_state_a_body_or_an_actor_of_the_brief_is_not(affiliation: str) -> None:
    company = Actor(name="Meridian", type=ActorType.ORGANIZATION)
    messages = _messages(Brief(actors=[_minister(affiliation), company]))
    assert "actors[0].affiliation" not in messages


def test_an_organisation_is_not_checked() -> None:
    body = Actor(name="Nordic Yards", type=ActorType.ORGANIZATION, affiliation="Danish")
    assert "actors[0].affiliation" not in _messages(Brief(actors=[body]))
