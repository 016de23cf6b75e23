"""Actors a first-time user met on invented documents in round 22 (newcomer22 N22-05, N22-09,
N22-12), with made-up sentences in several wordings and negatives (never the newcomer's own)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _actors(text: str) -> dict[str, tuple[str, str]]:
    """name -> (type, country) of every suggested actor."""
    return {a.name: (a.type, a.country) for a in extract_text(text).actors}


# N22-05: a demonym opening a region's or a sea's name inside a body's name names no state.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Indian Ocean Rim Association met in Colombo on Monday.",
            "Indian Ocean Rim Association",
        ),
        (
            "Loans from the Indian Ocean Fisheries Fund rose last year.",
            "Indian Ocean Fisheries Fund",
        ),
        ("The Arabian Sea Shipping Council said rates had fallen.", "Arabian Sea Shipping Council"),
    ],
)
def test_region_name_gives_no_country(text: str, body: str) -> None:
    found = _actors(text)
    assert found.get(body) == ("organization", "")
    assert not any(kind == "state" for kind, _ in found.values())


@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        ("The Indian Navy will buy four patrol boats from Goa Shipyard.", "Indian Navy", "IN"),
        (
            "Indian Oil Corporation signed a supply deal with Petronas.",
            "Indian Oil Corporation",
            "IN",
        ),
        (
            "The Chinese Development Bank will lend US$20 million to Zambia.",
            "Chinese Development Bank",
            "CN",
        ),
    ],
)
def test_demonym_before_other_words_still_gives_country(text: str, body: str, code: str) -> None:
    assert _actors(text).get(body) == ("organization", code)


# N22-09: ", <State>'s <noun of a body>" right after a body gives it that state; the lender's own
# state is then no borrower.
@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "Financing came from Fjordbank Capital, Norway's largest lender, on Friday.",
            "Fjordbank Capital",
            "NO",
        ),
        (
            "The loan from Maple Export Credit Corp, Canada's export-credit agency, was signed.",
            "Maple Export Credit Corp",
            "CA",
        ),
        (
            "Orsolan Holdings, Chile's state-owned mining company, bought the smelter.",
            "Orsolan Holdings",
            "CL",
        ),
    ],
)
def test_possessive_apposition_gives_country(text: str, body: str, code: str) -> None:
    assert _actors(text).get(body) == ("organization", code)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Talvik Trading, Kenya's main supplier of rice, said prices rose.", "Talvik Trading"),
        (
            "The ministry thanked Orsk Partners, Peru's adviser on the sale, for its work.",
            "Orsk Partners",
        ),
    ],
)
def test_possessive_apposition_without_body_noun_gives_none(text: str, body: str) -> None:
    assert _actors(text).get(body) == ("organization", "")


def test_lenders_own_state_is_not_the_borrower() -> None:
    text = (
        "The navy will lease two patrol aircraft from Coastline Aero Leasing. The lease is paid"
        " for with a US$50 million loan from Maple Export Credit Corp, Canada's export-credit"
        " agency."
    )
    loans = [d for d in extract_text(text).deals if d.kind == "loan"]
    assert loans and all(d.buyer != "Canada" for d in loans)
    assert loans[0].seller == "Maple Export Credit Corp"


def test_table_rows_keep_their_own_parties() -> None:
    text = (
        "Kelani Ports cancelled an order for tugs and signed a loan for a berth.\n\n"
        "| Item | Counterparty | Value | Status |\n| --- | --- | --- | --- |\n"
        "| 4 harbour tugs (purchase) | Baltavia Marine (Latvia) | US$30m | Cancelled, 2 Nov |\n"
        "| Loan for the new berth | Tasman Harbour Finance Corporation | US$80m | Signed, 3 Nov |\n"
    )
    deals = extract_text(text).deals
    by_value = {d.value.as_stated: d for d in deals if d.value}
    assert by_value["US$80m"].kind == "loan" and by_value["US$80m"].status == "signed"
    assert by_value["US$80m"].seller == "Tasman Harbour Finance Corporation"
    # The first row's amount is never the loan, nor lent by the next row's lender.
    assert by_value["US$30m"].kind != "loan"
    assert "Tasman Harbour Finance Corporation" not in {
        by_value["US$30m"].seller,
        by_value["US$30m"].buyer,
    }


def _people(text: str) -> dict[str, tuple[str, str]]:
    """person -> (affiliation, country)."""
    return {
        a.name: (a.affiliation, a.country) for a in extract_text(text).actors if a.type == "person"
    }


# N22-12: "of <state>" after a firm gives its country; "Its <title>" after "X of <state>" is X's;
# a short affiliation that ends a state-named body of the text is that body.
@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "The port signed a lease with Dravik Tug Services of Norway on Tuesday.",
            "Dravik Tug Services",
            "NO",
        ),
        ("Kestrel Dredging BV of the Netherlands won the contract.", "Kestrel Dredging BV", "NL"),
    ],
)
def test_of_state_after_a_firm_gives_country(text: str, body: str, code: str) -> None:
    assert _actors(text).get(body) == ("organization", code)


def test_its_after_firm_of_state_is_the_firm() -> None:
    text = (
        "The ministry granted a licence to Kestrel Dredging BV of the Netherlands for two dredgers."
        " Its chief executive, Pieter Smit, welcomed the decision."
    )
    assert _people(text)["Pieter Smit"] == ("Kestrel Dredging BV", "NL")


@pytest.mark.parametrize(
    ("text", "person", "body", "code"),
    [
        (
            "The Kenya Navy will buy two patrol boats. The Navy commander, Major General Ali Omar,"
            " said the boats would arrive in May.",
            "Ali Omar",
            "Kenya Navy",
            "KE",
        ),
        (
            "The Sri Lanka Air Force will lease two aircraft. The Air Force commander, Air Marshal"
            " Sena Perera, said they would arrive in April.",
            "Sena Perera",
            "Sri Lanka Air Force",
            "LK",
        ),
    ],
)
def test_short_affiliation_ends_state_named_body(
    text: str, person: str, body: str, code: str
) -> None:
    assert _people(text)[person] == (body, code)


def test_short_affiliation_ending_a_body_not_named_for_a_state_stays() -> None:
    text = (
        "Volunteers of the Coastal Air Force trained at Moi base. The Air Force commander, Major"
        " General Ali Omar, said the drill went well."
    )
    assert _people(text)["Ali Omar"] == ("Air Force", "")
