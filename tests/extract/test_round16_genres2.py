"""Non-news documents, second pass (round 16, r16-genres2): made-up fragments with positives
and negatives. South Asian firm names ("M/s. X (Pvt) Ltd.", "X Pvt. Ltd.") and "Rs." no longer
cut a sentence; goods sold "worth <amount> to Y in <year>" are a deal; a purchase drawn on a
line of credit is a purchase."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.text import sentences


def _deals(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (d.kind, d.value.as_stated if d.value else "", d.buyer, d.seller)
        for d in extract_text(text).deals
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Cabinet approved the proposal to award the contract to M/s. Lanka Civil "
        "Engineering (Pvt) Ltd. for Rs. 4,850 million.",
        "Garuda Armaments Pvt. Ltd. has signed a contract with Armenia for guns.",
        "An order was placed with Kite Marine Pte. Ltd. by the Navy.",
    ],
)
def test_messrs_rs_and_two_word_forms_do_not_end_a_sentence(text: str) -> None:
    assert len(sentences(text)) == 1


def test_a_full_stop_after_a_firm_still_ends_its_sentence() -> None:
    text = "The order went to Kite Marine Pte. Ltd. The Navy paid Rs. 40 crore. It was late."
    assert len(sentences(text)) == 3


def test_messrs_is_no_part_of_the_firm_and_hides_no_side() -> None:
    text = (
        "The proposal to award the contract to M/s. Lanka Civil Engineering (Pvt) Ltd. for "
        "Rs. 4,850 million was approved by the Cabinet of Ministers."
    )
    (deal,) = extract_text(text).deals
    assert deal.seller == "Lanka Civil Engineering (Pvt) Ltd."
    assert deal.value is not None and deal.value.amount == 4_850_000_000


def test_a_firm_with_a_stopped_two_word_form_opens_a_sentence() -> None:
    names = {
        a.name
        for a in extract_text("Heron Armaments Pvt. Ltd. signed a contract with Armenia.").actors
    }
    assert "Heron Armaments Pvt. Ltd." in names
    text = "Armenia signed with Straits Minor Metals Pte. Ltd. (SMM). SMM will supply ore."
    assert "Straits Minor Metals Pte. Ltd." in {a.name for a in extract_text(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Avionics Ltd sold navigation modules valued at EUR 3.1 million to Ural "
        "Radioelektronika JSC in 2026.",
        "Kestrel Avionics Ltd sold 40 gyroscopes worth $2 million to Ural Radioelektronika JSC "
        "last year.",
    ],
)
def test_goods_sold_worth_an_amount_to_a_named_side_are_a_deal(text: str) -> None:
    ((_kind, _value, buyer, seller),) = _deals(text)
    assert (buyer, seller) == ("Ural Radioelektronika JSC", "Kestrel Avionics Ltd")


@pytest.mark.parametrize(
    "text",
    [
        "Chile sold copper worth $34 billion in 2025.",
        "Indonesia exported nickel worth $34 billion to China last year.",
        "The firm sold goods worth $3 million in 2026, up from 2025.",
    ],
)
def test_a_year_s_sales_with_no_taker_stay_no_deal(text: str) -> None:
    assert _deals(text) == []


def test_a_purchase_drawn_on_a_line_of_credit_is_a_purchase() -> None:
    text = (
        "The Cabinet approved the proposal of the Minister of Transport to purchase 10 diesel "
        "multiple units from Deccan Rail Coaches Limited under the Indian line of credit, at a "
        "cost of USD 61 million."
    )
    ((kind, _value, _buyer, seller),) = _deals(text)
    assert (kind, seller) == ("other", "Deccan Rail Coaches Limited")


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka will receive a line of credit of USD 61 million from India to purchase "
        "diesel multiple units.",
        "The ministry will buy 4 boats from Kestrel Yards Ltd under a $40 million loan from India.",
    ],
)
def test_the_credit_itself_is_still_a_loan(text: str) -> None:
    assert [kind for kind, *_ in _deals(text)] == ["loan"]


def test_a_plant_called_a_facility_is_no_credit_facility() -> None:
    text = (
        "The Ceylon Electricity Board signed a five-year agreement with Eastgate Energy Trading "
        "Ltd for the supply of LNG, to be delivered through a small-scale onshore facility."
    )
    assert [kind for kind, *_ in _deals(text)] == ["energy_supply"]
    credit = "The IMF approved a credit facility of $300 million for Ghana."
    assert [kind for kind, *_ in _deals(credit)] == ["loan"]
