"""newcomer20 N20-07: a further winner on a concession whose two sides are named is one box,
whose default adds it beside the companies (a second concessionaire); never a silent replace."""

from __future__ import annotations

from typing import Any

from briefdesk.gui import prompts
from briefdesk.gui.party_add import role_choices
from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

from .conftest import PromptLog, select_text, wait_idle

NOTES = (
    "Zamunda 5G auction notes\n\n"
    "The National Spectrum Authority awarded 5G licences to Volta Mobile, Ashanti Telecom and "
    "Kente Networks on Friday.\n"
)


def _concession(window: Any, qtbot: Any) -> None:
    window.add_source_text(NOTES)
    wait_idle(qtbot, window)
    nsa = Actor(name="National Spectrum Authority", type=ActorType.ORGANIZATION)
    volta = Actor(name="Volta Mobile", type=ActorType.ORGANIZATION)
    for actor in (nsa, volta):
        window.doc.insert_record("actors", actor)
    parties = [
        DealParty(actor_id=nsa.id, role=PartyRole.GRANTOR),
        DealParty(actor_id=volta.id, role=PartyRole.CONCESSIONAIRE),
    ]
    deal = Deal(title="5G licences", kind=DealKind.CONCESSION, parties=parties)
    window.doc.insert_record("deals", deal)
    window.editor.lists["deals"].select_row(0)


def test_a_further_winner_is_one_box_defaulting_to_a_second_concessionaire(
    window: Any, qtbot: Any, prompt_log: PromptLog, monkeypatch: Any
) -> None:
    _concession(window, qtbot)
    monkeypatch.setattr(prompts, "ask_actor_type", lambda *_: ActorType.ORGANIZATION)
    select_text(window, "Ashanti Telecom")
    asked = len(prompt_log.questions)
    steps = window.doc.undo_stack.count()
    window.act_party.trigger()  # Ctrl+Alt+R; prompt_log.choice 0: the default button
    assert len(prompt_log.questions) == asked + 1  # one box
    assert "Add Ashanti Telecom to 5G licences" in prompt_log.questions[-1]
    brief = window.doc.brief
    roles = [(brief.actor(p.actor_id).name, p.role) for p in brief.deals[0].parties]  # type: ignore[union-attr]
    assert roles == [
        ("National Spectrum Authority", PartyRole.GRANTOR),
        ("Volta Mobile", PartyRole.CONCESSIONAIRE),
        ("Ashanti Telecom", PartyRole.CONCESSIONAIRE),
    ]
    assert window.doc.undo_stack.count() == steps + 1
    # Cancel: nothing changes
    prompt_log.choice = None
    select_text(window, "Kente Networks")
    steps = window.doc.undo_stack.count()
    window.act_party.trigger()
    assert window.doc.undo_stack.count() == steps
    assert len(window.doc.brief.deals[0].parties) == 3


def test_pasted_markdown_notes_lose_the_hash_in_source_and_brief_titles(
    window: Any, qtbot: Any
) -> None:
    """N20-06: Ctrl+Shift+V of Markdown notes is read as the .md import reads them."""
    notes = (
        "# Zamunda 5G auction — my notes, 28 Nov 2026\n\n"
        "The National Spectrum Authority closed the auction.\n\n"
        "| Winner | Price paid |\n| --- | --- |\n| Volta Mobile | US$62.5 million |\n"
    )
    window.add_source_text(notes)
    wait_idle(qtbot, window)
    source = window.doc.brief.sources[0]
    assert source.title == "Zamunda 5G auction — my notes, 28 Nov 2026"
    window.draft_from_source()
    assert not window.doc.brief.header.title.startswith("#")
    assert "# Zamunda" not in window.sources_pane.article.toPlainText()


def test_a_party_already_on_the_other_side_is_not_added_again(
    window: Any, qtbot: Any, prompt_log: PromptLog
) -> None:
    """The one box never puts an actor on both sides: the grantor picked as a second
    concessionaire is refused with the reason in the status line."""
    _concession(window, qtbot)
    select_text(window, "National Spectrum Authority")
    prompt_log.choice = 1  # "Add as a second concessionaire" (the authority's default: grantor)
    steps = window.doc.undo_stack.count()
    window.act_party.trigger()
    assert window.doc.undo_stack.count() == steps
    assert "one actor cannot be on both sides" in window.statusBar().currentMessage()


def test_the_procurement_role_list_names_client_and_contractor() -> None:
    deal = Deal(title="Satellite", kind=DealKind.PROCUREMENT)
    words = dict((role, text) for text, role in role_choices(deal))
    assert words[PartyRole.BUYER] == "Buyer (client)"
    assert words[PartyRole.SELLER] == "Seller (contractor)"
    arms = dict(
        (role, text) for text, role in role_choices(Deal(title="X", kind=DealKind.ARMS_SALE))
    )
    assert arms[PartyRole.BUYER] == "Buyer"
