"""newcomer20 (draft and window): Ctrl+D keeps the sides its own deal suggestion shows (N20-01),
and the Checks panel flags a deal whose kind wants sides and has none."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .conftest import wait_idle

REFIT = (
    "Zamunda cancels submarine refit\n\n"
    "BOGOTA - Zamunda's Ministry of Defence has cancelled a EUR 74 million contract with the "
    "German shipyard Norbeck Marine Werft (NMW) for the mid-life refit of the Navy's two Type "
    "209 submarines, after a court voided the tender.\n"
)


def test_ctrl_d_drafts_the_suggestions_buyer_and_seller(window: Any, qtbot: Any) -> None:
    from briefdesk.model.codes import DealKind

    window.add_source_text(REFIT)
    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    brief = window.doc.brief
    (deal,) = brief.deals
    roles = {brief.actor(p.actor_id).name: p.role.value for p in deal.parties}  # type: ignore[union-attr]
    assert roles == {"Ministry of Defence": "buyer", "Norbeck Marine Werft": "seller"}
    window.checks.refresh()
    assert not any("name its sides" in text for _, text in window.checks.findings())
    # Both sides removed (as the draft left them before): the Checks panel says so.
    window.doc.set_value("deals[0].parties", [])
    window.checks.refresh()
    said = [text for field, text in window.checks.findings() if field == "deals[0].parties"]
    assert any("names no parties" in text for text in said), said
    # A kind with two sides held by neither says which sides it wants (N20-02).
    window.doc.set_value("deals[0].kind", DealKind.PROCUREMENT)
    window.checks.refresh()
    said = [text for field, text in window.checks.findings() if field == "deals[0].parties"]
    assert any("with no buyer or seller: name its sides" in text for text in said), said


def test_kind_change_and_role_picks_on_a_deal_between_two_signatories(window: Any) -> None:
    """N20-02: Other → Procurement says the signatories are no buyer or seller (and the Checks
    list it); the Role list names client and contractor; naming both sides retitles
    "Deal between A and B"."""
    from briefdesk.model import Actor, Deal, DealParty
    from briefdesk.model.codes import ActorType, DealKind, PartyRole

    agency = Actor(name="Zamundan Space Agency", type=ActorType.ORGANIZATION)
    firm = Actor(name="Arvelle Launch Services", type=ActorType.ORGANIZATION)
    for actor in (agency, firm):
        window.doc.insert_record("actors", actor)
    parties = [DealParty(actor_id=a.id, role=PartyRole.SIGNATORY) for a in (agency, firm)]
    title = "Deal between Zamundan Space Agency and Arvelle Launch Services"
    window.doc.insert_record("deals", Deal(title=title, parties=parties))
    window.editor.lists["deals"].select_row(0)
    kind = next(b for b in window.editor.lists["deals"].form.bindings if b.rel == "kind")
    kind.combo.setCurrentIndex(kind.combo.findData(DealKind.PROCUREMENT))
    kind.combo.activated.emit(kind.combo.currentIndex())
    assert window.doc.brief.deals[0].kind is DealKind.PROCUREMENT
    assert "no party is its buyer or seller yet" in window.statusBar().currentMessage()
    window.checks.refresh()
    assert (
        "a procurement contract with no buyer or seller"
        in dict(window.checks.findings())["deals[0].parties"]
    )
    role = window.editor._party_role.combo
    for row, picked in ((0, PartyRole.BUYER), (1, PartyRole.SELLER)):
        window.editor.parties.select_row(row)
        assert role.itemText(0) == "Buyer (client)" and role.itemText(1) == "Seller (contractor)"
        role.setCurrentIndex(role.findData(picked))
        role.activated.emit(role.currentIndex())
    deal = window.doc.brief.deals[0]
    assert [p.role for p in deal.parties] == [PartyRole.BUYER, PartyRole.SELLER]
    assert deal.title == "Procurement by Zamundan Space Agency"
    assert "retitled" in window.statusBar().currentMessage()
    window.checks.refresh()
    assert "deals[0].parties" not in dict(window.checks.findings())


def test_ctrl_d_titles_the_brief_by_the_headline_not_the_label_line(
    window: Any, qtbot: Any
) -> None:
    """N20-04: a think-tank PDF's label line became the brief title, lower-cased."""
    from briefdesk.model import Source

    headline = "Zamunda buys a launch, and Paris pays for it"
    text = (
        "NORVIK CENTRE FOR SPACE SECURITY — COMMENTARY\n\n"
        f"{headline}\n\n"
        "On 14 October 2026 the Zamundan Space Agency signed a US$185 million contract with "
        "Arvelle Launch Services SA, officials said.\n"
    )
    source = Source(
        id="src-1", title=headline, outlet="Norvik Centre for Space Security", text=text
    )
    window.doc.insert_record("sources", source)
    window.draft_from_source()
    qtbot.waitUntil(lambda: bool(window.doc.brief.header.title), timeout=60000)
    assert window.doc.brief.header.title == headline
