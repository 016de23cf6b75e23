"""A contract award notice's numbered fields (round 13, N13-03): made-up notices. "1. Name of
successful bidder:" names the seller, "2. Contract price:" the value line, "Title of contract:"
the item (without its works noun, its count apart), and a currency spelled out ("... United
States dollars") names no state; with negatives that must not change."""

from __future__ import annotations

from briefdesk.extract import extract_text

_NOTICE = (
    "CONTRACT AWARD NOTICE\n\n"
    "Contracting authority: Ministry of Water and Sanitation, Republic of Malawi\n"
    "{title}\n\n"
    "1. Name of successful bidder: Orvento Hydro Engineering Ltd (Portugal)\n"
    "2. Contract price: USD 96,300,000.00 (ninety-six million three hundred thousand United "
    "States dollars)\n"
    "3. Date of award: 2 March 2026\n"
)


def _deal(text: str) -> tuple[str, int | None, str, str, str | None]:
    deal = extract_text(text).deals[0]
    value = deal.value.as_stated if deal.value else None
    return deal.item, deal.quantity, deal.buyer, deal.seller, value


def test_numbered_fields_give_seller_buyer_value_and_item() -> None:
    text = _NOTICE.format(title="Title of contract: Construction of the Lilongwe-Salima pipeline")
    assert _deal(text) == (
        "Lilongwe-Salima pipeline",
        None,
        "Ministry of Water and Sanitation",
        "Orvento Hydro Engineering Ltd",
        "USD 96,300,000.00",
    )


def test_a_contract_title_with_a_count() -> None:
    text = _NOTICE.format(title="Contract title: Supply of 40 borehole pumps")
    assert _deal(text)[:2] == ("borehole pumps", 40)


def test_a_notice_without_a_title_field_keeps_no_item_from_it() -> None:
    text = _NOTICE.format(title="Reference: MWS/ICB/2026/04")
    assert _deal(text)[0] != "MWS/ICB/2026/04"


def test_a_currency_spelled_out_is_no_state() -> None:
    text = _NOTICE.format(title="Title of contract: Supply of 40 borehole pumps")
    states = {a.name for a in extract_text(text).actors if a.type.value == "state"}
    assert "United States" not in states
    assert "Portugal" in states


def test_a_state_before_other_words_stays_a_state() -> None:
    text = "The United States signed a $40 million deal with Kenya. New Zealand officials agreed."
    states = {a.name for a in extract_text(text).actors if a.type.value == "state"}
    assert {"United States", "New Zealand", "Kenya"} <= states
