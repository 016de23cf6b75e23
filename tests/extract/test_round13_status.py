"""Round 13: deal status by grammar over the whole text (made-up sentences)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_status import deal_status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a signature still to come: an award or an agreement is approved, not signed
        (
            "The board awarded the $40 million contract to Norvik Pumps but it is not yet signed.",
            "approved",
        ),
        ("The contract was awarded but not yet signed.", "approved"),
        (
            "The ministry awarded the $40 million deal to X; it is expected to be signed in May.",
            "approved",
        ),
        ("The utility has awarded the contract, which is yet to be signed.", "approved"),
        # a deal noun denied
        (
            "The award, worth about $8 million, is being negotiated; no contract has been signed.",
            "proposed",
        ),
        # a preliminary paper signed: the terms are agreed
        ("The parties signed heads of terms on 28 May.", "approved"),
        ("The two firms signed a non-binding term sheet for the $200 million loan.", "approved"),
        # bids received are a tender's step, not a delivery
        ("After bids received on 3 March, the authority awarded the contract to Y.", "signed"),
        ("The agency received five offers and awarded the $9 million contract to Z.", "signed"),
        # negatives: a signature said done stays signed; a delivery stays a delivery
        ("The ministry signed the $40 million contract with X in May.", "signed"),
        ("The navy received the first batch of patrol boats in June.", "in_delivery"),
        ("The contract was signed on Friday and the term of the loan is ten years.", "signed"),
    ],
)
def test_sentence_status(sentence: str, status: str) -> None:
    assert deal_status(sentence) == status


def _status(text: str) -> str:
    deals = extract_text(text).to_json()["deals"]
    priced = [d for d in deals if d["value"]]
    assert priced, deals
    return str(priced[0]["status"])


def test_later_sentence_says_unsigned() -> None:
    text = (
        "The Roads Authority of Zambia has awarded a contract to Kafue Bridgeworks Ltd for "
        "the Chirundu bypass at a price of $62 million. The contract has not yet been signed."
    )
    assert _status(text) == "approved"


def test_later_sentence_signed_keeps_signed() -> None:
    text = (
        "The Roads Authority of Zambia has awarded a contract to Kafue Bridgeworks Ltd for "
        "the Chirundu bypass at a price of $62 million. The contract was signed on Friday."
    )
    assert _status(text) == "signed"


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("The contract was paused in March after a court ruling.", "suspended"),
        ("The licence was revoked by the ministry in May.", "cancelled"),
        ("The award was halted by the procurement regulator.", "suspended"),
    ],
)
def test_later_sentence_stops_the_deal(later: str, status: str) -> None:
    text = (
        "Estonia's defence ministry signed a contract with Norrland Arms AB for 12 howitzers "
        f"worth $140 million. {later}"
    )
    assert _status(text) == status


@pytest.mark.parametrize(
    "text",
    [
        "The civil works were awarded last month to Sutlej Hydro Ltd for $187 million; the "
        "contract will be signed in Thimphu on 4 December.",
        "The port authority awarded the concession to Van Dijk Ports for $610 million. Its "
        "chairman said the contract would be signed in January.",
        "The ministry awarded the $40 million contract to X; it will be signed in May.",
    ],
)
def test_award_with_a_signature_to_come_is_approved(text: str) -> None:
    assert _status(text) == "approved"


def test_award_signed_later_sentence_other_deal_stays_signed() -> None:
    text = (
        "The ministry awarded the $40 million contract to Kafue Bridgeworks. A separate "
        "agreement with Zambezi Steel will be signed in May."
    )
    assert _status(text) == "signed"
