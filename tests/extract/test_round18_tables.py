"""Deals told as tables and lists (round 18): made-up tables in every shape import leaves (" | "
cells, Markdown pipes, tabs, aligned spaces), header variants, lists "party – item – amount",
and tables that are not deals (a budget, a schedule, a menu) that must give none."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.table_shape import header_of, role_of, row_cells
from briefdesk.extract.text import normalise


def _deals(text: str) -> set[tuple[str, str, str, Decimal | None]]:
    return {
        (d.buyer, d.seller, d.item, d.value.amount if d.value else None)
        for d in extract_text(text).deals
    }


_AWARD_ROWS = (
    "1{s}Road rehabilitation, Section A{s}Kaspian Roads Ltd{s}TZS 38.6 billion\n"
    "2{s}Road rehabilitation, Section B{s}Mbeya Civil Works Ltd{s}TZS 41.2 billion\n"
)
_AWARD = (
    "Ministry of Works of Tanzania: results of tender TZ/MW/2027/04\n\n"
    "The Ministry of Works of Tanzania awarded the following contracts on 3 March 2027:\n\n"
    "{header}\n{rows}\n"
    "Bidders may request a debriefing within ten days.\n"
)
_AWARDED = {
    ("Ministry of Works", "Kaspian Roads Ltd", "Road rehabilitation, Section A", Decimal("38.6e9")),
    (
        "Ministry of Works",
        "Mbeya Civil Works Ltd",
        "Road rehabilitation, Section B",
        Decimal("41.2e9"),
    ),
}


@pytest.mark.parametrize(
    ("header", "sep"),
    [
        ("Lot | Description | Contractor | Contract sum", " | "),  # Word, HTML
        ("Lot\tDescription\tContractor\tContract sum", "\t"),  # a spreadsheet paste
        ("Lot   Description                       Contractor              Contract sum", "   "),
        ("No. | Works | Awarded to | Amount", " | "),
        ("Lot | Lot description | Successful tenderer | Contract price", " | "),
    ],
)
def test_each_row_of_an_award_table_is_a_deal_bought_by_the_issuer(header: str, sep: str) -> None:
    rows = _AWARD_ROWS.format(s=sep)
    assert _deals(_AWARD.format(header=header, rows=rows)) == _AWARDED


def test_markdown_table_with_its_rule_row() -> None:
    text = (
        "The Defence Procurement Agency of Ruritania awarded the following contracts:\n\n"
        "| Supplier | Item | Quantity | Value |\n|---|---|---|---|\n"
        "| Aselsan | Tactical radios | 1,200 | USD 18.5 million |\n"
        "| Theon Sensors | Night sights | 800 | EUR 9.1 million |\n"
    )
    deals = extract_text(text).deals
    assert {(d.seller, d.item, d.quantity) for d in deals} == {
        ("Aselsan", "Tactical radios", 1200),
        ("Theon Sensors", "Night sights", 800),
    }
    assert {d.buyer for d in deals} == {"Defence Procurement Agency of Ruritania"}


def test_licence_table_in_tabs_keeps_cells_apart_and_reads_bare_numbers() -> None:
    text = (
        "Arms export licences approved by the Ministry of Foreign Affairs of Norlandia, 2027\n\n"
        "Licensee\tEnd user\tEquipment\tQuantity\tValue (EUR m)\n"
        "Kongsvik\tArmed Forces of Estonia\tAnti-ship missiles\t24\t112.5\n"
        "Televik\tPolish Navy\tSonar suites\t6\t14.2\n"
    )
    deals = extract_text(text).deals
    got = {
        (d.buyer, d.seller, d.item, d.quantity, d.value.amount, d.value.currency)
        for d in deals
        if d.value
    }
    assert got == {
        (
            "Armed Forces of Estonia",
            "Kongsvik",
            "Anti-ship missiles",
            24,
            Decimal("112.5e6"),
            "EUR",
        ),
        ("Polish Navy", "Televik", "Sonar suites", 6, Decimal("14.2e6"), "EUR"),
    }
    assert all(d.kind == "arms_sale" for d in deals)


def test_order_intake_in_spaced_columns_is_sold_by_the_issuer() -> None:
    text = (
        "ORDER INTAKE, FOURTH QUARTER 2027\n\n"
        "Kestrel Shipyards ASA booked the following orders in the quarter.\n\n"
        "Customer                     Vessel                       Quantity    Value\n"
        "Royal Omani Navy             Offshore patrol vessels      2           USD 410 million\n"
        "Kenya Coast Guard Service    Fast interceptor craft       8           USD 96 million\n"
    )
    deals = [d for d in extract_text(text).deals if d.buyer]
    assert {(d.buyer, d.seller, d.quantity) for d in deals} == {
        ("Royal Omani Navy", "Kestrel Shipyards ASA", 2),
        ("Kenya Coast Guard Service", "Kestrel Shipyards ASA", 8),
    }


def test_status_column_gives_each_row_its_status() -> None:
    text = (
        "Contracts of the Ministry of Defence of Ghana\n\n"
        "Supplier | Item | Value | Status\n"
        "Veltra Motors | Field ambulances | EUR 9.6 million | Contract signed\n"
        "Orbisat | Satellite phones | USD 3.1 million | Cancelled\n"
    )
    got = {(d.seller, d.status) for d in extract_text(text).deals}
    assert got == {("Veltra Motors", "signed"), ("Orbisat", "cancelled")}


@pytest.mark.parametrize(
    "text",
    [
        # a budget: no party column
        "Budget of the Ministry of Health of Kenya, 2027/28\n\n"
        "Programme | Recurrent | Development | Total\n"
        "Primary health care | KES 12.4 billion | KES 3.1 billion | KES 15.5 billion\n"
        "Hospital services | KES 22.0 billion | KES 8.7 billion | KES 30.7 billion\n",
        # a schedule in tabs: no party, no price
        "Visit programme of the Trade Minister of Ghana to Singapore\n\n"
        "Date\tTime\tEvent\tVenue\n"
        "14 May\t09:00\tMeeting with Keppel Offshore & Marine\tKeppel Bay Tower\n"
        "15 May\t10:00\tSigning ceremony\tIstana\n",
        # a site menu
        "Home | News | Business | Defence | Opinion\n\nNo deal was announced on Friday.\n",
    ],
)
def test_a_table_that_is_not_deals_gives_none(text: str) -> None:
    assert extract_text(text).deals == []


def test_a_party_column_with_nothing_bought_or_priced_is_no_header() -> None:
    text = "Company | Chief executive | Headquarters"
    cells = row_cells(text, 0, len(text))
    assert header_of(text, cells) is None
    text = "Supplier | Item | Value"
    assert header_of(text, row_cells(text, 0, len(text))) is not None


def test_header_labels_and_their_roles() -> None:
    assert role_of("Contract sum (TZS bn)") == "value"
    assert role_of("Country of destination") == "buyer"
    assert role_of("Name of contractor:") == "seller"
    assert role_of("End-user") == "buyer"
    assert role_of("Remarks") == ""


def test_tab_rows_become_cells_and_a_lone_tab_stays_a_space() -> None:
    rows = "A AS\tEstonia\tEUR 9 million\nB AS\tLatvia\tEUR 3 million\n"
    assert normalise(rows) == rows.replace("\t", "|")
    assert normalise("Dear all,\tthanks.\n") == "Dear all, thanks.\n"
    one_row = "Name\tPost\tPhone\n\nThe meeting ends at noon.\n"
    assert "|" not in normalise(one_row)


_BOARD = (
    "Board of Directors of the Eastern Development Bank: summary of decisions, 18 June 2027\n\n"
    "The Board approved the following operations:\n\n"
    "- Republic of Kiribati – Outer Islands Water Supply Project – USD 24 million grant\n"
    "- Government of Laos – Northern Roads Connectivity Program – USD 120 million loan\n\n"
    "The Board also reviewed the bank's annual evaluation report.\n"
)


def test_list_items_party_item_amount_from_a_lender() -> None:
    got = {(d.buyer, d.seller, d.item, d.kind) for d in extract_text(_BOARD).deals}
    assert got == {
        ("Kiribati", "Eastern Development Bank", "Outer Islands Water Supply Project", "grant"),
        ("Laos", "Eastern Development Bank", "Northern Roads Connectivity Program", "loan"),
    }


def test_list_of_awards_makes_the_listed_firms_sellers() -> None:
    text = (
        "The Kenya Rural Roads Authority awarded the following contracts this week:\n\n"
        "• Mbeya Civil Works Ltd — Kisumu bypass resurfacing — KES 1.2 billion\n"
        "• Orvane Construction Co — Garissa bridge — KES 640 million\n"
    )
    got = {(d.buyer, d.seller) for d in extract_text(text).deals}
    assert got == {
        ("Kenya Rural Roads Authority", "Mbeya Civil Works Ltd"),
        ("Kenya Rural Roads Authority", "Orvane Construction Co"),
    }


def test_one_dashed_line_or_a_list_without_amounts_is_no_deal_list() -> None:
    one = _BOARD.replace("- Government of Laos – Northern Roads Connectivity Program – ", "")
    one = one.replace("USD 120 million loan\n", "")
    assert "Laos" not in one
    assert [d.item for d in extract_text(one).deals] != ["Outer Islands Water Supply Project"]
    no_amounts = (
        "Speakers:\n\n- Ana Ruiz – Ministry of Finance of Peru – opening remarks\n"
        "- Tomas Berg – Nordic Bank – panel on bonds\n"
    )
    assert extract_text(no_amounts).deals == []


_PLEDGES = (
    "Donor conference for the reconstruction of Vardania, Geneva, 4 May 2027\n\n"
    "Donors announced the following pledges:\n\n"
    "• Japan: USD 120 million for power grid repairs;\n"
    "• Norway: NOK 500 million over three years;\n"
    "• Canada: technical experts and equipment, unpriced.\n"
)


def test_a_list_of_pledges_makes_each_listed_party_a_giver() -> None:
    got = {
        (d.seller, d.kind, d.value.currency if d.value else "")
        for d in extract_text(_PLEDGES).deals
    }
    assert got == {("Japan", "grant", "USD"), ("Norway", "grant", "NOK")}


def test_a_colon_list_that_is_not_of_pledges_gives_no_party() -> None:
    text = _PLEDGES.replace("Donors announced the following pledges:", "Regional sales rose:")
    text = text.replace("Donor conference for the reconstruction of", "Results in")
    assert {d.seller for d in extract_text(text).deals} <= {""}


def test_exports_a_state_approved_are_sold_by_it_and_a_total_row_is_no_deal() -> None:
    text = (
        "Strategic export licences: fourth quarter 2027\n\n"
        "Norway approved the following arms exports in the quarter:\n\n"
        "Recipient country | Equipment | Quantity | Value (EUR)\n"
        "Estonia | Armoured personnel carriers | 24 | 96,000,000\n"
        "Poland | Coastal radar sets | 6 | 31,500,000\n"
        "Total | | 30 | 127,500,000\n"
    )
    extraction = extract_text(text)
    got = {(d.buyer, d.seller, d.value.amount if d.value else None) for d in extraction.deals}
    assert got == {
        ("Estonia", "Norway", Decimal(96000000)),
        ("Poland", "Norway", Decimal(31500000)),
    }
    assert "Total" not in {a.name for a in extraction.actors}


def test_an_unpriced_row_is_a_deal_only_with_both_sides() -> None:
    text = (
        "Export licences granted by Norway's export control agency, 2027\n\n"
        "Exporter | End user | Equipment\n"
        "Kongsvik | Armed Forces of Estonia | Anti-ship missiles\n"
        "Televik | Polish Navy | Sonar suites\n"
    )
    got = {(d.buyer, d.seller, d.item) for d in extract_text(text).deals}
    assert got == {
        ("Armed Forces of Estonia", "Kongsvik", "Anti-ship missiles"),
        ("Polish Navy", "Televik", "Sonar suites"),
    }
    one_side = text.replace("Exporter | End user", "Exporter | Remarks")
    assert extract_text(one_side).deals == []
