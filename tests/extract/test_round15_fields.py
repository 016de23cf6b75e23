"""Sides in labelled fields, lot headings and sign-offs (round 15, r15-fields): made-up notice
fragments in several wordings, with negatives. A party field's name is one organisation (legal
forms after commas kept, a bracketed or trailing country its home), a label alone takes the
next line, and each lot of an award notice is its own deal with its own winner and status."""

from __future__ import annotations

from briefdesk.extract import extract_text


def _orgs(text: str) -> dict[str, str]:
    return {
        a.name: a.country or ""
        for a in extract_text(text).actors
        if a.type.value in ("organization", "international_organization")
    }


def _sides(text: str) -> list[tuple[str, str, str]]:
    return [(d.buyer, d.seller, d.status.value) for d in extract_text(text).deals]


def test_a_field_name_keeps_its_legal_forms_and_takes_its_country() -> None:
    text = (
        "NOTICE OF AWARD\n\n"
        "Awarded to: Brisa Cordillera Obras y Servicios, S.A., Arequipa, Peru\n"
        "Contract price: USD 14,200,000\n"
    )
    assert _orgs(text).get("Brisa Cordillera Obras y Servicios, S.A.") == "PE"


def test_a_field_name_with_and_and_a_bracketed_country_is_one_body() -> None:
    for label in ("Successful bidder", "Contractor", "Supplier", "Winning tenderer"):
        text = (
            f"RESULT OF TENDER\n\n{label}: Solberg Harbour Cranes and Lifts Co., Ltd (Norway)\n"
            "Value of the contract: EUR 8,400,000\n"
        )
        assert _orgs(text).get("Solberg Harbour Cranes and Lifts Co., Ltd") == "NO", label


def test_a_field_that_is_no_name_makes_no_body() -> None:
    for value in ("To be confirmed", "Not awarded", "none", "Indonesia"):
        text = f"TENDER RESULT\n\nSupplier: {value}\nContract price: USD 2,000,000\n"
        assert value not in _orgs(text), value


def test_a_label_alone_takes_the_next_line_past_a_sub_label() -> None:
    text = (
        "Contract award notice\n\n"
        "Section I: Contracting authority\n"
        "I.1) Name and addresses\n"
        "Agentia Drumurilor Dobrogea SA\n"
        "Town: Tulcea\n\n"
        "Section V: Award of contract\n"
        "V.2.3) Name and address of the contractor\n"
        "Marrow Fenwick Dredging BV\n"
        "Country: Netherlands\n"
        "V.2.4) Total value of the contract: EUR 6,300,000.00\n"
    )
    orgs = _orgs(text)
    assert {"Agentia Drumurilor Dobrogea SA", "Marrow Fenwick Dredging BV"} <= set(orgs)
    deal = extract_text(text).deals[0]
    assert (deal.buyer, deal.seller) == (
        "Agentia Drumurilor Dobrogea SA",
        "Marrow Fenwick Dredging BV",
    )


def test_a_sign_off_for_a_body_names_it() -> None:
    text = "The award is final.\n\nFor Companhia de Águas do Norte, S.A.\nEng. Rui Pacheco Lemos\n"
    assert "Companhia de Águas do Norte, S.A." in _orgs(text)
    release = "For Immediate Release\nThe ministry said on Monday it had signed a loan.\n"
    assert not any("Immediate" in name for name in _orgs(release))


_LOTS = (
    "HARBOUR BOARD OF KESTREVIK\n\nNOTICE OF CONTRACT AWARD\n\n"
    "Contracting authority: Kestrevik Harbour Board\n\n"
    "{h1}\nAwarded to: Ostrava Steel Works a.s. (Czech Republic)\n"
    "Contract price: EUR 12,300,000\nContract signed: 4 May 2027\n\n"
    "{h2}\nSuccessful tenderer: Dunmore Marine Services Ltd\n"
    "Award amount: EUR 3,150,000\nStatus: Awarded; the contract shall be signed within 14 days.\n\n"
    "{h3}\nContractor: Pelagos Survey Systems SA, Piraeus, Greece\n"
    "Price: unit rates as per the schedule\nStatus: Awarded\n\n"
    "{h4}\nStatus: Cancelled. No responsive bid was received.\n"
)


def test_each_lot_takes_its_own_winner_buyer_and_status() -> None:
    headings = (
        (
            "Lot 1 — Quay wall steel piles",
            "Lot 2 — Tug services",
            "Lot 3 — Survey",
            "Lot 4 — Buoys",
        ),
        (
            "LOT 1 - Quay wall steel piles",
            "LOT 2 - Tug services",
            "LOT 3 - Survey",
            "LOT 4 - Buoys",
        ),
        (
            "1. Lot I: Quay wall steel piles",
            "2. Lot II: Tug services",
            "3. Lot III: Survey",
            "4. Lot IV: Buoys",
        ),
    )
    for h1, h2, h3, h4 in headings:
        sides = _sides(_LOTS.format(h1=h1, h2=h2, h3=h3, h4=h4))
        board = "Kestrevik Harbour Board"
        assert (board, "Ostrava Steel Works a.s.", "signed") in sides, h1
        assert (board, "Dunmore Marine Services Ltd", "approved") in sides, h1
        assert (board, "Pelagos Survey Systems SA", "approved") in sides, h1  # (no price)
        assert len(sides) == 3, h1  # (the cancelled lot names no winner: no deal of its own)


