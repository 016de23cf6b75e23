"""A deal's made-up title is short enough for a heading: what is traded, no arrow, no parties
(newcomer6 F18); without an item, the kind and the receiving side."""

from __future__ import annotations

from types import SimpleNamespace

from briefdesk.editing.accept import deal_title


def _deal(**fields: str) -> SimpleNamespace:
    base = {"item": "", "kind": "arms_sale", "buyer": "", "seller": ""}
    return SimpleNamespace(**{**base, **fields})


def test_an_item_is_the_title_without_its_parties() -> None:
    deal = _deal(
        item="K9 Thunder self-propelled howitzers",
        buyer="Defence Materiel Agency",
        seller="Hanwha Aerospace",
    )
    assert deal_title(deal) == "K9 Thunder self-propelled howitzers"


def test_without_an_item_the_kind_and_the_receiving_side() -> None:
    assert deal_title(_deal(buyer="Norway", seller="Kongsberg")) == "Arms sale to Norway"
    assert deal_title(_deal(kind="loan", buyer="Ghana", seller="World Bank")) == "Loan to Ghana"
    assert deal_title(_deal(seller="Kongsberg")) == "Arms sale from Kongsberg"
    assert deal_title(_deal()) == "Arms sale"
    assert deal_title(_deal(kind=""), "fallback") == "fallback"
