"""Deal status by grammar and vocabulary (issue 10, round 9): made-up sentences.

Each kind came from the retired sets' misses (tense and modality, negation, a pending approval,
a headline's win, a letter that is no signature); each has paraphrases the articles do not
contain and sentences that must stay as they are.
"""

from __future__ import annotations

import pytest

from briefdesk.extract.deal_status import deal_status
from tests.extract.deal_rows import deals


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # still being talked about: a proposal, whatever the modal before it
        ("Lima is said to be negotiating a $90 million loan from the CAF.", "proposed"),
        ("A credit of $40 million was being negotiated with the OPEC Fund.", "proposed"),
        ("The Nordic Bank is arranging a loan of up to €200 million for the buyer.", "proposed"),
        ("The EIB is preparing a €70 million loan for the tramway.", "proposed"),
        ("Quito is in advanced discussions with the CAF for a $50 million loan.", "proposed"),
        ("Its board is scheduled to consider the $75 million credit in May.", "proposed"),
        ("The World Bank and the EIB are expected to provide a further $500 million.", "proposed"),
        ("The CAF is evaluating a $300 million loan to the city.", "proposed"),
        ("The AfDB would now consider a $60 million facility for the firm.", "proposed"),
        # a letter is no signature and no delivery
        ("Orca Mining received a letter of support for a loan of $200 million.", "proposed"),
        ("Baltic Bank signed a mandate letter to arrange a $90 million loan.", "proposed"),
        # still waiting for an approval: a step back
        ("The ADB will lend $80 million to Tonga, subject to Board approval.", "proposed"),
        ("The bank agreed in principle to a $45 million loan, pending board approval.", "proposed"),
        ("The $30 million contract was signed, subject to the approval of parliament.", "approved"),
        # approvals in other words
        ("The Council adopted an assistance measure of €15 million for Moldova.", "approved"),
        ("The Commission has allocated €25 million in aid to Chad.", "approved"),
        ("Norway will also provide NOK 90 million in budget support.", "approved"),
        (
            "The Fund reached an understanding in principle on a $900 million arrangement.",
            "approved",
        ),
        ("The IMF board completed the second review, releasing $250 million.", "approved"),
        ("Canberra will contribute A$30 million to the fund.", "approved"),
        ("Wellington has signed off NZ$12 million for the wharf.", "approved"),
        # a win, a subscription, a commitment to invest: signed
        ("Nordlys Marine Wins $310 Million Ferry Order From Hurtigruten", "signed"),
        ("Kivu Cables won a $45 million fibre contract from the ministry.", "signed"),
        ("The utility subscribed a $20 million contract with Andes Obras.", "signed"),
        ("The miner has committed to invest $900 million in the concession.", "signed"),
        ("The consortium undertakes to invest $2 billion in the port.", "signed"),
        # stops in other words
        ("ARSAT announced the rescission of the $96 million satellite contract.", "cancelled"),
        ("The agency withdrew from the $40 million drone contract with Skyward.", "cancelled"),
        ("The ministry revoked the $300 million mining licence.", "cancelled"),
        # a cause told after the deal's own verb is background
        (
            "Andina has suspended a $310 million contract after the Treasury revoked its licence.",
            "suspended",
        ),
        ("Ghana signed the $50 million deal after Japan approved a loan.", "signed"),
        # negation: no status said
        ("Armenia paid $100 million for rifles which were not delivered.", "reported"),
        ("The $50 million loan had never been disbursed.", "reported"),
        # round 16: a deal said to be unsigned, with no other status, is still proposed
        ("The $20 million contract has not yet been signed.", "proposed"),
    ],
)
def test_status_of_sentence(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # negatives: what the new cues must not change
        ("The $40 million contract was signed on Monday.", "signed"),
        ("The World Bank approved a $60 million loan to Laos.", "approved"),
        # (round 23: a signing set for later is agreed, as 10 of 11 readable golds say)
        ("The contract will be signed next month.", "approved"),
        ("Tonga has not decided on the $30 million offer.", "proposed"),
        ("The frigates were delivered in March.", "delivered"),
        ("The navy received the first batch of rifles.", "in_delivery"),
        ("Cairo cancelled the $2 billion deal, which had been signed in 2021.", "cancelled"),
        ("The Islands Bank approved the $12 million loan.", "approved"),
        ("The winner of the $50 million tender will be named in June.", "reported"),
    ],
)
def test_status_unchanged(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def test_pending_approval_in_a_whole_text() -> None:
    text = (
        "The Asian Development Bank will provide a loan of US$60 million to Samoa for the "
        "Faleolo runway, subject to the approval of its Board in September."
    )
    assert [row[4] for row in deals(text)] == ["proposed"]


def test_headline_win_in_a_whole_text() -> None:
    text = "Nordlys Marine wins NOK 900 million ferry contract from Fjord Linjer."
    assert [row[4] for row in deals(text)] == ["signed"]


def test_later_sentence_moves_a_contract_of_any_kind() -> None:
    text = (
        "Cabinet approved the award of the $80 million road contract to a joint venture of "
        "Andes Obras SA and Ruta Norte Ltda. The contract was signed on Friday."
    )
    assert [row[4] for row in deals(text)] == ["signed"]


@pytest.mark.parametrize(
    "second",
    [
        "The loan comes with a $4 million grant from the Japan Fund for Poverty Reduction.",
        "It will be complemented by a $4 million grant from the Nordic Development Fund.",
        "The European Union is adding a grant of $4 million for road safety.",
    ],
)
def test_companion_amount_takes_the_status_told_before(second: str) -> None:
    text = f"The Asian Development Bank approved a $90 million loan to Laos on Friday. {second}"
    assert {row[3]: row[4] for row in deals(text)}.get("$4 million") == "approved"


def test_companion_takes_no_status_where_none_was_told() -> None:
    text = (
        "Laos is seeking a $90 million loan for its roads. "
        "The loan comes with a $4 million grant from the Japan Fund for Poverty Reduction."
    )
    assert {row[3]: row[4] for row in deals(text)}.get("$4 million") != "approved"


def test_status_told_as_background_gives_way_to_a_stop_close_by() -> None:
    text = (
        "The Ministry of Works has terminated the road contract with Coral Builders Ltd after "
        "two years of delays. The contract, worth $120 million, was signed in 2023."
    )
    assert [row[4] for row in deals(text)] == ["cancelled"]


def test_a_separate_stop_leaves_the_deal_as_told() -> None:
    text = (
        "The contract, worth $120 million, was signed in 2023 with Coral Builders Ltd. "
        "In a separate decision, the ministry cancelled a licence held by Reef Quarries Ltd."
    )
    assert [row[4] for row in deals(text)] == ["signed"]
