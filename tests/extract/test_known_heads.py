"""A known body's first word used as a modifier ("aboard a Meridian carrier") is that body
(round 22, newcomer21 N21-13). Made-up names and sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import KnownActor, extract_text

BODY = KnownActor(name="Corvane Bulk Shipping", type="organization")


def _names(text: str, *known: KnownActor) -> set[str]:
    return {a.name for a in extract_text(text, known_actors=known or (BODY,)).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Hollin Grain loaded 50,000 tonnes of maize aboard a Corvane carrier on Monday.",
        "The cargo left Velmor on the Corvane vessel, the port said.",
    ],
)
def test_the_first_word_as_a_modifier_is_the_known_body(text: str) -> None:
    assert "Corvane Bulk Shipping" in _names(text)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        # the word is used on its own too: something else ("Corvane said")
        ("Corvane said a Corvane carrier would sail on Monday.", (BODY,)),
        # two known bodies share the first word: the word alone says nothing
        (
            "The maize left aboard a Corvane carrier.",
            (BODY, KnownActor(name="Corvane Trading House", type="organization")),
        ),
        # a person's first name is no body's head
        (
            "The maize left aboard a Corvane carrier.",
            (KnownActor(name="Corvane Lindt", type="person"),),
        ),
        # a state's word is the state's
        (
            "The maize left aboard a Polish carrier.",
            (KnownActor(name="Polish Bulk Lines", type="organization"),),
        ),
    ],
)
def test_no_body_from_a_word_that_says_something_else(
    text: str, known: tuple[KnownActor, ...]
) -> None:
    assert not {"Corvane Bulk Shipping", "Corvane Trading House", "Polish Bulk Lines"} & _names(
        text, *known
    )
