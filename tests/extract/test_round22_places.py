"""Round 22, places and organisations (issue 10, newcomer21's leftover): a currency code or a
unit with an amount is no body, a state's name heading a roundup's item is the state, an address
line's part with digits is no place. Made-up sentences only; every positive fails at
round22-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def states(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "state"}


def bodies(text: str) -> set[str]:
    return {
        a.name
        for a in extract_text(text).actors
        if a.type.value in ("organization", "international_organization")
    }


# --- a currency code or a unit written with an amount ----------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Harbour Ministry's EUR 290 million contract was suspended on Friday.", "EUR"),
        ("Dorvane's USD 40 million credit line was repaid early.", "USD"),
        ("Talvik Rail's CHF 85 million order for trams is on hold.", "CHF"),
        ("Ostrava Grid's USD1.2bn bond was priced on Tuesday.", "USD1.2bn"),
        ("Kelmar Shipping's GBP 12 million purchase of two tugs closed.", "GBP"),
    ],
)
def test_a_currency_code_with_an_amount_is_no_body(text: str, code: str) -> None:
    found = bodies(text)
    assert code not in found
    assert not any(name.startswith(code) for name in found)
    assert code not in places(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body whose acronym is also a code, never written with an amount
        ("Power will come from PT PLN (Persero). PLN did not give the tariff.", "PT PLN (Persero)"),
        ("Part of the bill is paid with a credit from SEK, Sweden's state export lender.", "SEK"),
        ("The Norvale Mining Board (NMB) issued the licence on Monday.", "Norvale Mining Board"),
    ],
)
def test_a_body_whose_acronym_is_a_code_stays(text: str, body: str) -> None:
    assert body in bodies(text)


def test_the_body_beside_the_amount_stays() -> None:
    text = "The Harbour Ministry's EUR 290 million contract with Velmar Aerospace was suspended."
    assert "Velmar Aerospace" in bodies(text)
    assert "EUR" not in bodies(text)


# --- a state's name heading a roundup's item --------------------------------------------------
ROUNDUP = (
    "PACIFIC PORTS WEEKLY\n\n"
    "SOLOMON ISLANDS | Two new tugs for Honiara\n"
    "The port authority in Honiara has bought two harbour tugs from a yard in Cairns.\n\n"
    "--- SIERRA LEONE ---\n"
    "Regulator suspends Port Loko ore licence\n"
    "The licence of Kamara Iron was suspended on Tuesday.\n"
)


def test_a_state_heading_is_the_state_not_a_place() -> None:
    found = places(ROUNDUP)
    assert "SOLOMON ISLANDS" not in found
    assert "SIERRA LEONE" not in found
    assert {"Solomon Islands", "Sierra Leone"} <= states(ROUNDUP)
    assert "Honiara" in found  # the towns under the headings stay places


def test_a_flag_state_is_no_place() -> None:
    text = "The Sierra Leone-flagged tanker Amber Wake was seized off the coast on Monday."
    assert not any("Sierra Leone" in p for p in places(text))
    assert "Sierra Leone" in states(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town, a city-state's name, an address line's town: left as they were
        ("The tugs were built in Cairns and sailed to Honiara last week.", "Honiara"),
        ("Talks were held in Singapore on Monday with the shipyard.", "Singapore"),
        ("The Bank, Wildey, St. Michael, Barbados\n", "Wildey"),
    ],
)
def test_other_places_are_untouched(text: str, place: str) -> None:
    assert place in places(text)


# --- an address line's part with digits -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "junk"),
    [
        (
            "Minutes of the committee\nHeld on Wednesday 3 February 2027, 14.00-16.45, Delft\n\n"
            "Present: Mrs Anna Veld, chair.",
            "14.00-16.45",
        ),
        (
            "Ministry of Harbours\nHarbour House, Kelvale, P.O. Box 2888, Dodoma\n",
            "P.O. Box 2888",
        ),
    ],
)
def test_an_address_part_with_digits_is_no_place(text: str, junk: str) -> None:
    assert junk not in places(text)


# --- a known town whose name opens with "The" -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The arbitration hearing was held in The Hague on Monday.",
        "Minutes of the committee\nHeld on Tuesday 2 March 2027, The Hague\n\nPresent: Mr Veld.",
        "Officials from the ministry flew to the Hague last week for the talks.",
    ],
)
def test_the_hague_is_a_place(text: str) -> None:
    assert any(p.lower() == "the hague" for p in places(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Hague Convention on service abroad applies to the claim.",
        "The valley of the river flooded in March.",
        "The Villages of Norvale signed the water contract.",
    ],
)
def test_other_the_phrases_are_no_place(text: str) -> None:
    found = {p.lower() for p in places(text)}
    assert "the hague" not in found
    assert not any(p.startswith("the ") for p in found)


# --- a city-state named only as an address line's last part ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Analysts:\nPriya Lindqvist, Senior Director, Sovereign Ratings, Singapore\n\n"
        "KEY POINTS\nMongolia has lined up new loans for 2027.",
        "Subscribe to the weekly digest.\n(c) 2026 Harbour Ledger Media Pte Ltd, Singapore\n",
    ],
)
def test_a_city_state_on_an_address_line_is_a_place(text: str) -> None:
    assert "Singapore" in places(text)
    assert "Singapore" not in states(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Singapore fund bought 25% of the port operator in May.",
        "The yard signed with Singapore's Keppra Marine on Monday.",
        "Ostrava Grid signed a supply deal with Singapore-based Lumen Trading.\n"
        "Lumen Trading Pte Ltd, Singapore\n",
        "Vantor Aviation Services, Luxembourg\nThe lessor said Luxembourg had approved it.",
    ],
)
def test_a_city_state_named_otherwise_stays_the_state(text: str) -> None:
    assert states(text) & {"Singapore", "Luxembourg"}


# --- a place's head word standing alone -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            'The minister said the state had not sold the harbour. "Port is ours, land is ours."',
            "Port",
        ),
        (
            "The Velmar-Oshana Transport Corridor will link the two towns. The bank will pay for "
            "the feasibility study of the Corridor.",
            "Corridor",
        ),
        ("Aircraft: six trainers\n- Base: Kestrel Field\n- Status: signed", "Base"),
        ("Read more\n\nPIPELINE | Norvale Bank\nThe bank's board meets on Monday.", "PIPELINE"),
    ],
)
def test_a_lone_head_word_is_no_place(text: str, word: str) -> None:
    assert word not in places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The tanker docked at Port Louis on Monday.", "Port Louis"),
        ("The ship sailed from Port Moresby to Cairns.", "Port Moresby"),
        ("Talks on the Southern Gas Corridor resumed in Baku.", "Southern Gas Corridor"),
    ],
)
def test_named_ports_and_corridors_stay(text: str, place: str) -> None:
    assert place in places(text)


# --- a known town read as a person where it stands as a place --------------------------------
def people(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "person"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The plant will be built north of Swakopmund, the bank's chief executive, Anna "
            "Shilongo, said on Monday.",
            "Swakopmund",
        ),
        (
            "The contract was signed for Kelvar d.o.o. from Velenje, the member of the board "
            "Janez Kos, and for the ministry.",
            "Velenje",
        ),
        ("By Mekdes Alemu Tessema, Addis Ababa\n\nEthiopia has secured a loan.", "Addis Ababa"),
    ],
)
def test_a_town_standing_as_a_place_is_no_person(text: str, town: str) -> None:
    assert town in places(text)
    assert town not in people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Minister Ishikawa announced a grant of 2 billion yen for the port.", "Ishikawa"),
    ],
)
def test_a_person_named_like_a_town_stays_a_person(text: str, person: str) -> None:
    assert person in people(text)
    assert person not in places(text)


# --- a name the text reads as a place is no body or person as well ---------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "China will build a wharf in Nuku'alofa.\n\nWithin hours, Australia's High "
            "Commissioner in Nuku'alofa, Rachel Dunmore, said Canberra had offered a grant.",
            "Nuku'alofa",
        ),
        (
            "The airport will open the atolls of Haa Alifu to tourism.\n\nResidents of Haa "
            "Alifu welcomed the news with caution.",
            "Haa Alifu",
        ),
    ],
)
def test_a_place_is_not_also_an_actor(text: str, name: str) -> None:
    assert name in places(text)
    assert name not in bodies(text) | people(text)


def test_a_body_named_after_its_place_stays() -> None:
    text = "Ships waited in Tema for a week. The Tema Port Authority said the berths would reopen."
    assert "Tema Port Authority" in bodies(text)
    assert "Tema" in places(text)
