"""Further parties named on one side of a deal go to more_buyers / more_sellers (round 19):
"a loan led by A and B", "A and B will jointly finance", "a consortium of A, B and C"."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _sides(text: str) -> list[tuple[str, list[str], str, list[str]]]:
    return [(d.buyer, d.more_buyers, d.seller, d.more_sellers) for d in extract_text(text).deals]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Harlow Minerals plc will fund the purchase with a $900 million loan from lenders led "
            "by Banco Meridional and Kiyomi Bank.",
            ("Harlow Minerals plc", [], "Banco Meridional", ["Kiyomi Bank"]),
        ),
        (
            "Banco Meridional and Kiyomi Bank will jointly finance the $900 million loan to "
            "Harlow Minerals plc.",
            ("Harlow Minerals plc", [], "Banco Meridional", ["Kiyomi Bank"]),
        ),
        (
            "A consortium of Hyundai Engineering Co, Samsung Construction Ltd and Daewoo Builders "
            "Ltd won the $3 billion contract from the Ministry of Transport.",
            (
                "Ministry of Transport",
                [],
                "Hyundai Engineering Co",
                ["Samsung Construction Ltd", "Daewoo Builders Ltd"],
            ),
        ),
        (
            "Pakistan will sell JF-17 jets worth $1.6 billion to Azerbaijan and Kazakhstan.",
            ("Azerbaijan", ["Kazakhstan"], "Pakistan", []),
        ),
        (
            "Poland signed a $2.6 billion contract with Hanwha Aerospace and Hyundai Rotem Co for "
            "tanks.",
            ("Poland", [], "Hanwha Aerospace", ["Hyundai Rotem Co"]),
        ),
    ],
)
def test_co_parties_on_a_side(text: str, sides: tuple[str, list[str], str, list[str]]) -> None:
    assert _sides(text) == [sides]
    deal = extract_text(text).deals[0]
    assert any(r.rule.endswith(".co-party") for r in deal.why)
    assert deal.to_json()["buyer"] == sides[0] and deal.to_json()["seller"] == sides[2]


@pytest.mark.parametrize(
    "text",
    [
        # A pair with no word giving it to one side: who buys is the sides rules' business.
        "Hanwha Aerospace and Poland's Ministry of National Defence signed a $2.6 billion "
        "contract for 96 howitzers.",
        # "X, the ministry said": a comma without "and" is an apposition, not a list.
        "The Peruvian Army signed a $300 million contract to buy 30 armoured carriers from "
        "Hanseong Defense Systems, the Ministry of Defence said.",
        # The other co-ordinated name is in another clause.
        "Kenya took a $500 million loan from the World Bank, and Uganda said it would follow.",
    ],
)
def test_no_co_parties_without_a_list_given_to_one_side(text: str) -> None:
    deals = extract_text(text).deals
    assert deals and all(not (d.more_buyers or d.more_sellers) for d in deals)
