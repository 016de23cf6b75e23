"""A licence granted to a named holder is rights granted (kind "concession", the gold's "other"),
its item the licence and its value the licence fee the holder pays in the next sentence; an
agreement signed by name is the deal's item (round 22, newcomer22 N22-11 and N22-02). Made-up
sentences, with negatives: an export licence, a licence applied for, a fee paid by someone
else or of another kind, a separate or a loan agreement."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.results import DealSuggestion

_NEWS = "Fisheries news\n\nPort Louis, 3 March 2026 - "


def _deals(text: str) -> list[DealSuggestion]:
    return extract_text(_NEWS + text + "\n").deals


def _licence(deals: list[DealSuggestion]) -> DealSuggestion:
    return next(d for d in deals if "Baltoro" in d.buyer)


def test_a_fishing_licence_granted_is_a_concession_priced_by_its_fee() -> None:
    deals = _deals(
        "The Ministry of Fisheries has also granted a three-year fishing licence to Baltoro "
        "Marine Ltd of Norway for two longliners. The company will pay a licence fee of EUR 1.8 "
        "million and land a fifth of its catch in Port Louis."
    )
    licence = _licence(deals)
    assert licence.kind.value == "concession"
    assert licence.item == "three-year fishing licence"
    assert licence.seller == "Ministry of Fisheries"
    assert licence.value is not None and licence.value.amount == 1_800_000
    assert licence.value.currency == "EUR"


@pytest.mark.parametrize(
    "after",
    [
        "The company will pay royalties of EUR 1.8 million.",  # no licence fee
        "Local fishermen will pay a licence fee of EUR 1.8 million.",  # not the holder
        "The company will pay a licence fee in instalments. Sales reached EUR 1.8 million.",
    ],
)
def test_no_fee_for_the_licence_from_other_money(after: str) -> None:
    deals = _deals(
        "The Ministry of Fisheries has granted a fishing licence to Baltoro Marine Ltd for two "
        "longliners. " + after
    )
    licence = _licence(deals)
    assert licence.kind.value == "concession"
    assert licence.value is None


def test_an_export_licence_granted_is_no_concession() -> None:
    deals = _deals(
        "The Ministry of Trade has granted an export licence to Baltoro Marine Ltd for two "
        "patrol boats it is selling to Kenya."
    )
    assert all(d.kind.value != "concession" for d in deals if "Baltoro" in d.buyer)


def test_a_licence_only_applied_for_is_not_granted() -> None:
    deals = _deals(
        "Baltoro Marine Ltd has applied for a fishing licence for two longliners. The company "
        "will pay a licence fee of EUR 1.8 million if it is granted."
    )
    assert all(d.kind.value != "concession" for d in deals)


def test_an_agreement_signed_by_name_is_the_deals_item() -> None:
    deals = _deals(
        "The Minister of Fisheries of Mauritius, Tomas Renhart, and the Minister of Marine "
        "Resources of Seychelles, Ilsa Oberlin, today signed in Port Louis a fisheries access "
        "agreement between the Republic of Mauritius and the Republic of Seychelles."
    )
    assert [d.item for d in deals if d.kind.value == "other"] == ["fisheries access agreement"]


@pytest.mark.parametrize(
    ("sentence", "not_item"),
    [
        (
            "Mauritius signed a separate agreement with Seychelles on port calls.",
            "separate agreement",
        ),
        (
            "Mauritius signed a loan agreement with the Seychelles Development Bank for "
            "EUR 20 million.",
            "loan agreement",
        ),
    ],
)
def test_a_separate_or_a_loan_agreement_is_no_item(sentence: str, not_item: str) -> None:
    assert all(d.item != not_item for d in _deals(sentence))
