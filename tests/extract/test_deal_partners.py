"""A deal signed alike carries its partners as signatories, never as buyer or seller (round 19,
newcomer18 N18-02: the embassy note's joint venture was read with nobody on it)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _signed_alike(text: str) -> list[tuple[str, list[str]]]:
    return [
        (str(d.kind), d.signatories)
        for d in extract_text(text).deals
        if str(d.kind) in {"joint_venture", "mou", "trade_agreement"}
    ]


@pytest.mark.parametrize(
    ("text", "kind", "partners"),
    [
        (
            "Japan's Kaito Gas Corporation signed a $1.3 billion joint venture agreement with the "
            "state-owned Song Hau Gas Corporation on 6 November to build a terminal.",
            "joint_venture",
            ["Kaito Gas Corporation", "Song Hau Gas Corporation"],
        ),
        (
            "Petrobras and Sinopec Corp signed a memorandum of understanding on Tuesday to study "
            "a refinery.",
            "mou",
            ["Petrobras", "Sinopec Corp"],
        ),
        (
            "Kenya signed a trade agreement with the European Union and Norway in Brussels on "
            "Monday.",
            "trade_agreement",
            ["Kenya", "European Union", "Norway"],
        ),
        (
            "The $2 billion joint venture between Toyota Motor and Suzuki Motor will build cars.",
            "joint_venture",
            ["Toyota Motor", "Suzuki Motor"],
        ),
        (  # a state's adjective describes the partner; it is no partner itself
            "State power utility UTE signed a memorandum of understanding with Chilean company "
            "Hidrogeno Austral SpA to study a plant.",
            "mou",
            ["UTE", "Hidrogeno Austral SpA"],
        ),
        (
            "Ghana signed a memorandum of understanding with China on Monday for a $1 billion "
            "railway.",
            "mou",
            ["Ghana", "China"],
        ),
    ],
)
def test_partners_are_signatories(text: str, kind: str, partners: list[str]) -> None:
    deal = next(d for d in extract_text(text).deals if str(d.kind) == kind)
    assert deal.signatories == partners
    assert len(deal.signatory_keys) == len(partners) and all(deal.signatory_keys)
    assert not (deal.buyer or deal.seller)  # the gold conventions: no buyer or seller
    assert any(r.rule == "signatory.cue" for r in deal.why)
    shown = deal.to_json()
    assert shown["signatories"] == partners and shown["buyer"] == shown["seller"] == ""


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp signed a memorandum of understanding on Monday.",  # one side only
        # The other body is in a clause of its own, or signed another deal.
        "Kaito Gas Corporation signed a memorandum of understanding on Monday after talks that "
        "Song Hau Gas Corporation held.",
        "Kaito Gas Corporation signed a memorandum of understanding on Monday, while Song Hau "
        "Gas Corporation signed a loan with Mizuho Bank.",
        "Kaito Gas Corporation and Song Hau Gas Corporation shares rose after the memorandum of "
        "understanding was signed on Monday.",
    ],
)
def test_no_partners_without_two_joined_by_the_act(text: str) -> None:
    read = _signed_alike(text)
    assert read and all(partners == [] for _kind, partners in read)


def test_a_sale_keeps_buyer_and_seller_and_no_signatories() -> None:
    text = "Hanwha Aerospace signed a $2 billion contract with Poland for 96 howitzers."
    deal = extract_text(text).deals[0]
    assert deal.signatories == [] and "signatories" not in deal.to_json()


TABLE = (
    "Three foreign energy investments were agreed this quarter:\n"
    "Project | Investor (country) | Local partner | Value | Status\n"
    "Delta wind farm | Nordvik Energi A/S (Denmark) | Ministry of Industry and Trade | "
    "$2.1 billion | Memorandum of understanding, 21 Sep\n"
)


def test_a_table_row_names_its_partners_by_the_header() -> None:
    deal = next(d for d in extract_text(TABLE).deals if str(d.kind) == "mou")
    assert deal.signatories == ["Nordvik Energi A/S", "Ministry of Industry and Trade"]


def test_a_row_without_two_partner_columns_names_none() -> None:
    one_column = TABLE.replace("Local partner", "Ministry")
    deal = next(d for d in extract_text(one_column).deals if str(d.kind) == "mou")
    assert deal.signatories == []
