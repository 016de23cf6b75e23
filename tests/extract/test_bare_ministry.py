"""A bare "Ministry of Defence" in an official release: a country only when the text names it."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.extract import extract_source, extract_text
from briefdesk.model import Source
from tests.extract.conftest import actor

CONTRACT = "The Ministry of Defence has signed a contract for twelve patrol boats worth $48 million"


@pytest.mark.parametrize(
    ("text", "country", "affiliation"),
    [
        # Dateline and the same state named in the next sentence.
        (
            f"NAIROBI, 3 March 2026 - {CONTRACT} with Damen. Kenya will take delivery in 2027.",
            "KE",
            "Kenya",
        ),
        # An official address; "Israel Shipyards" is a company, not a second state.
        (
            "Press release | www.mod.gov.ph\nThe Department of National Defense signed a "
            "contract for twelve patrol boats worth $48 million with Israel Shipyards, in a "
            "boost to the Philippines.",
            "PH",
            "Philippines",
        ),
    ],
)
def test_release_that_names_its_state_gives_the_ministry_that_country(
    text: str, country: str, affiliation: str
) -> None:
    ministry = next(
        a
        for a in extract_text(text).actors
        if a.type == "organization" and a.name.startswith(("Ministry", "Department"))
    )
    assert (ministry.country, ministry.affiliation) == (country, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        # The dateline alone is a guess: no state is named near the ministry.
        f"NAIROBI, 3 March 2026 - {CONTRACT} with Damen.",
        # Only the other side is named: the London release's ministry is not Qatar's.
        "LONDON, 3 March 2026 - The Ministry of Defence has agreed to sell 12 Typhoon jets to "
        "Qatar for £5 billion.",
        # An official address but no state in the text.
        f"Press release | www.mod.gov.ph\n{CONTRACT} with Israel Shipyards.",
        # No release at all: no dateline, no official address.
        f"{CONTRACT} with Damen. Kenya will take delivery in 2027.",
        # The named state is not the release's own.
        f"NAIROBI, 3 March 2026 - {CONTRACT} with Damen for Uganda.",
    ],
)
def test_ministry_country_is_never_guessed(text: str) -> None:
    ministry = actor(extract_text(text), "Ministry of Defence")
    assert (ministry.country, ministry.affiliation) == ("", "")


def test_official_outlet_of_the_source_marks_a_release() -> None:
    text = f"{CONTRACT} with Damen, the Kenyan navy's first such order. Kenya will pay in 2027."
    fields = {"id": "src-1", "title": "MoD release", "text": text, "published": dt.date(2026, 3, 3)}
    official = extract_source(Source(**fields, outlet="mod.go.ke", url="https://www.mod.gov.ke/x"))
    plain = extract_source(Source(**fields, outlet="Daily Nation"))
    assert actor(official, "Ministry of Defence").country == "KE"
    assert actor(plain, "Ministry of Defence").country == ""
