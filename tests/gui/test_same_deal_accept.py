"""Accepting the other half of a deal already in the brief merges into it (newcomer13 N13-10):
one contract, one record; the status bar says so and one undo restores both."""

from __future__ import annotations

from typing import Any

from .conftest import wait_idle

ANNOUNCEMENT = (
    "Halvard Marine Systems ASA signs SEK 1.2 billion contract with the Latvian Centre for "
    "Defence Investment\n\n"
    'Halvard Marine Systems ASA ("HMS" or "the Company") today announces that it has signed a '
    "contract with the Latvian Centre for Defence Investment (LCDI) for the delivery of 24 "
    "Kestrel-M air defence launchers and associated missiles. The contract value is SEK 1.2 "
    "billion (approximately EUR 105 million). Deliveries are scheduled between 2027 and 2029.\n"
)


def _deal(panel: Any, with_item: bool) -> Any:
    return next(s for s in panel.items if s.kind == "deals" and bool(s.raw.item) == with_item)


def _value_half(window: Any) -> None:
    """The half a user (or an earlier draft) already has: the price, no item, no sides. The
    extractor now reads the announcement as one deal (N13-01), so the half is made here."""
    from decimal import Decimal

    from briefdesk.model import Deal, Money
    from briefdesk.model.codes import DealKind

    value = Money(amount=Decimal("1200000000"), currency="SEK", as_stated="SEK 1.2 billion")
    window.doc.insert_record("deals", Deal(kind=DealKind.ARMS_SALE, value=value))


def test_the_second_half_fills_the_first(window: Any, qtbot: Any) -> None:
    window.add_source_text(ANNOUNCEMENT)
    wait_idle(qtbot, window)
    _value_half(window)
    window._refresh_suggestions()
    panel = window.suggestions_panel
    assert len(window.doc.brief.deals) == 1 and window.doc.brief.deals[0].items == []
    panel.select(_deal(panel, with_item=True))
    panel.accept_button.click()
    deals = window.doc.brief.deals
    assert len(deals) == 1  # not a second half-deal beside the first
    assert deals[0].value is not None and deals[0].items[0].quantity == 24
    assert "Kestrel-M" in deals[0].items[0].designation
    assert window.statusBar().currentMessage().startswith("Merged into deal")
    window.act_undo.trigger()  # the deal as it was, and the suggestion offered again
    assert len(window.doc.brief.deals) == 1 and window.doc.brief.deals[0].items == []
    window._refresh_suggestions()
    assert _deal(panel, with_item=True) is not None
