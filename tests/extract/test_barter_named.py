"""A barter named by its kind and its sides, with no price, is a deal (round 22, newcomer21
N21-13). Made-up sentences."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, set[str], str]]:
    found = extract_text(text)
    return [(d.kind, d.status, {d.buyer, d.seller}, d.label) for d in found.deals]


def test_goods_loaded_under_a_named_barter_between_two_bodies() -> None:
    text = (
        "Hollin Grain Company loaded its first maize cargo for Rastel Fertilisers Ltd under "
        "the March barter, aboard a Corvane Shipping Ltd vessel."
    )
    deals = _deals(text)
    assert len(deals) == 1
    kind, status, sides, label = deals[0]
    assert kind == "trade_agreement" and status == "in_delivery"
    assert sides == {"Hollin Grain Company", "Rastel Fertilisers Ltd"}
    assert "maize" in label or "trade" in label


def test_a_second_barter_under_negotiation_is_another_proposed_deal() -> None:
    text = (
        "Hollin Grain Company shipped 40,000 tonnes of maize to Rastel Fertilisers Ltd under "
        "the March barter. Hollin Grain Company said a second barter, for barley, was under "
        "negotiation with Rastel Fertilisers Ltd."
    )
    deals = _deals(text)
    assert [(k, s) for k, s, _sides, _l in deals] == [
        ("trade_agreement", "in_delivery"),
        ("trade_agreement", "proposed"),
    ]
    assert "barley" in deals[1][3]


def test_no_deal_from_a_barter_without_two_sides_or_denied() -> None:
    for text in (
        "Barter is common among grain traders in the region, analysts said.",
        "Hollin Grain Company said the March barter worked well.",
        "Hollin Grain Company denied that a barter with Rastel Fertilisers Ltd was planned.",
        "Hollin Grain Company asked whether a barter with Rastel Fertilisers Ltd could work?",
    ):
        assert not [d for d in _deals(text) if d[0] == "trade_agreement"], text
