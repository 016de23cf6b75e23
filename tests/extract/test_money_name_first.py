"""An amount with its currency's name first (round 13, N13-29): "at a unit price of CFA francs
3.1 billion", "Swiss francs 40 million", "Kenya shillings 2.4 billion" — made-up minutes and
notices; a name before a number without a scale word is no amount."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "stated", "currency"),
    [
        (
            "2.1 The Commission noted that Ghana will purchase four patrol boats from the "
            "Ivorian yard Chantiers Navals d'Abidjan (CNA) at a unit price of CFA francs 3.1 "
            "billion.",
            "CFA francs 3.1 billion",
            "XOF",
        ),
        (
            "The ministry paid Swiss francs 40 million to Helvetor AG for 12 trainers.",
            "Swiss francs 40 million",
            "CHF",
        ),
        (
            "Kenya will buy 3 ferries from Dockyard Ltd for Kenya shillings 2.4 billion.",
            "Kenya shillings 2.4 billion",
            "KES",
        ),
    ],
)
def test_currency_name_before_the_figure(text: str, stated: str, currency: str) -> None:
    values = [(d.value.as_stated, d.value.currency) for d in extract_text(text).deals if d.value]
    assert values == [(stated, currency)]


def test_a_name_before_a_plain_number_is_no_amount() -> None:
    text = "Kenya will buy 3 ferries from Dockyard Ltd; the port fee is francs 30 per tonne."
    assert all(d.value is None for d in extract_text(text).deals)


def test_an_amount_read_the_usual_way_is_not_read_twice() -> None:
    text = "Kenya will buy 3 ferries from Dockyard Ltd for 2.4 billion Kenya shillings."
    values = [d.value.as_stated for d in extract_text(text).deals if d.value]
    assert values == ["2.4 billion Kenya shillings"]
