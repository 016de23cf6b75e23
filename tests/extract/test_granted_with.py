"""An agreement signed with a company that grants it rights is a concession: the company the
concessionaire (buyer slot), the other side the grantor (round 23, newcomer22's leftover 1).
Made-up sentences, with negatives: sides the text gives are kept, and "granting" that does not
point back at the side the agreement is signed with changes nothing."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.results import DealSuggestion

_NEWS = "Fisheries news\n\nPraia, 3 March 2026 - "


def _deals(text: str) -> list[DealSuggestion]:
    return extract_text(_NEWS + text + "\n").deals


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Maritime Economy has signed a fisheries access agreement with Kuiper "
        "Pelagic Trawlers BV, granting the company the right to fish with four freezer trawlers.",
        "The Ministry of Maritime Economy signed an access agreement with Kuiper Pelagic Trawlers "
        "BV granting it the right to fish with four trawlers.",
        "The Ministry of Maritime Economy signed a licence agreement with Kuiper Pelagic Trawlers "
        "BV, a Dutch company, granting it access to the northern banks for two years.",
    ],
)
def test_the_side_granted_the_rights_is_the_concessionaire(sentence: str) -> None:
    deal = next(d for d in _deals(sentence) if "Kuiper" in d.buyer + d.seller)
    assert deal.kind.value == "concession"
    assert deal.buyer == "Kuiper Pelagic Trawlers BV"
    assert deal.seller == "Ministry of Maritime Economy"


def test_an_access_agreement_granted_to_a_holder_is_a_concession_with_its_name() -> None:
    deal = next(
        d
        for d in _deals(
            "The Ministry of Maritime Economy has granted a fisheries access agreement to Kuiper "
            "Pelagic Trawlers BV for four freezer trawlers."
        )
        if "Kuiper" in d.buyer
    )
    assert deal.kind.value == "concession"
    assert deal.item == "fisheries access agreement"
    assert deal.seller == "Ministry of Maritime Economy"


@pytest.mark.parametrize(
    "sentence",
    [
        # no grant at all: the guess stands
        "The Ministry of Maritime Economy has signed a fisheries access agreement with Kuiper "
        "Pelagic Trawlers BV for four freezer trawlers.",
        # granting another, not the side signed with
        "The Ministry of Maritime Economy signed an access agreement with Kuiper Pelagic "
        "Trawlers BV, granting Senegal a share of the catch.",
    ],
)
def test_no_grant_back_to_the_side_signed_with_changes_nothing(sentence: str) -> None:
    deal = next(d for d in _deals(sentence) if "Kuiper" in d.buyer + d.seller)
    assert deal.kind.value != "concession"


def test_sides_the_text_gives_are_not_overruled() -> None:
    deal = next(
        d
        for d in _deals(
            "Kuiper Pelagic Trawlers BV will buy four trawlers from Damen Shipyards under a "
            "contract with Damen Shipyards, giving it a fleet of ten."
        )
        if d.seller
    )
    assert deal.kind.value != "concession"
    assert deal.buyer == "Kuiper Pelagic Trawlers BV"
