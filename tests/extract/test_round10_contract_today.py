"""A time word between "a contract" and "with X" keeps X the firm the contract is with (round
10, newcomer10 N10-16: a forwarded press release). Made-up sentences, with a negative."""

from __future__ import annotations

from briefdesk.extract import extract_text


def test_signed_a_contract_today_with_a_firm() -> None:
    extraction = extract_text(
        "The Ministry of Defence signed a contract today with Vardex Marine for 6 Kestrel "
        "patrol boats worth $210 million."
    )
    assert "Vardex Marine" in {a.name for a in extraction.actors}
    deal = extraction.deals[0]
    assert (deal.buyer, deal.seller) == ("Ministry of Defence", "Vardex Marine")


def test_signed_an_agreement_yesterday_with_a_firm() -> None:
    actors = {
        a.name
        for a in extract_text(
            "The navy signed an agreement yesterday with Korvel Yards for two tugs."
        ).actors
    }
    assert "Korvel Yards" in actors


def test_a_place_after_with_stays_no_firm() -> None:
    actors = {a.name for a in extract_text("The minister met today with farmers in Tamale.").actors}
    assert "Tamale" not in actors
