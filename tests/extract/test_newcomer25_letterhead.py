"""A letterhead's ministry in capitals is the ministry the release names in ordinary case
(newcomer25 N25-15), and a ministry named with its state gives its minister that state
(N25-04)."""

from __future__ import annotations

from briefdesk.extract import extract_text

RELEASE = (
    "MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF MOLDOVA\n\n"
    "PRESS RELEASE\n\n"
    "Chisinau, 2 December 2026\n\n"
    "The Ministry of Foreign Affairs of the Republic of Moldova announced on Wednesday that the "
    "two governments signed an agreement on road transport.\n\n"
    "Minister of Foreign Affairs Ilie Ciobanu and his Romanian counterpart discussed the next "
    "meeting of the joint commission, to be held in Iasi in spring 2027.\n"
)


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.country) for a in extract_text(text).actors if a.type == "organization"]


NEWS = (
    "Vilnor and Osterland agree on river ports\n\n"
    "The Romanian port authority said on Tuesday that Moldova and Romania would build a "
    "river port at Giurgiulesti.\n\n"
    "Minister of Transport Ilie Ciobanu and his Romanian counterpart said work would start "
    "in 2027.\n\n"
    "Press Office of the Ministry of Transport of the Republic of Moldova\n"
)


def test_the_letterhead_and_the_body_are_one_actor_in_ordinary_case() -> None:
    orgs = [o for o in _orgs(RELEASE) if "foreign affairs" in o[0].casefold()]
    assert orgs == [("Ministry of Foreign Affairs", "MD")]


def test_a_ministry_named_with_its_state_gives_its_minister_that_state() -> None:
    people = {a.name: a.country for a in extract_text(NEWS).actors if a.type == "person"}
    assert people["Ilie Ciobanu"] == "MD"


def test_near_miss_capitals_never_told_in_ordinary_case_keep_their_name() -> None:
    text = RELEASE.replace("The Ministry of Foreign Affairs of the Republic of Moldova", "It")
    names = [o[0] for o in _orgs(text)]
    assert "Ministry of Foreign Affairs" not in names
