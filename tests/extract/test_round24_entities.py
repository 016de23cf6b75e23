"""Round 24, places and organisations on writers the rules were not built on (issue 10):
a list of places read with "or" as with "and", after a sentence's opening locative ("In X and
Y") and without a month before it; a town named for a saint with its "'s" ("St. George's").
Made-up sentences only; every positive fails at round24-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


# --- lists of places: "or", an opening locative, a month before -------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Exporters may now ship their ore through Pemba or Nacala instead.", "Nacala"),
        ("Exporters may now ship their ore through Pemba or Nacala instead.", "Pemba"),
        ("In Juticalpa and Catacamas, farmers still wait for the road.", "Catacamas"),
        ("Ferries will sail between Scarborough and St. George's from May.", "St. George's"),
        ("The embassy in St. George's will open a trade desk next year.", "St. George's"),
        ("A cargo line now calls at St. John's every week.", "St. John's"),
    ],
)
def test_list_and_saint_places(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a month opening the run is the sentence's time
        ("In the second week of March, Nairobi and Kampala signed a transit pact.", "March"),
        ("Ferries will sail between Scarborough and St. George's from May.", "St"),
        # "or" between firms or people is no list of places
        ("The contract may go to Mensah or Okafor, officials in Accra said.", "Okafor"),
        ("Bids from Sinohydro or Vinci are expected in Lusaka.", "Vinci"),
        ("In March and April, fuel prices rose in Lusaka and Ndola.", "April"),
        # a possessive after a saint's name that is no town stays a possessive
        ("St. Stephen's Hospital in Nairobi signed the supply deal.", "St. Stephen's"),
    ],
)
def test_list_and_saint_places_negative(text: str, wrong: str) -> None:
    assert wrong not in places(text)
