"""Round 20, the window: what Ctrl+D and Ctrl+Alt+N write (made-up sources throughout).

A consortium's two lenders in the title and BLUF; a venture's "Japanese partner" named; a buyer
with no second side titled by what it does, with the only state the source names; a deal built
from a selection titled by its sides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from .conftest import select_text, wait_idle

LOAN = (
    "Zambia signs dam loan with two banks\n\n"
    "LUSAKA, 4 March 2026 - The Ministry of Finance of Zambia on Tuesday signed a US$620 million "
    "loan agreement with a consortium of Harwick Bank and the Tellmar Development Bank to finance "
    "the Lusiwa Gorge hydropower dam.\n\n"
    "Harwick Bank provides US$400 million and the Tellmar Development Bank US$220 million, the "
    "ministry said.\n"
)
VENTURE = (
    "Halong Shipbuilding forms venture with Japanese partner\n\n"
    "HANOI, 2 June 2026 - Vietnam's Halong Shipbuilding Corporation and Tsurumi Heavy Industries "
    "of Japan have agreed to build patrol vessels together.\n\n"
    "Halong Shipbuilding Corporation on Tuesday signed a joint venture agreement with its "
    "Japanese partner to build the vessels at Haiphong. The Japanese partner will hold "
    "49 percent.\n"
)
PURCHASE = (
    "Helicopter purchase approved\n\n"
    "BELGRADE, 9 October 2026 - The National Assembly on Thursday approved the Interior "
    "Ministry's EUR 290 million purchase of twelve VA-140 helicopters, the speaker said.\n\n"
    "Deliveries start in 2028.\n"
)
SALE = "Norland signed a contract to buy 18 K9 howitzers from Kessler Arms for $900 million.\n"


def _drafted(window: Any, qtbot: Any, text: str) -> Any:
    window.add_source_text(text)
    wait_idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    return window.doc.brief


def _parties(brief: Any) -> list[tuple[str, str]]:
    return [(brief.actor(p.actor_id).name, p.role.value) for p in brief.deals[0].parties]


def test_a_consortium_loan_names_both_lenders(window: Any, qtbot: Any) -> None:
    brief = _drafted(window, qtbot, LOAN)
    lenders = [name for name, role in _parties(brief) if role == "lender"]
    assert lenders == ["Harwick Bank", "Tellmar Development Bank"]
    assert brief.header.title.startswith("Harwick Bank and Tellmar Development Bank loan to ")
    assert brief.bluf.startswith(
        "Harwick Bank and the Tellmar Development Bank have signed a loan agreement worth "
        "US$620 million with "
    )


def test_a_ventures_japanese_partner_is_the_japanese_company(window: Any, qtbot: Any) -> None:
    brief = _drafted(window, qtbot, VENTURE)
    assert _parties(brief) == [
        ("Halong Shipbuilding Corporation", "signatory"),
        ("Tsurumi Heavy Industries", "signatory"),
    ]
    assert brief.bluf.startswith(
        "Halong Shipbuilding Corporation and Tsurumi Heavy Industries have signed"
    )


def test_one_side_titled_by_what_it_does_with_the_sources_only_state(
    window: Any, qtbot: Any
) -> None:
    brief = _drafted(window, qtbot, PURCHASE)
    assert brief.header.title == "Serbia's Interior Ministry to buy VA-140 helicopters"
    ministry = next(a for a in brief.actors if a.name == "Interior Ministry")
    assert ministry.country == "RS"
    said = window.statusBar().currentMessage()
    assert "Serbia as the country of Interior Ministry (the only state the source names)" in said


def test_a_deal_from_selection_is_titled_by_its_sides(window: Any, qtbot: Any) -> None:
    window.add_source_text(SALE)
    wait_idle(qtbot, window)
    select_text(window, SALE.strip())
    window.act_deal_from.trigger()
    deal = window.doc.brief.deals[-1]
    assert deal.title == "Kessler Arms to sell K9 howitzers to Norland"
    assert "Kessler Arms to sell K9 howitzers to Norland" in window.statusBar().currentMessage()
