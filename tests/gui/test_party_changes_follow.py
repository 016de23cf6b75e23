"""In the window, another actor picked in a party's Actor list, a party removed, or a buyer put
right in *Edit & accept* carries the drafted BLUF and titles along in one undo step, and the
status line says what followed or what was kept (newcomer24 N24-05, N24-12)."""

from __future__ import annotations

from typing import Any

from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, PartyRole

from .test_deal_accept_dialog import _deal_panel, answer_in_dialog  # noqa: F401

BUYER = Actor(name="Halvard Rail", type=ActorType.ORGANIZATION)
STATE = Actor(name="Czech Republic", type=ActorType.STATE, country="CZ")
TARGET = Actor(name="Brnov Signal Works", type=ActorType.ORGANIZATION)
BLUF = "Halvard Rail has agreed to buy a stake from the Czech Republic for $900 million."


def _takeover(window: Any, bluf: str = BLUF, drafted: bool = True) -> None:
    for actor in (BUYER, STATE, TARGET):
        window.doc.insert_record("actors", actor.model_copy())
    parties = [
        DealParty(actor_id=BUYER.id, role=PartyRole.BUYER),
        DealParty(actor_id=STATE.id, role=PartyRole.SELLER),
    ]
    deal = Deal(title="Acquisition by Halvard Rail", kind=DealKind.ACQUISITION, parties=parties)
    window.doc.insert_record("deals", deal)
    window.doc.set_value("bluf", bluf)
    window.doc.set_value("drafted", {"bluf": bluf} if drafted else {})
    window.show_status("Kind set to acquisition: deal title and BLUF followed (Ctrl+Z undoes it).")
    window.editor.lists["deals"].select_row(0)
    window.editor.parties.select_row(1)


def _pick(window: Any, actor: Actor) -> None:
    combo = window.editor._party_actor.combo
    combo.setCurrentIndex(combo.findData(actor.id))
    combo.activated.emit(combo.currentIndex())


def test_another_actor_in_the_party_list_the_drafted_bluf_follows_undone_together(
    window: Any,
) -> None:
    _takeover(window)
    steps = window.doc.undo_stack.count()
    _pick(window, TARGET)
    brief = window.doc.brief
    assert brief.deals[0].parties[1].actor_id == TARGET.id
    assert "Brnov Signal Works" in brief.bluf and "Czech Republic" not in brief.bluf
    assert window.doc.undo_stack.count() == steps + 1
    said = window.statusBar().currentMessage()
    assert (
        said.startswith("Brnov Signal Works in place of Czech Republic") and "BLUF followed" in said
    )
    window.doc.undo_stack.undo()
    brief = window.doc.brief
    assert brief.deals[0].parties[1].actor_id == STATE.id and brief.bluf == BLUF


def test_a_bluf_the_analyst_typed_is_kept_and_the_status_line_says_so(window: Any) -> None:
    mine = "The Czech Republic is selling, in my words."
    _takeover(window, bluf=mine, drafted=False)
    _pick(window, TARGET)
    assert window.doc.brief.bluf == mine
    said = window.statusBar().currentMessage()
    assert "BLUF you wrote still names Czech Republic: not changed" in said
    assert "Ctrl+D" in said and "BLUF followed" not in said


def test_a_party_removed_the_drafted_bluf_follows_and_undo_restores_both(window: Any) -> None:
    _takeover(window)
    window.editor.parties.remove_current()
    brief = window.doc.brief
    assert [p.actor_id for p in brief.deals[0].parties] == [BUYER.id]
    assert "Czech Republic" not in brief.bluf
    assert "Czech Republic removed from" in window.statusBar().currentMessage()
    window.doc.undo_stack.undo()
    brief = window.doc.brief
    assert len(brief.deals[0].parties) == 2 and brief.bluf == BLUF


def test_a_buyer_put_right_in_edit_and_accept_retitles_a_title_left_as_made(
    window: Any,
    qtbot: Any,
    answer_in_dialog: dict[str, Any],  # noqa: F811
) -> None:
    panel = _deal_panel(window, qtbot)
    answer_in_dialog["values"] = {"Item": "", "Buyer": "Caspian Energy Trading"}
    panel.edit_button.click()
    deal = window.doc.brief.deals[0]
    assert "Caspian Energy Trading" in deal.title and "Azerbaijan" not in deal.title


def test_a_title_typed_in_edit_and_accept_is_kept(
    window: Any,
    qtbot: Any,
    answer_in_dialog: dict[str, Any],  # noqa: F811
) -> None:
    panel = _deal_panel(window, qtbot)
    answer_in_dialog["values"] = {"Title": "My jets", "Buyer": "Caspian Energy Trading"}
    panel.edit_button.click()
    assert window.doc.brief.deals[0].title == "My jets"
