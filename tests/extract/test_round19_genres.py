"""Deals in non-news documents (round 19): a licence table whose exporter is named only in its
title, its status cells and bare numbers grouped by spaces; a circular's key-terms table; PDF
rows and headers wrapped onto a second line; a board summary's financing list. Made-up
documents, each with the negatives that must not change."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.table_wraps import wrapped_parts
from briefdesk.extract.text import normalise

_LICENCES = (
    "Annual report on strategic exports 2026\n\n"
    "{title}\n\n"
    "{header}\n"
    "{rows}\n"
    "The values are licence values stated by the applicant.\n"
)
_ROWS = {
    "pipes": (
        "| Destination | Equipment | Quantity | Value (EUR) | Status |\n|---|---|---|---|---|",
        "| Chile | Thermal weapon sights | 120 | 4 500 000 | Granted |\n"
        "| Morocco | Laser rangefinders | 36 | 61 200 000 | Issued |\n"
        "| Peru | Naval gun mounts | 2 | 9 900 000 | Revoked |",
    ),
    "tabs": (
        "Destination\tEquipment\tQuantity\tValue (EUR)\tStatus",
        "Chile\tThermal weapon sights\t120\t4 500 000\tGranted\n"
        "Morocco\tLaser rangefinders\t36\t61 200 000\tIssued\n"
        "Peru\tNaval gun mounts\t2\t9 900 000\tRevoked",
    ),
    "spaces": (
        "Destination   Equipment                 Quantity   Value (EUR)   Status",
        "Chile         Thermal weapon sights     120        4 500 000     Granted\n"
        "Morocco       Laser rangefinders        36         61 200 000    Issued\n"
        "Peru          Naval gun mounts          2          9 900 000     Revoked",
    ),
}
_LICENSED = {
    ("Chile", "Finland", Decimal("4500000"), "approved"),
    ("Morocco", "Finland", Decimal("61200000"), "approved"),
    ("Peru", "Finland", Decimal("9900000"), "cancelled"),
}


def _rows(text: str) -> set[tuple[str, str, Decimal | None, str]]:
    return {
        (d.buyer, d.seller, d.value.amount if d.value else None, d.status)
        for d in extract_text(text).deals
    }


@pytest.mark.parametrize("shape", sorted(_ROWS))
@pytest.mark.parametrize(
    "title",
    [
        "Table 4. Export licences for military equipment granted by the Republic of Finland, 2026",
        "Finnish military exports: individual licences, 2026",
        "Licences for exports of military equipment from Finland in 2026",
    ],
)
def test_a_licence_table_takes_its_exporter_and_kind_from_its_title(shape: str, title: str) -> None:
    header, rows = _ROWS[shape]
    text = _LICENCES.format(title=title, header=header, rows=rows)
    assert _rows(text) == _LICENSED
    assert {d.kind for d in extract_text(text).deals} == {"arms_sale"}


@pytest.mark.parametrize(
    "title",
    [
        # exports go *to* the state named: it is no exporter
        "Table 4. Arms exports to Finland by destination of re-export, 2026",
        # the licensing body, not a state, grants the licences: no side from it
        "Table 4. Export licences granted by the Export Control Agency in 2026",
        # a state named with no word of exports
        "Table 4. Equipment inspected by the Republic of Finland, 2026",
    ],
)
def test_a_title_without_an_exporting_state_gives_no_seller(title: str) -> None:
    header, rows = _ROWS["pipes"]
    deals = extract_text(_LICENCES.format(title=title, header=header, rows=rows)).deals
    assert deals and not any(d.seller == "Finland" for d in deals)


def test_a_title_not_about_arms_leaves_a_row_without_arms_words_unarmed() -> None:
    text = _LICENCES.format(
        title="Table 4. Export licences for dual-use goods granted by Finland, 2026",
        header="| Destination | Goods | Value (EUR) |\n|---|---|---|",
        rows="| Chile | Laser rangefinders | 4 500 000 |",
    )
    assert {d.kind for d in extract_text(text).deals} == {"other"}


def test_space_grouped_thousands_are_one_number_only_under_a_currency() -> None:
    priced = _LICENCES.format(
        title="Export licences granted by the Republic of Finland, 2026",
        header="| Destination | Equipment | Value (SEK) |\n|---|---|---|",
        rows="| Chile | Anti-tank missiles | 612 000 000 |",
    )
    assert _rows(priced) == {("Chile", "Finland", Decimal("612000000"), "approved")}
    unpriced = priced.replace("Value (SEK)", "Value")
    assert all(d.value is None for d in extract_text(unpriced).deals)


_TERMS = (
    "PART II - PRINCIPAL TERMS OF THE ACQUISITION\n\n"
    "| Term | Detail |\n|---|---|\n"
    "| {buyer} | Corvane Holdings plc |\n"
    "| {seller} | Ostrava Industrial Group a.s. |\n"
    "| Target | Brnik Castings s.r.o. (100% of shares) |\n"
    "| {price} | £64.2 million on a cash-free, debt-free basis |\n"
    "| Long-stop date | 30 June 2028 |\n"
)


@pytest.mark.parametrize(
    ("buyer", "seller", "price"),
    [
        ("Buyer", "Seller", "Consideration"),
        ("Purchaser", "Vendor", "Total consideration"),
        ("Buyer", "Seller", "Purchase price"),
    ],
)
def test_a_key_terms_table_is_one_deal(buyer: str, seller: str, price: str) -> None:
    text = _TERMS.format(buyer=buyer, seller=seller, price=price)
    got = {
        (d.buyer, d.seller, d.value.amount if d.value else None) for d in extract_text(text).deals
    }
    assert got == {("Corvane Holdings plc", "Ostrava Industrial Group a.s.", Decimal("64.2e6"))}


def test_a_terms_table_without_a_price_row_prices_nothing() -> None:
    text = _TERMS.format(buyer="Buyer", seller="Seller", price="Lock-up period").replace(
        "£64.2 million on a cash-free, debt-free basis", "12 months from Completion"
    )
    assert all(d.value is None for d in extract_text(text).deals)


_AWARDS = (
    "The Ministry of Works of Tanzania awarded the following contracts on 3 March 2027:\n\n"
    "Lot   Description                        Contractor               Contract sum\n"
    "1     Road rehabilitation, Section A     Kaspian Roads Ltd        TZS 38.6 billion\n"
    "      (Mbeya to Tunduma)\n"
    "2     Bridge works at Kiwira and the     Mbeya Civil Works Ltd    TZS 41.2 billion\n"
    "      Songwe approaches\n"
    "3     Drainage works, Section C          Rungwe Builders Ltd      TZS 12.5 billion\n\n"
    "Bidders may request a debriefing within ten days.\n"
)


def test_pdf_rows_wrapped_onto_a_second_line_keep_the_table_going() -> None:
    deals = extract_text(_AWARDS).deals
    assert {(d.seller, d.item) for d in deals} == {
        ("Kaspian Roads Ltd", "Road rehabilitation, Section A (Mbeya to Tunduma)"),
        ("Mbeya Civil Works Ltd", "Bridge works at Kiwira and the Songwe approaches"),
        ("Rungwe Builders Ltd", "Drainage works, Section C"),
    }
    assert {d.buyer for d in deals} == {"Ministry of Works"}


def test_a_cell_wrapped_over_two_lines_and_a_total_row_with_a_note() -> None:
    text = _AWARDS.replace(
        "      (Mbeya to Tunduma)\n", "      (Mbeya to Tunduma,\n      Songwe Region)\n"
    ).replace(
        "\n\nBidders",
        "\nTotal                                                             TZS 92.3 billion\n"
        "      (three lots)\n\nBidders",
    )
    items = {d.item for d in extract_text(text).deals}
    assert items == {
        "Road rehabilitation, Section A (Mbeya to Tunduma, Songwe Region)",
        "Bridge works at Kiwira and the Songwe approaches",
        "Drainage works, Section C",
    }


def test_a_wrapped_cell_is_not_joined_to_the_row_below() -> None:
    lines = normalise(_AWARDS).split("\n")
    assert "      Songwe approaches" in lines


def test_a_line_that_starts_where_no_cell_starts_is_no_wrapped_cell() -> None:
    text = "1     Road works     Kaspian Roads Ltd     TZS 38.6 billion\n   (Mbeya)\n"
    above = [(0, 1), (6, 16), (21, 38), (43, 59)]
    line = text.index("   (")
    assert wrapped_parts(text, line, line + 10, above, 0) is None
    ok = text.replace("   (Mbeya)", "      (Mbeya)")
    line = ok.index("      (")
    assert wrapped_parts(ok, line, line + 13, above, 0) == {1: (line + 6, line + 13)}
    flush = "Notes follow below."
    assert wrapped_parts(flush, 0, len(flush), above, 0) is None  # (not indented: prose)


def test_a_header_on_two_lines_is_read_whole() -> None:
    text = (
        "The Ministry of Works of Tanzania awarded the following contracts on 3 March 2027:\n\n"
        "Lot   Description                     Name of                  Contract sum\n"
        "                                      contractor               (TZS bn)\n"
        "1     Road rehabilitation, Sec. A     Kaspian Roads Ltd        38.6\n"
        "2     Bridge works at Kiwira          Mbeya Civil Works Ltd    41.2\n"
    )
    got = {
        (d.seller, d.value.amount, d.value.currency) for d in extract_text(text).deals if d.value
    }
    assert got == {
        ("Kaspian Roads Ltd", Decimal("38.6e9"), "TZS"),
        ("Mbeya Civil Works Ltd", Decimal("41.2e9"), "TZS"),
    }


def test_a_second_header_line_that_names_no_party_makes_no_table() -> None:
    text = (
        "Budget of the Ministry of Works of Tanzania, 2027/28\n\n"
        "Programme                       Recurrent     Development    Total\n"
        "                                (TZS bn)      (TZS bn)       (TZS bn)\n"
        "Trunk roads                     38.6          12.1           50.7\n"
        "Bridges                         41.2          3.3            44.5\n"
    )
    assert not extract_text(text).deals


def test_each_item_of_a_financing_plan_keeps_its_own_kind() -> None:
    text = (
        "Board of Directors - Summary of Project Appraisal\n\n"
        "Borrower: Islamic Republic of Mauritania\n\n"
        "Financing plan\n"
        "- ADB loan: EUR 120 million (approved)\n"
        "- EU grant: EUR 18.5 million (approved)\n"
        "- Kuwait Fund: loan of KWD 24 million, approved by its Board on 18 March 2027\n"
    )
    kinds = {d.value.amount: d.kind for d in extract_text(text).deals if d.value}
    assert kinds == {
        Decimal("120e6"): "loan",
        Decimal("18.5e6"): "grant",
        Decimal("24e6"): "loan",
    }


@pytest.mark.parametrize(
    ("written", "amount", "currency"),
    [
        ("₲ 171.600.000.000", Decimal("171600000000"), "PYG"),
        ("PYG 14.350.000.000", Decimal("14350000000"), "PYG"),
        ("R$ 1.200.000.000,50", Decimal("1200000000.5"), "BRL"),
        ("EUR 1.250.000", Decimal("1250000"), "EUR"),
        ("9.480.000.000 euros", Decimal("9480000000"), "EUR"),
        # one group of three after a stop stays a decimal, commas stay thousands
        ("EUR 12.500", Decimal("12.5"), "EUR"),
        ("KRW 693,240,000,000", Decimal("693240000000"), "KRW"),
    ],
)
def test_thousands_grouped_by_stops_are_one_amount(
    written: str, amount: Decimal, currency: str
) -> None:
    from collections import Counter

    from briefdesk.extract.money import find_money

    found = find_money(f"The price is {written} in all.", Counter())
    assert [(m.amount, m.currency, m.as_stated) for m in found] == [(amount, currency, written)]


def test_a_spanish_notice_s_amount_line_prices_its_lot() -> None:
    text = (
        "AVISO 1 - ADJUDICACIÓN (Award)\n"
        "Convocante (Contracting entity): Armada Paraguaya\n"
        "Objeto: Adquisición de lanchas patrulleras fluviales (river patrol boats)\n"
        "Lote 1 - Four (4) river patrol boats, 17 m, with logistic support.\n"
        "Adjudicado a (Awarded to): Astilleros Paranaense S.A., Rosario, Argentina.\n"
        "Monto adjudicado: ₲ 171.600.000.000, IVA incluido.\n"
    )
    values = {d.value.amount for d in extract_text(text).deals if d.value}
    assert values == {Decimal("171600000000")}
    # a figure with no label and no word of a deal is no price
    other = text.replace("Monto adjudicado:", "Población ribereña:").replace("₲ ", "")
    assert not any(d.value for d in extract_text(other).deals)


_DISCLOSURE = (
    "Disclosures to the Korea Exchange, 10 February 2027\n\n"
    "[1] Report on Single Sales or Supply Contract\n"
    "1. Type of contract: Shipbuilding contract\n"
    "2. Details: Construction of two (2) LNG carriers\n"
    "3. {label} (KRW): 693,240,000,000\n"
    "   Recent sales (KRW): 8,911,302,000,000\n"
    "4. Counterparty: Shinkai Kisen Kaisha, Ltd.\n"
)


@pytest.mark.parametrize("label", ["Contract amount", "Contract value", "Investment amount"])
def test_a_form_s_amount_with_its_currency_in_the_label_is_the_price(label: str) -> None:
    deals = extract_text(_DISCLOSURE.format(label=label)).deals
    assert {(d.value.amount, d.value.currency) for d in deals if d.value} == {
        (Decimal("693240000000"), "KRW")
    }


@pytest.mark.parametrize("label", ["Recent sales", "Ratio to recent sales", "Share capital"])
def test_a_figure_under_a_label_that_names_no_price_is_no_amount(label: str) -> None:
    deals = extract_text(_DISCLOSURE.format(label=label)).deals
    assert not any(d.value for d in deals)


def test_the_items_of_a_numbered_form_stay_on_their_lines() -> None:
    text = "1. Type of contract: Shipbuilding contract\n2. Details: Construction of two carriers\n"
    assert normalise(text) == text
    wrapped = "1. The ministry signed a contract with\nthe shipyard on Monday.\n"
    assert normalise(wrapped) == wrapped.replace("with\nthe", "with the")


def test_the_balboa_sign() -> None:
    from collections import Counter

    from briefdesk.extract.money import find_money

    text = "Award amount: B/. 48,750,000.00, taxes included; a B/C ratio of 1.4."
    found = find_money(text, Counter())
    assert [(m.amount, m.currency) for m in found] == [(Decimal("48750000"), "PAB")]


_BOARD = (
    "African Development Bank\n"
    "Board of Directors: summary of decisions, 14 July 2027\n\n"
    "{intro}\n"
    "{b} a loan of USD 120 million to the Republic of Kenya for the Nairobi Western Bypass;\n"
    "{b} a grant of USD 5.2 million to Malawi for school feeding in Dedza.\n\n"
    "The Board also discussed the Bank's medium-term strategy.\n"
)


@pytest.mark.parametrize("bullet", ["-", "•", "(a)"])
@pytest.mark.parametrize(
    "intro",
    [
        "At its meeting the Board of Directors approved the following operations:",
        "The Board approved:",
    ],
)
def test_a_board_s_approved_loans_take_its_bank_as_lender(bullet: str, intro: str) -> None:
    text = _BOARD.format(intro=intro, b=bullet)
    got = {(d.buyer, d.seller, d.kind, d.status) for d in extract_text(text).deals}
    assert got == {
        ("Kenya", "African Development Bank", "loan", "approved"),
        ("Malawi", "African Development Bank", "grant", "approved"),
    }


def test_items_under_other_words_keep_their_own_reading() -> None:
    text = _BOARD.format(intro="The Bank's appraisal mission discussed:", b="-")
    deals = extract_text(text).deals
    assert deals and not any(d.status == "approved" for d in deals)
    assert {d.seller for d in deals if d.kind == "grant"} == {""}


def test_a_report_s_export_statistics_are_no_deal() -> None:
    stats = (
        "The value of actual exports of military equipment was SEK 21.4 billion, against "
        "SEK 19.8 billion in 2025. Exports to EU member states accounted for 58 per cent."
    )
    assert not extract_text(stats).deals
    deal = "The value of exports under the contract with Brazil was SEK 21.4 billion."
    assert [d.value.amount for d in extract_text(deal).deals if d.value] == [Decimal("21.4e9")]
