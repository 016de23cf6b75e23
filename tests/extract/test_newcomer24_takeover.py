"""A company bought whole by another, named without a legal form (newcomer24 N24-01/N24-17):
invented wire sentences, each with negatives. The gold conventions leave the vendor of a company
bought whole empty when the text names no owner selling it; the company is the item, and the
state the article is about (the target's home, the regulator's) never sells it."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deal(text: str, as_stated: str):  # type: ignore[no-untyped-def]
    return next(d for d in extract_text(text).deals if d.value and d.value.as_stated == as_stated)


@pytest.mark.parametrize(
    ("text", "price", "buyer", "target"),
    [
        (
            "Tallinn Shipping Group backs €900 million takeover by Norvik Holdings\n\n"
            "HELSINKI, May 4 (Baltic Wire) - Finnish ferry operator Norvik Holdings has agreed "
            "to buy Estonian shipping company Tallinn Shipping Group for €900 million, the two "
            "companies said on Monday. Estonia's Economy Minister said the government would "
            "review the purchase.",
            "€900 million",
            "Norvik Holdings",
            "Tallinn Shipping Group",
        ),
        (
            "LYON, June 9 (Reuters) - Dutch packaging group Verpak Industrie will acquire "
            "Polish carton maker Poznan Board Mills for $640 million, it said on Tuesday. "
            "Poland's competition office must approve the sale.",
            "$640 million",
            "Verpak Industrie",
            "Poznan Board Mills",
        ),
    ],
)
def test_a_company_bought_whole_has_no_state_seller(
    text: str, price: str, buyer: str, target: str
) -> None:
    deal = _deal(text, price)
    assert (deal.kind, deal.buyer, deal.seller, deal.item) == ("acquisition", buyer, "", target)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        # goods bought from a company: no takeover
        (
            "Estonia agreed to buy Sentinel radars from Norvik Holdings for €90 million.",
            "€90 million",
        ),
        # goods named with a maker before them: the last word is no name
        ("Estonia will buy Norvik patrol boats for €60 million.", "€60 million"),
    ],
)
def test_goods_bought_are_no_takeover(text: str, price: str) -> None:
    assert _deal(text, price).kind != "acquisition"


def test_a_stake_keeps_its_reading() -> None:
    deal = _deal(
        "Norvik Holdings agreed to buy a 30% stake in Tallinn Shipping Group from Baltic "
        "Partners for €200 million.",
        "€200 million",
    )
    assert (deal.kind, deal.buyer) == ("acquisition", "Norvik Holdings")
    assert "stake" in deal.item  # the stake, not the whole company, is what is bought


# N24-03: a wire's short month and day before an apposition is a date, never an organisation.
@pytest.mark.parametrize(
    "text",
    [
        "On Oct 14, the port operator Baltrans said it had ended the lease.",
        "On Sept. 9, the state carrier Aerolinia cancelled the order.",
    ],
)
def test_a_short_month_date_is_no_organisation(text: str) -> None:
    names = {a.name for a in extract_text(text).actors}
    assert not any(name[:3] in {"Oct", "Sep"} for name in names)


def test_an_organisation_with_a_month_word_stays() -> None:
    text = "The contract went to Mar Azul Shipping, the port operator, on Monday."
    assert "Mar Azul Shipping" in {a.name for a in extract_text(text).actors}
