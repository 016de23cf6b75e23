"""New deal from selection and Use as deal buyer on newcomer22's findings (N22-05, N22-06), with
made-up sentences, positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.editing.deal_from_text import deal_from_selection
from briefdesk.editing.linking import bare_name, guess_actor
from briefdesk.model import Actor, Brief, Source
from briefdesk.model.codes import ActorType, DealKind

_BEFORE = (
    "Koro Lime and Estel Yapi signed a joint venture to build a lime kiln at Pemba."
    " The venture, Pemba Kiln Company, will be owned 60 per cent by Koro Lime and 30 per cent"
    " by Estel Yapi. "
)


def _sides(text: str, selected: str, actors: list[Actor]) -> tuple[dict[str, str], list[str]]:
    source = Source(title="Made up", text=text)
    brief = Brief(sources=[source], actors=actors)
    start = text.index(selected)
    made = deal_from_selection(brief, source, start, start + len(selected))
    names = {a.id: a.name for a in [*brief.actors, *made.new_actors]}
    assert made.deal.kind == DealKind.ACQUISITION
    return {names[p.actor_id]: p.role.value for p in made.deal.parties}, [
        a.name for a in made.new_actors
    ]


def _known() -> list[Actor]:
    return [
        Actor(name="Koro Lime", type=ActorType.ORGANIZATION),
        Actor(name="Pemba Kiln Company", type=ActorType.ORGANIZATION),
    ]


@pytest.mark.parametrize(
    "selected",
    [
        "The Zanj Development Fund will take the remaining 10 per cent equity stake for $4 million",
        "Zanj Development Fund takes a 10 per cent stake for US$4 million",
        "Zanj Development Fund took the remaining stake for US$4 million",
    ],
)
def test_bare_stake_buyer_is_subject_and_target_the_body_before(selected: str) -> None:
    sides, new = _sides(_BEFORE + selected + ".", selected, _known())
    assert sides == {"Zanj Development Fund": "buyer", "Pemba Kiln Company": "seller"}
    assert new == ["Zanj Development Fund"]  # added, as the README promises


def test_stake_in_a_named_company_takes_no_body_from_before() -> None:
    selected = (
        "Zanj Development Fund will take a 10 per cent stake in Mafia Salt Works for US$4 million"
    )
    sides, _new = _sides(_BEFORE + selected + ".", selected, _known())
    assert "Pemba Kiln Company" not in sides


def test_target_lacking_from_the_brief_is_added() -> None:
    selected = "Zanj Development Fund will take the remaining 10 per cent stake"
    sides, new = _sides(_BEFORE + selected + ".", selected, [])
    assert sides.get("Zanj Development Fund") == "buyer"
    assert sides.get("Pemba Kiln Company") == "seller"  # the sentence before's first body
    assert "Pemba Kiln Company" in new


# N22-05: a selected name loses its leading article; a region's demonym gives no country.
@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("The Zanj Development Fund", "Zanj Development Fund"),
        ("the Pakistan Air Force", "Pakistan Air Force"),
        ("The Hague", "The Hague"),
        ("The Gambia", "The Gambia"),
        ("Pakistan's", "Pakistan"),
    ],
)
def test_selected_name_drops_leading_article(words: str, name: str) -> None:
    assert bare_name(words) == name


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("The Indian Ocean Development Bank", ""),
        ("Arabian Sea Shipping Council", ""),
        ("Indian Navy", "IN"),
        ("the Pakistan Air Force", "PK"),
    ],
)
def test_region_in_selected_name_gives_no_country(words: str, code: str) -> None:
    assert guess_actor(words) == ("organization", code)