def test_a_notice_without_a_buyer_field_takes_its_issuer() -> None:
    lots = _LOTS.replace("Contracting authority: Kestrevik Harbour Board\n\n", "")
    for lead in (
        "The Kestrevik Harbour Board (KHB), in accordance with its procurement rules, hereby "
        "gives notice of the results below.\n\n",
        "Following the no-objection of the Nordic Investment Bank, the Kestrevik Harbour Board "
        "hereby announces the award of the contracts below.\n\n",
    ):
        text = lots.replace("NOTICE OF CONTRACT AWARD\n\n", "NOTICE OF CONTRACT AWARD\n\n" + lead)
        sides = _sides(
            text.format(
                h1="Lot 1 - Piles", h2="Lot 2 - Tugs", h3="Lot 3 - Survey", h4="Lot 4 - Buoys"
            )
        )
        assert all(buyer == "Kestrevik Harbour Board" for buyer, _, _ in sides), sides


def test_a_bank_named_before_the_issuer_is_not_the_buyer() -> None:
    text = (
        "NOTICE OF AWARD\n\nFollowing the no-objection of the Nordic Investment Bank dated 2 May, "
        "the port publishes the results.\n\n"
        "Lot 1 - Piles\nAwarded to: Ostrava Steel Works a.s.\nContract price: EUR 12,300,000\n"
    )
    assert all(buyer != "Nordic Investment Bank" for buyer, _, _ in _sides(text))


def test_prose_about_a_lot_is_no_lot_heading() -> None:
    text = (
        "The water board said Lot 1 (intake works) was awarded in January to Sefton Pumps Ltd "
        "for USD 5 million, and that a lot of work remained.\n"
    )
    deals = extract_text(text).deals
    assert [(d.seller, d.status.value) for d in deals] == [("Sefton Pumps Ltd", "signed")]
    assert all(r.rule != "deal.lot" for d in deals for r in d.why)


def test_a_dated_signature_field_says_the_contract_is_signed() -> None:
    base = (
        "CONTRACT AWARD NOTICE\n\nContracting authority: Lakeside Water Board\n"
        "Contractor: Halvorsen Pipes AS\nContract value: EUR 2,400,000\n{line}\n"
    )
    for line in (
        "V.2.1) Date of conclusion of the contract: 14 April 2027",
        "Date of signature: 3 May 2027",
        "Contract signed on: 2 June 2027",
    ):
        assert _sides(base.format(line=line))[0][2] == "signed", line
    for line in ("Date of award: 14 April 2027", "Date of signature: to be confirmed"):
        assert _sides(base.format(line=line))[0][2] != "signed", line


def test_a_government_or_a_short_form_in_a_field_is_left_to_its_rules() -> None:
    text = (
        "The Lakeside Ports Authority (LPA) signed a USD 40 million loan.\n\n"
        "Borrower: Government of Ghana\nLender: Nordic Harbour Bank\nCustomer: LPA, under the "
        "Ministry of Transport\n"
    )
    orgs = _orgs(text)
    assert "Government of Ghana" not in orgs and "LPA" not in orgs
    assert "Lakeside Ports Authority" in orgs


_TRANSCRIPT = (
    "HARBOUR TV — Business Tonight\nTranscript\n\n"
    "PRESENTER (Mara Lind): With me is the chief executive of Nordhavn Ferries, Ole Brandt.\n\n"
    "OLE BRANDT (Chief Executive, Nordhavn Ferries): Thank you.\n\n"
    "LIND: What is new?\n\n"
    "BRANDT: {turn}\n\n"
    "LIND: Thank you.\n"
)


def test_we_with_two_adverbs_in_a_turn_is_the_speakers_body() -> None:
    for turn in (
        "We have also ordered two hybrid ferries from Vestkyst Yards for 90 million euros.",
        "We have just bought two hybrid ferries from Vestkyst Yards for 90 million euros.",
        "We will also buy two hybrid ferries from Vestkyst Yards for 90 million euros.",
    ):
        deals = extract_text(_TRANSCRIPT.format(turn=turn)).deals
        assert [(d.buyer, d.seller) for d in deals] == [("Nordhavn Ferries", "Vestkyst Yards")], (
            turn
        )


