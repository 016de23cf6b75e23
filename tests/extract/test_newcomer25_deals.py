"""Newcomer25's extraction findings (round 25): who lends under a credit line told in the next
sentence (N25-10), a damages claim never the value of the contract it is about (N25-18), a
tranche of a loan told before and a committee that only meets (N25-11). Made-up sentences."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _deals(text: str) -> list[tuple[str, str, str, str | None, str]]:
    found = extract_text("Business news\n\n" + text + "\n").deals
    return [
        (d.kind.value, d.buyer, d.seller, d.value.as_stated if d.value else None, d.status.value)
        for d in found
    ]


_CREDIT_LINE = (
    "The Velmar Development Bank and the Ostrava Export Finance Agency (OEFA) signed a credit "
    "line agreement worth EUR 400 million. Under the credit line, OEFA will lend to the Velmar "
    "Development Bank to finance the purchase of rail equipment over four years."
)


def test_credit_line_sides_from_the_sentence_under_it() -> None:
    """N25-10: the priced loan takes "B will lend to A" from the next sentence; one loan."""
    loans = [d for d in _deals(_CREDIT_LINE) if d[0] == "loan"]
    assert loans == [
        (
            "loan",
            "Velmar Development Bank",
            "Ostrava Export Finance Agency",
            "EUR 400 million",
            "signed",
        )
    ]


def test_credit_line_under_a_loan_between_others_is_kept_apart() -> None:
    """Near miss: "Under the loan" naming parties the priced sentence does not name is another
    loan; the priced one keeps its own sides."""
    text = (
        "Nordhavn Investment Fund signed a loan agreement worth USD 90 million with the city of "
        "Tarvik. Under the loan, Kestrel Credit Bank will lend to Marlow Shipping Ltd to buy "
        "two ferries."
    )
    loans = [d for d in _deals(text) if d[0] == "loan"]
    assert all(d[2] != "Kestrel Credit Bank" for d in loans if d[3] == "USD 90 million")


def test_tranche_of_a_credit_line_is_no_new_loan() -> None:
    """N25-11: "the first tranche of the credit line, EUR 100 million" is a part of the loan."""
    text = (
        _CREDIT_LINE
        + "\n\nThe ministers discussed the next meeting of the Joint Commission on Trade and "
        "Economic Cooperation, to be held in Tarvik in spring 2027.\n\nThe Chairman of the Velmar "
        "Development Bank, Ivo Marek, noted that the first tranche of the credit line, EUR 100 "
        "million, is expected to be disbursed in May 2027."
    )
    values = [d[3] for d in _deals(text)]
    assert "EUR 100 million" not in values
    assert "EUR 400 million" in values


def test_tranche_of_its_own_stays_a_value() -> None:
    """Near miss: a loan "of EUR 100 million" with no tranche words is still a loan."""
    text = (
        "The Nordic Regional Bank approved a loan of EUR 100 million to the Tarvik port authority."
    )
    assert "EUR 100 million" in [d[3] for d in _deals(text)]


def test_committee_named_as_a_meeting_lends_nothing() -> None:
    """N25-11: a loan with no lender in its sentence does not take a committee that meets."""
    text = (
        "The ministers discussed the next meeting of the Joint Committee on Trade and Economic "
        "Cooperation, to be held in Tarvik in spring.\n\n"
        "Moldavia will receive a loan of USD 150 million for schools, the minister said."
    )
    for deal in _deals(text):
        assert "Committee" not in deal[2]


def test_fund_named_beside_a_loan_still_lends() -> None:
    """Near miss: a fund named in the sentence before is still the lender."""
    text = (
        "The Nordic Cooperation Fund met the finance minister in Tarvik on Monday.\n\n"
        "Moldavia will receive a loan of USD 150 million for schools, the minister said."
    )
    loans = [d for d in _deals(text) if d[0] == "loan"]
    assert loans and loans[0][2] == "Nordic Cooperation Fund"


_CLAIM = (
    "Kestrel Avionics said on Friday it had filed for arbitration in Geneva against the Chilean "
    "Ministry of National Defence, seeking 90 billion pesos ($95 million) in damages over the "
    "cancellation of a 2022 contract for 12 K-9 trainer aircraft."
)


def test_damages_claimed_are_no_value_of_the_contract() -> None:
    """N25-18: the contract is cancelled, bought by the ministry from the claimant, unpriced."""
    deals = _deals(_CLAIM)
    assert ("arms_sale", "Ministry of National Defence", "Kestrel Avionics", None, "cancelled") in (
        deals
    )
    assert all(d[3] is None for d in deals)


@pytest.mark.parametrize(
    "words",
    ["as compensation", "in fines", "as a penalty", "in penalties"],
)
def test_conversion_then_compensation_is_no_value(words: str) -> None:
    """N25-18: "X pesos ($Y) as compensation": neither figure is the contract's value."""
    text = (
        "The Chilean Ministry of National Defence cancelled a contract with Kestrel Avionics "
        f"for 12 trainer aircraft and must pay 9 billion pesos ($9.5 million) {words}."
    )
    for deal in _deals(text):
        assert deal[3] is None


def test_contract_value_beside_a_conversion_is_kept() -> None:
    """Near miss: "X pesos ($Y) for 12 aircraft" is the contract's value."""
    text = (
        "The Chilean Ministry of National Defence signed a contract worth 90 billion pesos "
        "($95 million) with Kestrel Avionics for 12 trainer aircraft."
    )
    assert any(d[3] == "90 billion pesos" for d in _deals(text))


def test_claim_between_two_firms_gives_no_direction() -> None:
    """Near miss: a firm's claim against another firm names no buyer."""
    text = (
        "Kestrel Avionics said it had filed for arbitration against Marlow Engines Ltd over the "
        "cancellation of a 2022 contract for 40 turbofan engines."
    )
    for deal in _deals(text):
        assert not (deal[1] == "Marlow Engines Ltd" and deal[2] == "Kestrel Avionics")
        assert not (deal[2] == "Marlow Engines Ltd" and deal[1] == "Kestrel Avionics")


def _items(text: str) -> list[str]:
    return [d.item for d in extract_text("Business news\n\n" + text + "\n").deals]


def test_works_contract_for_a_plant_keeps_the_plant() -> None:
    """N25-14: "an EPC contract worth USD 1.1 billion for a 600 MW ... plant": the plant."""
    text = (
        "The Ministry of Water of Moldavia and Tarvik Builders Ltd signed an engineering, "
        "procurement and construction contract worth USD 2.4 billion for a 450 MW "
        "combined-cycle gas power plant in Tarvik."
    )
    assert "450 MW combined-cycle gas power plant" in _items(text)


def test_works_contract_for_no_works_takes_no_item() -> None:
    """Near miss: "for the first time" names no works."""
    text = (
        "The Ministry of Water of Moldavia signed a construction contract worth USD 300 million "
        "with Tarvik Builders Ltd for the first time."
    )
    assert _items(text) == [""]
