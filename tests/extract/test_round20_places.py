"""Round 20, places and organisations on new material: a known place whose name holds a
lower-case link word ("Surigao del Norte", "Frankfurt am Main"). Made-up texts (names no
article holds), positives and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type != "person"}


# --- a known place with a link word inside its name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The permit covers 2,000 hectares in Claver, Surigao del Norte, the bureau said.",
            "Surigao del Norte",
        ),
        ("Surigao del Norte will get a new port next year.", "Surigao del Norte"),
        (
            "The company holds a tenement in Tubay, Agusan del Norte, since 2019.",
            "Agusan del Norte",
        ),
        ("The bank moved its archive to Frankfurt am Main in May.", "Frankfurt am Main"),
        ("The yard in Figueira da Foz will build two tugs.", "Figueira da Foz"),
        ("In Zamboanga del Sur the road is still closed.", "Zamboanga del Sur"),
    ],
)
def test_known_place_with_a_link_word_is_whole(text: str, place: str) -> None:
    found = places(text)
    assert place in found
    assert not set(found) & set(place.split()) - {place}  # no part on its own


def test_linked_place_is_no_body() -> None:
    assert "Agusan del Norte" not in orgs(
        "The licence over a tenement in Tubay, Agusan del Norte, "
        "was held by Ferro Alloys Mining Corp."
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Banco de Surigao del Norte signed the loan on Monday.", "Banco de Surigao del Norte"),
        ("Caxias do Sul Holdings bought the mill last year.", "Caxias do Sul Holdings"),
    ],
)
def test_linked_place_inside_a_body_is_left_to_the_body(text: str, body: str) -> None:
    assert body in orgs(text)
    assert not {"Surigao del Norte", "Caxias do Sul"} & set(places(text))


def test_unknown_name_with_a_link_word_is_not_made_a_place() -> None:
    # "Puerto del Carmelo" is no name the gazetteer holds: this rule proposes nothing for it
    assert "Puerto del Carmelo" not in places("The ship called at Puerto del Carmelo twice.")


def test_party_after_a_seat_of_several_words() -> None:
    # the seat is a place of four words; the party "with" is the firm after "-based"
    result = extract_text(
        "The Space Agency of Veloria has signed a contract worth $41 million with "
        "São José dos Campos-based Orbital Palmeira Ltda for two satellites."
    )
    assert "São José dos Campos" in [p.name for p in result.places]
    assert any(d.seller == "Orbital Palmeira Ltda" for d in result.deals)
    assert not any("São José" in (d.seller, d.buyer) for d in result.deals)


# --- a transcript's first turn is no dateline ---------------------------------------------------

_TRANSCRIPT = """Harbour Hour, Radio Nord

MERETE TOFTELUND (HOST): Good evening, this is Harbour Hour. Tonight: the new quay at Vardenes.

HOST: And the money?

TOMAS VIKSETH (DEPUTY MINISTER): The state pays half.

HOST: Thank you. And the rest?

VIKSETH: A loan from the bank.
"""


def test_speaker_with_a_function_in_brackets_is_no_dateline() -> None:
    result = extract_text(_TRANSCRIPT)
    found = [p.name for p in result.places]
    assert "Merete Toftelund" not in found and "Tomas Vikseth" not in found
    assert "Vardenes" in found
    assert not {"HOST", "Host"} & {a.name for a in result.actors if a.type != "person"}
    people = {a.name: a.role for a in result.actors if a.type == "person"}
    assert people.get("Merete Toftelund") == "host"


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("KAMPALA (Xinhua) - Uganda signed a loan with the bank on Monday.", "Kampala", "Xinhua"),
        ("OSLO, May 4 (Reuters) - Norway signed a contract with Fjordverft AS.", "Oslo", "Reuters"),
    ],
)
def test_dateline_with_an_agency_still_read(text: str, place: str, agency: str) -> None:
    result = extract_text(text)
    assert place in [p.name for p in result.places]
    assert agency in {a.name for a in result.actors}


# --- the sides of a proceeding are no bodies ----------------------------------------------------

_RULING = """IN THE HIGH COURT OF VELORIA