def test_we_who_have_not_ordered_is_no_side() -> None:
    turn = "We have not ordered anything; Vestkyst Yards sold two ferries for 90 million euros."
    deals = extract_text(_TRANSCRIPT.format(turn=turn)).deals
    assert all(d.buyer != "Nordhavn Ferries" for d in deals)


def _deal_rows(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (d.kind.value, d.buyer, d.seller, d.value.as_stated if d.value else None)
        for d in extract_text(text).deals
    ]


def test_a_block_naming_both_sides_is_a_deal_priced_by_its_field() -> None:
    for vendor, purchaser, price in (
        ("Vendor", "Purchaser", "Disposal consideration"),
        ("Seller", "Buyer", "Purchase price"),
        ("Supplier", "Customer", "Contract value"),
    ):
        text = (
            "ANNOUNCEMENT TO THE EXCHANGE\n\nPROPOSED DISPOSAL OF A DRY BULK CARRIER\n\n"
            "Details of the transaction:\n"
            f"{vendor}: Tanjung Harapan Shipping Sdn Bhd\n"
            f"{purchaser}: Mekong Delta Bulk Carriers JSC, a company incorporated in Vietnam\n"
            f"{price}: USD 18,600,000 in cash\n\nBy order of the Board\n"
        )
        assert _deal_rows(text) == [
            (
                "other",
                "Mekong Delta Bulk Carriers JSC",
                "Tanjung Harapan Shipping Sdn Bhd",
                "USD 18,600,000",
            )
        ], vendor


def test_a_lender_and_borrower_block_gives_the_loan_above_it_its_sides() -> None:
    text = (
        "Financing\n\nThe group has signed a term loan of USD 40 million for two new barges "
        "with a regional lender.\n\n"
        "Lender: Caspian Trade Bank\nBorrower: Aral Barge Lines LLP\nTenor: seven years\n"
    )
    assert _deal_rows(text) == [
        ("loan", "Aral Barge Lines LLP", "Caspian Trade Bank", "USD 40 million")
    ]


def test_a_block_with_one_side_or_no_price_makes_no_deal() -> None:
    one_side = "Company update\n\nPurchaser: Mekong Delta Bulk Carriers JSC\nPrice: USD 5 million\n"
    unpriced = (
        "Parties\n\nVendor: Tanjung Harapan Shipping Sdn Bhd\nPurchaser: Mekong Delta Bulk JSC\n"
    )
    assert all(d.seller != "Mekong Delta Bulk Carriers JSC" for d in extract_text(one_side).deals)
    assert extract_text(unpriced).deals == []


def test_a_field_name_told_before_but_read_nowhere_at_the_field_is_still_its_party() -> None:
    text = (
        "Reason for designation: the entity bought machine tools for Kalashnikov Concern.\n\n"
        "Contract details:\nSeller: Golden Horizon Trading FZE\nBuyer: Kalashnikov Concern\n"
        "Value: EUR 4.2 million\n"
    )
    rows = _deal_rows(text)
    assert [(b, s) for _k, b, s, _v in rows] == [
        ("Kalashnikov Concern", "Golden Horizon Trading FZE")
    ]


def _register(*header: str) -> str:
    rows = (
        header,
        (
            "MW/27/01",
            "Supply of 12 borehole rigs",
            "Kalahari Drilling Limited",
            "4,800,000",
            "2 Feb",
        ),
        (
            "MW/27/02",
            "Rehabilitation of Oanob dam",
            "Naukluft Civil Works Ltd",
            "12,350,000",
            "9 Mar",
        ),
    )
    table = "\n".join("    ".join(row) for row in rows)
    return (
        "MINISTRY OF WATER\n\nREGISTER OF CONTRACTS AWARDED, FIRST QUARTER\n\n"
        f"Contracting authority: Ministry of Water, Windhoek\n\n{table}\n\nRemarks: none.\n"
    )


def test_each_row_of_a_spaced_register_is_a_deal() -> None:
    for header, code in (
        (("Ref.", "Description", "Contractor", "Amount (N$)", "Date"), "NAD"),
        (("No.", "Item", "Supplier", "Value (USD)", "Date"), "USD"),
        (("Ref.", "Title", "Successful bidder", "Contract sum (EUR)", "Date"), "EUR"),
    ):
        deals = extract_text(_register(*header)).deals
        rows = sorted(
            (d.buyer, d.seller, str(d.value.amount), d.value.currency) for d in deals if d.value
        )
        assert rows == [
            ("Ministry of Water", "Kalahari Drilling Limited", "4800000", code),
            ("Ministry of Water", "Naukluft Civil Works Ltd", "12350000", code),
        ], header


def test_a_spaced_table_without_a_seller_or_currency_column_makes_no_deal() -> None:
    for header in (
        ("Ref.", "Description", "Location", "Amount (N$)", "Date"),
        ("Ref.", "Description", "Contractor", "Length (km)", "Date"),
    ):
        assert extract_text(_register(*header)).deals == [], header
