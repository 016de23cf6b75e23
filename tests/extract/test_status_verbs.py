"""A deal's status told by one verb of its own clause (issue 10, round 22): made-up sentences.

Every positive here was read "reported" at round22-start; the negatives must stay as they are
(docs/extraction.md "Round 22: status and kinds").
"""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_status import deal_status
from tests.extract.deal_rows import deals


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a loan or facility taken, secured, raised or underwritten: signed
        ("Kivu Power took a $120 million syndicated loan from Meridian Bank last month.", "signed"),
        ("Norvale Mining took out a $75 million loan from Baltic Trade Bank.", "signed"),
        ("Ghana secured a $250 million loan from the Islamic Development Bank.", "signed"),
        ("Zambia secured $250 million in financing from a group of banks.", "signed"),
        ("The miner raised $90 million through a credit facility arranged by Orla Bank.", "signed"),
        (
            "Emirates Orbis Bank has underwritten a $600 million acquisition loan to Sahra.",
            "signed",
        ),
        # a grant given, a contract won in other words
        ("Last week Australia gave the fisheries commission a grant of A$12 million.", "signed"),
        ("The start-up won a €4 million grant from the innovation fund.", "signed"),
        # a lease done: "leased" before what is leased
        ("Air Tanzania leased two A220 jets from Dublin-based Corvid Leasing for $48m.", "signed"),
        ("The port board leased 80 hectares to the operator for $30 million.", "signed"),
        # a purchase or loan only eyed, weighed, sought: a proposal
        ("Morocco eyes a $1 billion purchase of air defence systems from Lindqvist.", "proposed"),
        ("Vaal Mining is seeking a $300 million loan from a group of banks.", "proposed"),
        ("Thailand weighed a $700 million deal for twelve jets.", "proposed"),
        ("The ministry is exploring a $45 million lease of two ferries.", "proposed"),
    ],
)
def test_one_verb_status(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # the verb acts on no deal, or is no verb of the deal
        ("The firm took part in talks on a $200 million loan with the bank.", "proposed"),
        ("Analysts raised concerns about the $500 million loan.", "reported"),
        ("The ministry gave no details of the $90 million deal.", "reported"),
        ("The company has a $400 million senior secured loan from Baltic Trade Bank.", "reported"),
        ("The airline operates three leased jets worth $90 million.", "reported"),
        ("Operating leases of $40 million fall due next year.", "reported"),
        ("A $300 million loan was sought from a group of banks.", "reported"),
        ("The $2 billion deal is considered the largest purchase in the region.", "reported"),
        ("Seoul pledged $40 million to the fund that gives small grants to villages.", "approved"),
        ("Hanwha paid 50 billion won under the loan agreement.", "reported"),
        # a verb denied
        ("Fiji has not secured the $60 million loan it wanted.", "reported"),
        # other statuses still win by their order
        ("Peru cancelled the $90 million lease it had secured from Orla Bank.", "cancelled"),
    ],
)
def test_one_verb_negatives(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def test_one_verb_status_reaches_the_deal() -> None:
    rows = deals("Kivu Power took a $120 million syndicated loan from Meridian Bank of Nairobi.")
    assert [row[4] for row in rows] == ["signed"]
    rows = deals("Morocco eyes a $1 billion purchase of air defence radars from Lindqvist AB.")
    assert [row[4] for row in rows] == ["proposed"]