Harbour Roads Ltd (Applicant) v. Veloria Highways Authority (Respondent)
and Kestrel Bridge Co. (Interested Party)

1. The Applicant engaged the Interested Party, a Chinese contractor, under a works contract.
2. The Claimant's case was heard in May. The Interested Party's claim is a matter for another
court. The second Respondent shall pay the Claimant US$ 4 million.
3. Counsel for the Claimant: Birch Laurier LLP. The Respondent was represented by the Ministry
of Mines.
"""


def test_sides_of_a_proceeding_are_no_bodies() -> None:
    bodies = orgs(_RULING)
    assert not bodies & {"Applicant", "Respondent", "Claimant", "Interested Party", "Claimant's"}
    assert {"Harbour Roads Ltd", "Veloria Highways Authority", "Birch Laurier LLP"} <= bodies


def test_a_name_that_holds_a_side_word_is_still_read() -> None:
    assert "Respondent Capital Partners" in orgs(
        "Respondent Capital Partners bought the stake in Harbour Roads Ltd last year."
    )


# --- a kabushiki kaisha of its town ---------------------------------------------------------------


def test_kk_firm_of_its_town() -> None:
    text = (
        "The agency signed a contract with Kirara Orbital Systems K.K. of Nagoya, Japan, "
        "for a satellite."
    )
    assert "Nagoya" in places(text)
    bodies = orgs(text)
    assert "Kirara Orbital Systems K.K." in bodies
    assert not any("of Nagoya" in body for body in bodies)


def test_bank_named_after_its_town_keeps_its_name() -> None:
    assert "Bank of Kyoto" in orgs("The Bank of Kyoto lent the yard $20 million.")


# --- a broadcaster's transcript opens on the station ---------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "outlet"),
    [
        ('KESTREL FM 97.5 - "HARBOUR HOUR" - BROADCAST TRANSCRIPT', "KESTREL FM"),
        ('MARIVA TV - "BUSINESS HOUR"', "MARIVA TV"),
        ("SOUTHERN CURRENT RADIO — THE MONEY HOUR", "SOUTHERN CURRENT RADIO"),
        ('RÁDIO VELKÝ – "Ranní linka" (Morning Line)', "RÁDIO VELKÝ"),
    ],
)
def test_station_on_a_transcripts_first_line(first_line: str, outlet: str) -> None:
    text = first_line + "\n\n" + _TRANSCRIPT.split("\n", 2)[2]
    assert outlet in orgs(text)


@pytest.mark.parametrize(
    "first_line",
    ["RADIO TRANSCRIPT - MORNING SHOW", "LIVE TV - EVENING SHOW", "FM 101 - TOP STORIES"],
)
def test_a_medium_word_alone_names_no_station(first_line: str) -> None:
    text = first_line + "\n\n" + _TRANSCRIPT.split("\n", 2)[2]
    station = first_line.split(" - ")[0]
    assert not {b for b in orgs(text) if station in b.upper()}


# --- a known town before the area it lies in ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Address: Bosaso, Bari region, Somalia | Listed on: 14 April 2027", "Bosaso"),
        ("Addresses: a) Eastleigh, Nairobi, Kenya b) Deira, Dubai", "Eastleigh"),
        ("6. Location: Geoje, Gyeongsangnam-do, Republic of Korea", "Geoje"),
    ],
)
def test_known_town_before_its_area(text: str, town: str) -> None:
    assert town in places(text)


def test_town_before_a_possessive_state_is_not_placed_by_it() -> None:
    # "Brazil's" opens a description of what stands before the comma, not its area
    assert "Geoje" not in places("Geoje, Korea's shipbuilding hub, said the order was firm.")
