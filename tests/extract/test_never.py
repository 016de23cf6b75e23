"""The user's decisions stick: a never-suggest list, and dismissed suggestions per source."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_source, extract_text
from briefdesk.extract.never import NeverSuggest
from briefdesk.model import Source
from tests.extract.conftest import names

TEXT = (
    "ANKARA, May 14 (Reuters) - Turkey will sell 24 jet trainers to Malaysia for $1.2 billion, "
    "Defence Minister Yusuf Demirci said in Ankara on Monday."
)


def test_a_never_rule_removes_that_name_of_that_kind() -> None:
    extraction = extract_text(TEXT, never=[NeverSuggest("reuters", "organization")])
    assert "Reuters" not in names(extraction, "organization")
    assert "Yusuf Demirci" in names(extraction, "person")


def test_a_rule_of_another_kind_leaves_the_name() -> None:
    extraction = extract_text(TEXT, never=[NeverSuggest("Reuters", "person")])
    assert "Reuters" in names(extraction, "organization")


def test_patterns_and_places() -> None:
    extraction = extract_text(TEXT, never=[NeverSuggest("yusuf *"), NeverSuggest("ANK*", "place")])
    assert not names(extraction, "person")
    assert "Ankara" not in {p.name for p in extraction.places}


def test_a_removed_party_is_cleared_from_its_deal() -> None:
    deal = extract_text(TEXT, never=[NeverSuggest("Turkey", "state")]).deals[0]
    assert (deal.seller, deal.seller_key) == ("", "")
    assert deal.buyer == "Malaysia" and deal.buyer_key


def test_a_bad_rule_is_refused_with_a_reason() -> None:
    with pytest.raises(ValueError, match="kind 'ship'"):
        NeverSuggest("Defender", "ship")
    with pytest.raises(ValueError, match="empty"):
        NeverSuggest("  ")


def test_dismissed_suggestions_of_a_source_stay_dismissed() -> None:
    source = Source(text=TEXT)
    key = next(a.key for a in extract_source(source).actors if a.name == "Yusuf Demirci")
    source.dismissed.append(key)
    assert "Yusuf Demirci" not in names(extract_source(source), "person")
    assert "Yusuf Demirci" in names(extract_source(source, keep_dismissed=True), "person")
