"""A table of lots or orders (round 13, N13-40): made-up award notices. Each priced row is a
deal whatever words it has, its supplier the seller (a firm with no cue in its name too), its
count and item from their columns, and the buyer from the line above the table that announces
the awards; with negatives that must not change."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text

_NOTICE = (
    "Award of framework contracts\n\n"
    "{intro}\n\n"
    "{header}\n"
    "1 | Field ambulances | 24 | Veltra Motors (Italy) | EUR 9.6 million\n"
    "2 | Satellite phones | 2,500 | Orbisat (France) | USD 3.1 million\n"
    "3 | Water purification units | 12 | Aquanor Teknik (Norway) | USD 1.4 million\n\n"
    "Deliveries begin next year, the secretary said.\n"
)
_ROWS = {
    ("Field ambulances", 24, "Veltra Motors"),
    ("Satellite phones", 2500, "Orbisat"),
    ("Water purification units", 12, "Aquanor Teknik"),
}


def _rows(text: str) -> set[tuple[str, int | None, str]]:
    return {(d.item, d.quantity, d.seller) for d in extract_text(text).deals}


@pytest.mark.parametrize(
    "header",
    [
        "Lot | Item | Quantity | Supplier | Value",
        "No. | Description | Qty | Contractor | Contract value",
        "Lot | Equipment | Units | Successful bidder (supplier) | Price",
    ],
)
def test_every_priced_row_is_a_deal_with_its_supplier(header: str) -> None:
    intro = "The Ministry of Health of Ghana announces the award of the following lots:"
    text = _NOTICE.format(intro=intro, header=header)
    assert _rows(text) == _ROWS


@pytest.mark.parametrize(
    "intro",
    [
        "The Ministry of Health of Ghana announces the award of the following lots:",
        "Accra, 3 May 2026. The Ministry of Health of Ghana has awarded these contracts:",
        "The Ministry of Health of Ghana has ordered the following equipment:",
    ],
)
def test_the_buyer_is_the_party_that_announces_the_awards(intro: str) -> None:
    text = _NOTICE.format(intro=intro, header="Lot | Item | Quantity | Supplier | Value")
    buyers = {d.buyer for d in extract_text(text).deals}
    assert buyers == {"Ministry of Health"}


def test_a_line_that_only_lists_gives_no_buyer() -> None:
    intro = "The Ministry of Health of Ghana published its annual report, with this table:"
    text = _NOTICE.format(intro=intro, header="Lot | Item | Quantity | Supplier | Value")
    assert "Ministry of Health" not in {d.buyer for d in extract_text(text).deals}


def test_supplier_cells_are_organisations_with_their_country() -> None:
    intro = "The Ministry of Health of Ghana announces the award of the following lots:"
    actors = extract_text(
        _NOTICE.format(intro=intro, header="Lot | Item | Quantity | Supplier | Value")
    ).actors
    firms = {a.name: a.country for a in actors if a.type.value == "organization"}
    assert firms["Orbisat"] == "FR"
    assert firms["Aquanor Teknik"] == "NO"


def test_cells_of_a_table_without_a_party_column_stay_unread() -> None:
    text = (
        "Budget lines\n\nLine | Programme | Amount\n1 | Orbisat | USD 3.1 million\n"
        "2 | Veltra | USD 1.0 million\n"
    )
    names = {a.name for a in extract_text(text).actors}
    assert "Orbisat" not in names and "Veltra" not in names
