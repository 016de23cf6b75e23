"""A bare government post is not given a state named only paragraphs later (newcomer23 N23-02):
in a story about states the registry does not know, the one state it knows ("a rival offer from
Italy's Fincantieri", five paragraphs down) is no visiting minister's. Made-up texts; the
positive gave the minister Italy at round23-start."""

from __future__ import annotations

import datetime as dt

from briefdesk.extract import extract_text

STORY = (
    "{buyer} to buy eight patrol boats from Harlow Marine\n\n"
    "By Jo Smith\n\n"
    "VESTBY, June 3 (Wire) - {buyer} will buy eight patrol boats from shipbuilder Harlow Marine "
    "for $210 million, the ministry said on Tuesday, during a two-day visit to the Ostrian "
    "capital by Defence Minister Tarek Olund.\n\n"
    "Olund signed the contract with Harlow Marine on Monday, the ministry said.\n\n"
    "The boats are to be delivered from 2029, the statement added.\n\n"
    "The order came after {buyer} chose the design over a rival offer from Italy's Fincantieri "
    "in May.\n\n"
    "Olund told reporters the boats would patrol the whole coast.\n"
)


def _country(text: str, name: str) -> str:
    found = extract_text(text, published=dt.date(2027, 6, 3))
    return next(a.country for a in found.actors if a.name == name)


def test_a_state_named_only_far_below_is_not_the_ministers() -> None:
    assert _country(STORY.format(buyer="Keldoria"), "Tarek Olund") == ""


def test_the_story_state_named_in_the_lead_still_is() -> None:
    assert _country(STORY.format(buyer="Italy"), "Tarek Olund") == "IT"
