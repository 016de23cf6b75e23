"""Round 25, places and organisations on writers the rules were not built on (issue 10): a
known town named as a firm's home before its trade ("a Sohar contractor") is a place.
Made-up sentences only; every positive fails at round25-start, every negative passes at both."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def bodies(text: str) -> set[str]:
    return {a.name for a in extract_text(text).actors if a.type.value == "organization"}


# --- a town named as a firm's home before its trade -------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The works went to Pwani Civil Ltd, a Malindi contractor, last week.", "Malindi"),
        ("Fines were imposed on a Lüderitz fish exporter for late filings.", "Lüderitz"),
        (
            "Madang Coastal Lines, the Wewak company that runs the ferry, said it would appeal.",
            "Wewak",
        ),
    ],
)
def test_firm_home_town(text: str, place: str) -> None:
    assert place in places(text)


def test_firm_home_town_is_no_body() -> None:
    text = "Madang Coastal Lines, the Wewak company that runs the ferry, said it would appeal."
    assert "Wewak" not in bodies(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # an everyday word, a given name or a state is no firm's home town
        ("Orders went to a Mobile operator and two banks.", "Mobile"),
        ("The Marshall group bought the stake.", "Marshall"),
        ("A Kenya company won the bid.", "Kenya"),
        # a town before a word that is no trade
        ("The Malindi road will be paved next year.", "Malindi"),
    ],
)
def test_firm_home_town_negative(text: str, wrong: str) -> None:
    assert wrong not in places(text)


# --- a byline's towns: "prepared by", a second town after "and", a writer's line with a date --
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The tribunal's award stands.\n\nNote prepared by Anna Ferri-Lutz, Lausanne.", "Lausanne"),
        (
            "HARBOUR NOTES\n\nOmar Haddad-Clarke, Doha and Kuwait City\n\nThe navy signed.",
            "Kuwait City",
        ),
        (
            "Show opens\n\nSalim Qassab-Noor, Riffa | 12 November 2027\n\nThe air force flew.",
            "Riffa",
        ),
    ],
)
def test_byline_towns_round25(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a post after the writer's name, even before a date, is no town
        (
            "NOTICE\n\nMeera Raman, Company Secretary | 12 March 2027\n\nThe board met.",
            "Company Secretary",
        ),
        # a writer's line with no "By" and no date: only a town the gazetteer knows
        ("NOTICE\n\nMeera Raman, Vesslund\n\nThe board met.", "Vesslund"),
        # "and" inside prose after a byline-like comma is no second town
        ("Ruth Ochieng, Kisumu and Partners said the board met.", "Partners"),
    ],
)
def test_byline_towns_round25_negative(text: str, wrong: str) -> None:
    assert wrong not in places(text)
