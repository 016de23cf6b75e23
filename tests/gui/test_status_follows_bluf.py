"""Setting a deal's status in its editor makes a drafted BLUF follow, in one undo step, and the
status line says so (round 22, newcomer22 N22-01: a lease set to Signed still "has cancelled the
lease"). Made-up brief."""

from __future__ import annotations

from typing import Any

from briefdesk.model import Actor, Deal, DealParty
from briefdesk.model.codes import ActorType, DealKind, DealStatus, PartyRole

_DRAFTED = "The Norvalian Navy has cancelled the purchase of three patrol boats from Harbourline."


def test_a_status_change_makes_the_drafted_bluf_follow(window: Any) -> None:
    navy = Actor(name="Norvalian Navy", type=ActorType.ORGANIZATION)
    yard = Actor(name="Harbourline", type=ActorType.ORGANIZATION)
    for actor in (navy, yard):
        window.doc.insert_record("actors", actor)
    deal = Deal(
        title="Patrol boats",
        kind=DealKind.ARMS_SALE,
        status=DealStatus.CANCELLED,
        parties=[
            DealParty(actor_id=navy.id, role=PartyRole.BUYER),
            DealParty(actor_id=yard.id, role=PartyRole.SELLER),
        ],
    )
    window.doc.insert_record("deals", deal)
    window.doc.set_value("bluf", _DRAFTED)
    window.doc.set_value("drafted", {"bluf": _DRAFTED})
    window.editor.lists["deals"].select_row(0)
    status = next(b for b in window.editor.lists["deals"].form.bindings if b.rel == "status")
    steps = window.doc.undo_stack.count()
    status.combo.setCurrentIndex(status.combo.findData(DealStatus.SIGNED))
    status.combo.activated.emit(status.combo.currentIndex())
    brief = window.doc.brief
    assert brief.deals[0].status is DealStatus.SIGNED
    assert "cancel" not in brief.bluf and "signed" in brief.bluf
    assert window.doc.undo_stack.count() == steps + 1
    assert "BLUF followed" in window.statusBar().currentMessage()
    window.doc.undo_stack.undo()
    assert window.doc.brief.bluf == _DRAFTED
    assert window.doc.brief.deals[0].status is DealStatus.CANCELLED


def test_accepting_a_signed_date_signs_a_reported_deal_in_one_step(window: Any) -> None:
    import datetime as dt

    from briefdesk.extract.results import DateSuggestion
    from briefdesk.gui.suggestions import Suggestion
    from briefdesk.model import Source, Span

    text = "Ostmark and Velorra signed the accord in Port Amsel on 3 November 2026."
    window.doc.insert_record("sources", Source(id="src-1", title="Release", text=text))
    window.doc.insert_record("deals", Deal(title="Accord", kind=DealKind.CONCESSION))
    window.editor.lists["deals"].select_row(0)
    words = "3 November 2026"
    start = text.index(words)
    raw = DateSuggestion(words, dt.date(2026, 11, 3), "day", [(start, start + len(words))])
    span = Span(source_id="src-1", start=start, end=start + len(words), quote=words)
    steps = window.doc.undo_stack.count()
    window.accept_suggestions([Suggestion("dates", raw.label, "src-1", [span], raw, name=words)])
    deal = window.doc.brief.deals[0]
    assert deal.dates.signed == dt.date(2026, 11, 3)
    assert deal.status is DealStatus.SIGNED  # shown as a concession's "Granted"
    assert "status now granted" in window.statusBar().currentMessage()
    assert window.doc.undo_stack.count() == steps + 1
    window.doc.undo_stack.undo()
    assert window.doc.brief.deals[0].status is DealStatus.REPORTED
