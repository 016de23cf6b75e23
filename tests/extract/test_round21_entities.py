"""Round 21, roles and places (issue 10, newcomer20 N20-13): a qualifier the golds keep before a
title, a capital that stands for its government after a verb that governs it, a price benchmark
in a market line, a capitalised wharf or quay. Made-up sentences only; every positive fails at
round21-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from tests.extract.people_of import people


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def states(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "state"}


def orgs(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


# --- a qualifier the golds keep before a title ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Opposition MP Teuila Marsters-Faleolo said the lease was signed in a hurry.",
            "Teuila Marsters-Faleolo",
            "Opposition MP",
        ),
        (
            "Not everyone was pleased. Opposition lawmaker Kagiso Ntshole-Baker called the price "
            "too high.",
            "Kagiso Ntshole-Baker",
            "Opposition lawmaker",
        ),
        (
            "Opposition legislator Lin Shu-fen questioned the use of a foreign launcher.",
            "Lin Shu-fen",
            "Opposition legislator",
        ),
        (
            '"We will not be rushed," foreign ministry spokesperson Hwang Da-eun told reporters.',
            "Hwang Da-eun",
            "foreign ministry spokesperson",
        ),
        (
            "Lorvian government spokesman Dara Chenda-Rith said the loan was agreed in May.",
            "Dara Chenda-Rith",
            "government spokesman",
        ),
        (
            '"This closes that gap," ministry spokesman Vahe Sarkisov-Lind said on Monday.',
            "Vahe Sarkisov-Lind",
            "ministry spokesman",
        ),
        (
            "Kremlin spokesman Arkady Velimirov-Sokol said Moscow would study the list.",
            "Arkady Velimirov-Sokol",
            "Kremlin spokesman",
        ),
        # a remit the title lists did not know
        (
            "Police Commissioner Tavita Leleua-Noa said the boat would patrol the north.",
            "Tavita Leleua-Noa",
            "Police Commissioner",
        ),
    ],
)
def test_kept_qualifier_before_a_title(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a state's possessive before the body: the golds keep the title bare
        (
            "Norlandia's Foreign Ministry spokesperson Ilse Marvik-Dahl said the talks went well.",
            "Ilse Marvik-Dahl",
            "spokesperson",
        ),
        # a body's own name, not a government's word
        (
            "CCB spokeswoman Nadia Okonkwo-Lind said the plan was sound.",
            "Nadia Okonkwo-Lind",
            "spokeswoman",
        ),
        # a senator stays bare (the golds: 2 of 2)
        (
            "Opposition senator Lucia Arrieta-Mendez opposed the sale.",
            "Lucia Arrieta-Mendez",
            "senator",
        ),
        # the word is not right before the title
        ("The opposition said MP Jonah Whitcombe-Ray would vote no.", "Jonah Whitcombe-Ray", "MP"),
    ],
)
def test_title_stays_bare(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


# --- a legislator's title and a long rank before the name -------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            '"The ships first, the debt later," Congressman Ulises Quispe-Tacna said on radio.',
            "Ulises Quispe-Tacna",
            "Congressman",
        ),
        (
            "Congresswoman Marisol Huanca-Rey asked how the ministry would pay for fuel.",
            "Marisol Huanca-Rey",
            "Congresswoman",
        ),
        (
            "Lorvia's Deputy Minister of National Defence, Senior Lieutenant General Tran Minh "
            "Duc, said in a brief statement that nothing was agreed.",
            "Tran Minh Duc",
            "Deputy Minister of National Defence",
        ),
        (
            "Senior Lieutenant General Nguyen Van Hai said the depot was ready.",
            "Nguyen Van Hai",
            "Senior Lieutenant General",
        ),
    ],
)
def test_legislator_title_and_long_rank(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


def test_congress_is_no_title_on_its_own() -> None:
    found = people("The Congress of Lorvia met on Monday; Ulises Quispe-Tacna spoke first.")
    assert found["Ulises Quispe-Tacna"][0] == ""


def test_remit_word_is_no_body() -> None:
    assert "Police" not in orgs("Police Commissioner Tavita Leleua-Noa said the boat was ready.")


def test_firm_named_minerals_stays_a_firm() -> None:
    assert "Power Minerals" in orgs("Power Minerals bought the mine. Power prices rose in May.")


# --- a capital that stands for its government (N20-13) ---------------------------------------
@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        (
            "Second, the loan binds Jakarta to a French launcher for a decade.",
            "Jakarta",
            "Indonesia",
        ),
        (
            "Other space agencies in the region will ask Paris for the same terms.",
            "Paris",
            "France",
        ),
        ("Some of the new listings may provoke Moscow, officials conceded.", "Moscow", "Russia"),
        # a strong cue after a locative's word: no longer the city
        ("Several juntas in the Sahel turned to Moscow for helicopters.", "Moscow", "Russia"),
        ("The order is a sign of Luanda rebalancing away from Moscow.", "Moscow", "Russia"),
    ],
)
def test_capital_for_its_government(text: str, capital: str, state: str) -> None:
    assert capital not in places(text)
    assert state in states(text)


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The minister flew to Moscow on Monday for the signing.", "Moscow"),
        ("Talks were held in Paris. Officials will ask in Paris for more rooms.", "Paris"),
        ("The ferry links Jakarta with the outer islands twice a week.", "Jakarta"),
    ],
)
def test_capital_as_a_place_stays(text: str, capital: str) -> None:
    assert capital in places(text)


# --- a price benchmark in a market line --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "- Brent averaged $78 a barrel last week.",
        "The volumes will be indexed to a mix of European hub prices and Brent.",
        "The price is linked to the Brent index; the slope is confidential.",
    ],
)
def test_price_benchmark_is_no_place(text: str) -> None:
    assert "Brent" not in places(text)


def test_town_of_the_benchmarks_name_stays() -> None:
    assert "Brent" in places("He was born in Brent and studied in Leeds.")


# --- a capitalised wharf or quay --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Workers at the Queen Halaevalu Wharf unloaded the cement on Monday.",
            "Queen Halaevalu Wharf",
        ),
        (
            "The ferry now berths at Prince Alaric Quay, the port authority said.",
            "Prince Alaric Quay",
        ),
        ("A new fuel line runs along the King Fatafehi Jetty.", "King Fatafehi Jetty"),
    ],
)
def test_capitalised_wharf_is_a_place(text: str, place: str) -> None:
    assert place in places(text)
    assert not any(name.endswith(("Wharf", "Quay")) for name in people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Heron Quay Holdings Ltd signed the lease on Friday.",
        "CHINA TO BUILD LOTOFAGA WHARF\nThe contract was signed on Friday.",
        "About Osprey Quay: Osprey Quay is a port operator based in Beira.",
        "The Main Wharf will be rebuilt.",
    ],
)
def test_wharf_in_a_firm_a_headline_or_plain_words_is_no_place(text: str) -> None:
    assert not any(name.endswith(("Wharf", "Quay", "WHARF")) for name in places(text))


# --- a small site's place after "plant at", "depot near" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The carbonate ships only once the Lorvian plant at Quellaca reaches full output.",
            "Quellaca",
        ),
        ("Talks on a desalination plant at Ras Umbarak did not conclude.", "Ras Umbarak"),
        ("Ore is trucked to the depot near Chisoko before it goes by rail.", "Chisoko"),
    ],
)
def test_site_at_a_small_place(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The plant at Sunrise Holdings was closed for a week.", "Sunrise Holdings"),
        ("The terminal at Mombasa Gate Ltd opened in May.", "Mombasa Gate Ltd"),
    ],
)
def test_site_at_a_firm_stays_the_firm(text: str, body: str) -> None:
    assert body in orgs(text)
    assert body not in places(text)


# --- a territory named only as where a firm sits ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The ministry sold the plot to Pearl Shoal Holdings, a Hong Kong-registered developer.",
        "The reports, first carried by a Hong Kong business website on Friday, were denied.",
        "The digest is published by Lantern Quay Media Ltd, Hong Kong.\n",
    ],
)
def test_territory_as_a_seat_is_a_place(text: str) -> None:
    assert "Hong Kong" in places(text)
    assert "Hong Kong" not in states(text)


@pytest.mark.parametrize(
    "text",
    [
        "The network is run from the United Arab Emirates and Hong Kong, the Treasury said.",
        "The Hong Kong government said it had seen no request.",
        "Hong Kong said on Monday it would study the list.",
    ],
)
def test_territory_beside_states_or_acting_stays_a_state(text: str) -> None:
    assert "Hong Kong" in states(text)


# --- a function before ", retired <rank> <name>" ----------------------------------------------
def test_function_before_a_retired_rank() -> None:
    text = (
        "The general manager of Corvena Aeronautica, retired Major General Ines Paredes-Lugo, "
        "said the first aircraft would fly in 2028."
    )
    assert people(text)["Ines Paredes-Lugo"][:2] == ("general manager", "Corvena Aeronautica")


def test_retired_rank_alone_stays_the_rank() -> None:
    text = "The plan was sound, retired Major General Ines Paredes-Lugo told the panel."
    assert people(text)["Ines Paredes-Lugo"][0] == "Major General"


def test_quay_as_a_firms_short_name_is_no_place() -> None:
    text = "Heron Quay Holdings won the concession. Heron Quay will invest in new berths."
    assert "Heron Quay" not in places(text)
    assert "Heron Quay" not in places("The deal went to Heron Quay. Later Heron Quay was paid.")
