"""*Use as deal seller* on a company's short form ("Brnov" for Brnov Signal Works) takes the
known actor without asking what it is, and when the cited sentence never names the seller
BriefDesk guessed, *Replace* is the default answer (newcomer24 N24-06)."""

from __future__ import annotations

from typing import Any

import pytest

from briefdesk.gui import prompts
from briefdesk.model import Actor, Deal, DealParty, Span
from briefdesk.model.codes import ActorType, DealKind, PartyRole

from .conftest import select_text, wait_idle

TEXT = (
    "Brnov Signal Works agreed a takeover on Monday.\n\n"
    "On 25 November, the metro operator Metrolux cancelled a contract awarded to Brnov in "
    "March to replace signalling. Brnov shares fell 4 percent."
)


def _procurement(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Actor]:
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    source = window.doc.brief.sources[0]
    actors = {
        "client": Actor(name="Metrolux", type=ActorType.ORGANIZATION),
        "guess": Actor(name="Czech Republic", type=ActorType.STATE, country="CZ"),
        "company": Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION),
    }
    for actor in actors.values():
        window.doc.insert_record("actors", actor)
    text = source.text
    start = text.index("On 25 November")
    end = text.index("signalling.") + len("signalling")
    cited = Span(source_id=source.id, start=start, end=end, quote=text[start:end])
    parties = [
        DealParty(actor_id=actors["client"].id, role=PartyRole.BUYER),
        DealParty(actor_id=actors["guess"].id, role=PartyRole.SELLER),
    ]
    deal = Deal(
        title="Procurement by Metrolux",
        kind=DealKind.PROCUREMENT,
        parties=parties,
        evidence=[cited],
    )
    window.doc.insert_record("deals", deal)
    window.editor.lists["deals"].select_row(0)

    def never(*_args: Any) -> Any:
        raise AssertionError("asked what a known actor's short form is")

    monkeypatch.setattr(prompts, "ask_actor_type", never)
    return actors


def test_the_short_form_is_the_known_company_and_replace_is_the_default(
    window: Any, qtbot: Any, prompt_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    actors = _procurement(window, qtbot, monkeypatch)
    select_text(window, "Brnov", occurrence=1)  # "awarded to Brnov"
    prompt_log.choice = 0  # Enter: the default button
    count = len(window.doc.brief.actors)
    window.act_seller.trigger()
    assert "['Replace Czech Republic', 'Add as a second seller']" in prompt_log.questions[-1]
    brief = window.doc.brief
    assert len(brief.actors) == count  # no new actor "Brnov"
    sellers = [p.actor_id for p in brief.deals[0].parties if p.role == PartyRole.SELLER]
    assert sellers == [actors["company"].id]


def test_adding_a_second_seller_stays_one_choice_away(
    window: Any, qtbot: Any, prompt_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    actors = _procurement(window, qtbot, monkeypatch)
    select_text(window, "Brnov", occurrence=1)
    prompt_log.choice = 1
    window.act_seller.trigger()
    sellers = [p.actor_id for p in window.doc.brief.deals[0].parties if p.role == "seller"]
    assert sellers == [actors["guess"].id, actors["company"].id]


def test_words_outside_the_cited_sentence_keep_add_as_the_default(
    window: Any, qtbot: Any, prompt_log: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _procurement(window, qtbot, monkeypatch)
    select_text(window, "Brnov Signal Works")  # the first paragraph: not the deal's sentence
    window.act_seller.trigger()
    assert "['Add as a second seller', 'Replace Czech Republic']" in prompt_log.questions[-1]
