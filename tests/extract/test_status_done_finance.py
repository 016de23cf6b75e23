"""Round 24: a financing or a purchase told done in a company's own words: refinanced,
entered into a loan, completed the acquisition, the deal closed (filings, annual reports,
business briefs). Made-up sentences, positives and near misses."""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_status import deal_status
from tests.extract.deal_rows import statuses_by_amount as _statuses


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvel Steel said it had refinanced its $300 million term loan with four lenders.",
        "Korvel Steel refinanced EUR 80 million of existing debt through a five-year facility.",
        "Korvel Steel refinances $300 million loan",
        "The Group entered into a revolving credit of $75 million with Harbour Bank in May.",
        "In March the Company entered into a five-year term loan of US$90 million.",
        "On 2 May the Group completed the acquisition of a 60 percent interest in Taro Mills "
        "for $45 million.",
        "The deal, valued at $220 million, closed on 4 June.",
        "The sale of the hotel for EUR 38 million was completed in July.",
    ],
)
def test_done_in_a_filings_words(sentence: str) -> None:
    assert deal_status(sentence) == "signed"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The company plans to refinance a $300 million loan next year.", "proposed"),
        ("The tender for the $40 million berth closed on 3 March with five bids.", "reported"),
        ("The transaction, worth $50 million, is expected to be completed in June.", "proposed"),
        ("The plant closed in 2019 after a $40 million loss.", "reported"),
        ("The ministry completed the survey of the $20 million estate.", "reported"),
        ("Whether any $20 million loan has been entered into with a bank is unknown.", "reported"),
    ],
)
def test_near_misses_stay(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def test_deal_of_a_brief_is_signed() -> None:
    text = (
        "Korvel Steel refinances term loan\n\n"
        "OSLO - Korvel Steel ASA said it had refinanced its NOK 3 billion term loan with a group "
        "of lenders led by Fjord Merchant Bank. The new loan runs for six years."
    )
    assert "signed" in _statuses(text).values()


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Harbour Capital has agreed to buy a 30% stake in Keel Foods from its founders for "
            "$52 million, subject to approval by the competition authority.",
            "approved",
        ),
        (
            "Keel Foods has agreed to sell its bakery unit for $18 million, pending regulatory "
            "approval.",
            "approved",
        ),
        ("THE $60 MILLION SHARE PURCHASE AGREEMENT IS TO LAPSE", "cancelled"),
        ("A 2025 farm-out worth $30 million had lapsed when conditions went unmet.", "cancelled"),
        # near misses: a lender's board still to approve; another deal's lapse; no lapse
        (
            "The bank has agreed in principle to lend $60 million, subject to the approval of "
            "its Board.",
            "proposed",
        ),
        (
            "The protocol, worth $3 million, replaces the one that lapsed in June.",
            "reported",
        ),
        ("The $20 million agreement will not lapse.", "reported"),
    ],
)
def test_agreed_sales_and_lapses(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status
