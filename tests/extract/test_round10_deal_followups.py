"""A nominal signing is signed, and a later sentence about the same deal keeps its goods
(round 10, newcomer10 N10-09, N10-15). Made-up sentences, with negatives."""

from __future__ import annotations

from briefdesk.extract import extract_text


def test_the_signature_of_a_contract_is_signed() -> None:
    deals = extract_text(
        "The minister told parliament of the signature of a contract with Baltika Yards for "
        "two survey ships worth €80 million."
    ).deals
    assert [d.status.value for d in deals] == ["signed"]


def test_the_conclusion_of_an_agreement_is_signed() -> None:
    deals = extract_text(
        "The minister announced the conclusion of an agreement with Orlen Marine for four "
        "tugboats worth $30 million."
    ).deals
    assert [d.status.value for d in deals] == ["signed"]


def test_the_conclusion_of_talks_is_no_signing() -> None:
    deals = extract_text(
        "After the conclusion of talks, Kenya plans to buy four patrol boats for $30 million."
    ).deals
    assert all(d.status.value != "signed" for d in deals)


def test_a_signed_sentence_after_the_deal_keeps_its_goods() -> None:
    deal = extract_text(
        "Chile will buy eight Tarka trainers from Aerovia Systems, the air force said. "
        "The contract was signed in Santiago on Friday."
    ).deals[0]
    assert (deal.item, deal.quantity, deal.status.value) == ("Tarka trainers", 8, "signed")
    assert (deal.buyer, deal.seller) == ("Chile", "Aerovia Systems")


def test_a_signed_sentence_about_other_sides_takes_no_goods() -> None:
    deals = extract_text(
        "Chile will buy eight Tarka trainers from Aerovia Systems. "
        "Separately, Peru signed a deal with Navantia on Friday."
    ).deals
    peru = next(d for d in deals if d.buyer == "Peru")
    assert peru.item == "" and peru.quantity is None
