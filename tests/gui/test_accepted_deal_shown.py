"""The deal just accepted is the deal on screen, and "the side it lacks" finds the deal that
lacks one (newcomer23 N23-11, N23-20)."""

from __future__ import annotations

from typing import Any

from briefdesk.editing.accept_said import added_words
from briefdesk.model import Actor, Brief, Deal, DealParty
from briefdesk.model.codes import DealKind, PartyRole

from .conftest import select_text, wait_idle

TEXT = (
    "The Harbour Ministry granted a 20-year concession to Keldon Terminals. The Treasury also "
    "signed a $90 million loan with the Coastal Investment Bank.\n"
)


def _concession(window: Any) -> None:
    ministry, keldon = Actor(name="Harbour Ministry"), Actor(name="Keldon Terminals")
    window.doc.insert_record("actors", ministry)
    window.doc.insert_record("actors", keldon)
    deal = Deal(
        title="20-year concession",
        kind=DealKind.CONCESSION,
        parties=[
            DealParty(actor_id=ministry.id, role=PartyRole.GRANTOR),
            DealParty(actor_id=keldon.id, role=PartyRole.CONCESSIONAIRE),
        ],
    )
    window.doc.insert_record("deals", deal)
    window.editor.lists["deals"].select_row(0)


def test_accepting_a_deal_shows_it_and_the_party_goes_to_it(window: Any, qtbot: Any) -> None:
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    _concession(window)
    assert window.editor.selected_record() == "deals[0]"
    panel = window.suggestions_panel
    loan = next(s for s in panel.items if s.kind == "deals" and "loan" in s.label.lower())
    panel.select(loan)
    panel.accept_button.click()
    assert len(window.doc.brief.deals) == 2
    assert window.editor.selected_record() == "deals[1]"  # the loan, not the concession
    borrower = window.doc.brief.deals[1]
    if any(p.role == PartyRole.BORROWER for p in borrower.parties):
        return  # the reading found the borrower itself: nothing lacks
    select_text(window, "Treasury")
    window.link_party(None)
    roles = [p.role for p in window.doc.brief.deals[1].parties]
    assert PartyRole.BORROWER in roles
    assert len(window.doc.brief.deals[0].parties) == 2  # the concession untouched


def test_the_side_it_lacks_goes_to_the_one_deal_lacking_one(window: Any, qtbot: Any) -> None:
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    _concession(window)
    bank = Actor(name="Coastal Investment Bank")
    window.doc.insert_record("actors", bank)
    loan = Deal(
        title="Loan",
        kind=DealKind.LOAN,
        parties=[DealParty(actor_id=bank.id, role=PartyRole.LENDER)],
    )
    window.doc.insert_record("deals", loan)
    window.editor.lists["deals"].select_row(0)  # the concession on screen names both sides
    select_text(window, "Treasury")
    window.link_party(None)
    assert [p.role for p in window.doc.brief.deals[1].parties] == [
        PartyRole.LENDER,
        PartyRole.BORROWER,
    ]
    assert len(window.doc.brief.deals[0].parties) == 2
    assert window.editor.selected_record() == "deals[1]"


def test_two_signatories_are_both_said() -> None:
    a, b = Actor(name="Varona"), Actor(name="Tessaly")
    deal = Deal(
        title="Naval training",
        kind=DealKind.MOU,
        parties=[
            DealParty(actor_id=a.id, role=PartyRole.SIGNATORY),
            DealParty(actor_id=b.id, role=PartyRole.SIGNATORY),
        ],
    )
    said = added_words(Brief(actors=[a]), Brief(actors=[a, b], deals=[deal]))
    assert said == (
        "Added deal “Naval training” with signatories “Varona” and “Tessaly” and actor “Tessaly”"
    )
