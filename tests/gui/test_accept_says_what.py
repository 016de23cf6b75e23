"""A plain accept says what it added (newcomer17 N17-15): "Added deal “…” with buyer, seller;
Ctrl+Z undoes it.", as dismiss and merge already did; not "Accepted 1 suggestion"."""

from __future__ import annotations

from typing import Any

from briefdesk.editing.accept_said import added_words
from briefdesk.model import Actor, Brief, Deal, DealParty, Place
from briefdesk.model.codes import DealKind, PartyRole

from .conftest import wait_idle

TEXT = (
    "Zamundan Ministry of Defence has signed a $310 million contract with Falcorra Aeronautica "
    "SpA for six FX-9 attack helicopters.\n"
)


def test_the_words_name_each_record_added() -> None:
    mod, firm = Actor(name="Ministry of Defence"), Actor(name="Falcorra Aeronautica SpA")
    deal = Deal(
        title="FX-9 attack helicopters",
        kind=DealKind.ARMS_SALE,
        parties=[
            DealParty(actor_id=mod.id, role=PartyRole.BUYER),
            DealParty(actor_id=firm.id, role=PartyRole.SELLER),
        ],
    )
    before = Brief(actors=[mod])
    after = Brief(actors=[mod, firm], deals=[deal], places=[Place(name="Turin")])
    assert added_words(before, after) == (
        "Added deal “FX-9 attack helicopters” with buyer, seller, "
        "actor “Falcorra Aeronautica SpA” and place “Turin”"
    )
    assert added_words(after, after) == ""


def test_accepting_a_deal_says_what_it_added(window: Any, qtbot: Any) -> None:
    window.add_source_text(TEXT)
    wait_idle(qtbot, window)
    panel = window.suggestions_panel
    deal = next(s for s in panel.items if s.kind == "deals")
    panel.select(deal)
    panel.accept_button.click()
    said = window.statusBar().currentMessage()
    assert said.startswith("Added deal “FX-9 attack helicopters” with buyer, seller"), said
    assert said.endswith("Ctrl+Z undoes it.") and "Accepted 1" not in said
