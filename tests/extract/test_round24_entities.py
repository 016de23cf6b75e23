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
        ("Most of the ore leaves Pemba or Nacala by sea.", "Pemba"),
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


# --- a headline in capitals with a verb is no body --------------------------------------------
def bodies(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type.value in ("organization", "international_organization")
    }


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "TAKORADI GAS DEAL FINALLY SIGNED\nThe Volta Basin Authority signed on Monday.",
            "TAKORADI GAS DEAL FINALLY SIGNED",
        ),
        (
            "NYANZA MINING LICENCE GRANTED\nThe mines ministry granted the permit.",
            "NYANZA MINING LICENCE GRANTED",
        ),
        (
            "PORTS MINISTRY ANNOUNCES TWO DECISIONS ON HARBOUR PROGRAMMES\nThe ministry said so.",
            "PORTS MINISTRY ANNOUNCES TWO DECISIONS ON HARBOUR PROGRAMMES",
        ),
        (
            "* NORGAZ IS A UNIT OF STATE-CONTROLLED BALTIC FUEL HOLDINGS S.A.\nNo more.",
            "NORGAZ IS A UNIT OF STATE-CONTROLLED BALTIC FUEL HOLDINGS S.A.",
        ),
        (
            "* SAYS PROHIBITS PURCHASE OF ORAVA LIME A.S. BY DUNAJ MATERIALS A.S.\nNo more.",
            "SAYS PROHIBITS PURCHASE OF ORAVA LIME A.S. BY DUNAJ MATERIALS A.S.",
        ),
    ],
)
def test_capitals_headline_with_verb_is_no_body(text: str, wrong: str) -> None:
    assert wrong not in bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's name in capitals, no verb, stays a body
        ("The deal was cleared by the NATIONAL PORTS AND HARBOURS AUTHORITY on Friday.",
         "NATIONAL PORTS AND HARBOURS AUTHORITY"),
        ("The Volta Basin Authority signed the contract on Monday.", "Volta Basin Authority"),
    ],
)
def test_capitals_body_without_verb_stays(text: str, body: str) -> None:
    assert body in bodies(text)


# --- a speaker's note in lower case is no agency; "Washington, D.C." whole ---------------------
TRANSCRIPT = (
    "PORT TALK, episode 12\n\n"
    "HOST: Good evening. Tonight, the queue of ships outside the harbour.\n\n"
    "HOST: I spoke to the harbour master this morning.\n\n"
    "CAPT. RUWAN PERERA-SILVA (recorded): We handle more boxes than the yard was built for.\n\n"
    "HOST: The authority says a new berth opens next year.\n"
)


def test_lower_case_speaker_note_is_no_dateline() -> None:
    result = extract_text(TRANSCRIPT)
    assert not any("Perera" in p.name for p in result.places)
    assert "recorded" not in {a.name for a in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, D.C., March 3, 2027 – The development bank approved a loan to Guyana.",
        "Washington, D.C., 9 May 2027 - The development bank approved a loan to Belize.",
    ],
)
def test_washington_dc_dateline_whole(text: str) -> None:
    assert "Washington, D.C." in places(text)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, Oct 25 (Reuters) - The State Department approved the sale.",
        "Washington, DC – June 26, 2027: The Fund's staff reached an agreement.",
    ],
)
def test_washington_without_dc_stops(text: str) -> None:
    assert "Washington" in places(text)
