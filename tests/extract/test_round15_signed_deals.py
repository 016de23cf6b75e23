"""Round 15: an unpriced agreement told as signed is a deal even when one side reads ("A launch
services agreement was signed on Friday with X", "The coast guard signed a time charter for a
vessel owned by X"); future, hoped-for and denied signings are not. "Executed" and "entered
into" sign an offtake like "signed" does (the partner after "with" takes the output). Made-up
sentences only."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.deal_signing import signing_told

# A priced deal first, so the sentence under test is read by the unpriced pass.
_PRICED = (
    "Ghana's navy signed a $40 million contract with Harlan Marine Ltd for two patrol boats "
    "on Monday. "
)


def _deals(sentence: str) -> list[tuple[str, str, str]]:
    return [(d.kind, d.buyer, d.seller) for d in extract_text(_PRICED + sentence).deals[1:]]


@pytest.mark.parametrize(
    ("sentence", "seller"),
    [
        (
            "A launch services agreement was signed on Friday with the Japanese company "
            "Kirin Launch Systems Co. Ltd.",
            "Kirin Launch Systems Co. Ltd.",
        ),
        (
            "The coast guard signed a one-year time charter for the survey vessel Blue Heron, "
            "owned by Accra-based Meridian Offshore Ltd.",
            "Meridian Offshore Ltd",
        ),
        (
            "A maintenance subcontract has been signed with Takoradi Marine Services Ltd for "
            "the first five years.",
            "Takoradi Marine Services Ltd",
        ),
    ],
)
def test_a_signed_agreement_with_one_side_is_a_deal(sentence: str, seller: str) -> None:
    deals = _deals(sentence)
    assert len(deals) == 1
    assert deals[0][2] == seller


@pytest.mark.parametrize(
    "sentence",
    [
        "A maintenance contract with Tema Dockyard Services Ltd is to be signed next month.",
        "No agreement has been signed with Osei Shipping Ltd, officials said.",
        "The navy expects to sign a support contract with Volta Marine Ltd later this year.",
        "A training contract with Sekondi Marine Academy Ltd has not yet been signed.",
        "The contract was signed in Accra by the navy chief and Harlan Marine Ltd's chairman.",
    ],
)
def test_no_deal_from_a_signing_not_done_or_told_again(sentence: str) -> None:
    assert _deals(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("A launch services agreement was signed on Friday with X.", True),
        ("The firm has executed a binding term sheet with Y.", True),
        ("The utility entered into a power purchase agreement with Z.", True),
        ("The lease was formally countersigned by the council in May.", True),
        ("The lease is to be signed in June.", False),
        ("The minister hopes to sign a contract with the yard.", False),
        ("Nothing is signed yet, the minister said of the contract.", False),
        ("The firm signed up 400 new customers last year.", False),
    ],
)
def test_signing_told(sentence: str, told: bool) -> None:
    assert signing_told(sentence) is told


@pytest.mark.parametrize(
    "sentence",
    [
        "Volta Gold Ltd has entered into a binding offtake agreement with Lumen Metals Pte. Ltd. "
        "for all the concentrate from its Obuasi East mine.",
        "Volta Gold Ltd executed a binding offtake agreement with Lumen Metals Pte. Ltd. for "
        "the first eight years of output.",
    ],
)
def test_offtake_executed_or_entered_into(sentence: str) -> None:
    assert ("other", "Lumen Metals Pte. Ltd.", "Volta Gold Ltd") in _deals(sentence)
