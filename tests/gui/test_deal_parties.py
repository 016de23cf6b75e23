""" "Use as deal buyer/seller": an existing actor first, else a type guessed from the words,
else the user's answer to a small type question."""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk.gui import prompts
from briefdesk.gui.actor_type_dialog import ActorTypeDialog
from briefdesk.model import Actor
from briefdesk.model.codes import ActorType, PartyRole

from .conftest import select_text, wait_idle

ARTICLE = (
    "The Pakistan Air Force will hand over JF-17 jets after the Azerbaijani government paid "
    "$1.6 billion, said Zafar Kareem, while Azerbaijan's ministry stayed silent. "
    "Orbis Arms brokered the sale."
)


class Questions(list[str]):
    """Words the type question was asked about; ``answer`` is what the user picks."""

    answer: ActorType | None = ActorType.PERSON


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()

    def fake(_parent: object, words: str) -> ActorType | None:
        questions.append(words)
        return questions.answer

    monkeypatch.setattr(prompts, "ask_actor_type", fake)
    return questions


def _with_article(window: Any, qtbot: Any) -> None:
    window.add_source_text(ARTICLE)
    wait_idle(qtbot, window)


def _party(window: Any, words: str, role: PartyRole) -> Actor:
    select_text(window, words)
    window.link_party(role)
    deal = window.doc.brief.deals[0]
    party = next(p for p in deal.parties if p.role == role)
    return next(a for a in window.doc.brief.actors if a.id == party.actor_id)


def test_an_existing_actor_is_matched_by_alias_ignoring_case(
    window: Any, qtbot: Any, asked: Questions
) -> None:
    _with_article(window, qtbot)
    window.doc.insert_record(
        "actors", Actor(name="Republic of Azerbaijan", type=ActorType.STATE, aliases=["AZERBAIJAN"])
    )
    select_text(window, "Azerbaijan", 1)  # the name in "Azerbaijan's", not in "Azerbaijani"
    window.link_party(PartyRole.BUYER)
    party = next(p for p in window.doc.brief.deals[0].parties if p.role == PartyRole.BUYER)
    actor = next(a for a in window.doc.brief.actors if a.id == party.actor_id)
    assert actor.name == "Republic of Azerbaijan"
    assert len(window.doc.brief.actors) == 1
    assert [s.quote for s in actor.evidence] == ["Azerbaijan"]
    assert asked == []


def test_country_name_and_demonym_become_the_state_with_its_code(
    window: Any, qtbot: Any, asked: Questions
) -> None:
    _with_article(window, qtbot)
    buyer = _party(window, "Azerbaijani", PartyRole.BUYER)
    assert (buyer.name, buyer.type, buyer.country) == ("Azerbaijan", ActorType.STATE, "AZ")
    assert buyer.aliases == ["Azerbaijani"]
    # The same state named again is matched, not added twice.
    again = _party(window, "Azerbaijan", PartyRole.BUYER)
    assert again.id == buyer.id
    assert len(window.doc.brief.actors) == 1
    assert asked == []


def test_organisation_cue_words_give_an_organisation_of_its_country(
    window: Any, qtbot: Any, asked: Questions
) -> None:
    _with_article(window, qtbot)
    seller = _party(window, "Pakistan Air Force", PartyRole.SELLER)
    assert (seller.type, seller.country) == (ActorType.ORGANIZATION, "PK")
    assert seller.name == "Pakistan Air Force"
    assert asked == []


def test_words_that_do_not_tell_ask_for_the_type(window: Any, qtbot: Any, asked: Questions) -> None:
    _with_article(window, qtbot)
    # (round 23: a name the source's suggestions list is that suggestion, its type known)
    broker = _party(window, "Zafar Kareem", PartyRole.SELLER)
    assert asked == []
    assert broker.type == ActorType.PERSON
    asked.answer = ActorType.ORGANIZATION
    firm = _party(window, "Orbis Arms", PartyRole.BUYER)
    assert asked == ["Orbis Arms"]
    assert firm.type == ActorType.ORGANIZATION


def test_cancelling_the_type_question_changes_nothing(
    window: Any, qtbot: Any, asked: Questions
) -> None:
    _with_article(window, qtbot)
    asked.answer = None
    steps = window.doc.undo_stack.count()
    select_text(window, "Orbis Arms")
    window.link_party(PartyRole.BUYER)
    assert asked == ["Orbis Arms"]
    assert window.doc.brief.actors == [] and window.doc.brief.deals == []
    assert window.doc.undo_stack.count() == steps


def test_type_dialog_returns_the_choice(qtbot: Any) -> None:
    dialog = ActorTypeDialog("Orbis Arms")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ActorType.ORGANIZATION
    dialog.choose(ActorType.INTERNATIONAL_ORGANIZATION)
    assert dialog.chosen() == ActorType.INTERNATIONAL_ORGANIZATION
    dialog.choose(ActorType.PERSON)
    assert dialog.chosen() == ActorType.PERSON


def test_a_demonym_or_possessive_finds_the_state_already_listed(
    window: Any, qtbot: Any, asked: Questions
) -> None:
    _with_article(window, qtbot)
    window.doc.insert_record(
        "actors", Actor(name="Republic of Azerbaijan", type=ActorType.STATE, country="AZ")
    )
    buyer = _party(window, "Azerbaijani", PartyRole.BUYER)
    assert buyer.name == "Republic of Azerbaijan"
    again = _party(window, "Azerbaijan's", PartyRole.BUYER)
    assert again.id == buyer.id
    assert len(window.doc.brief.actors) == 1
    assert {s.quote for s in buyer.evidence} | {s.quote for s in again.evidence} >= {
        "Azerbaijani",
        "Azerbaijan's",
    }
    assert asked == []
