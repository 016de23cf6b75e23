"""Kinds a first-time user met on invented documents in round 18 (newcomer18 N18-04, ...), each
with made-up sentences in several wordings and negatives."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text
from briefdesk.extract.date_names import date_lead, is_date_name


def _actors(text: str) -> dict[str, tuple[str, str]]:
    return {a.name: (a.type, a.affiliation) for a in extract_text(text).actors}


# N18-04: a date (day and month, month and day, month and year, a weekday) before a title or a
# body is never an actor, a deal side or an affiliation.
@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [
        ("On 16 October Defence Minister Rui Albergaria signed the lease.", "Rui Albergaria", ""),
        ("On October 16 Defence Minister Rui Albergaria signed the lease.", "Rui Albergaria", ""),
        ("In March 2025 Finance Minister John Mbeki approved the budget.", "John Mbeki", ""),
        ("By 12 June Interior Minister Paolo Rossi had resigned.", "Paolo Rossi", ""),
        ("On 4 March Kenya's Defence Minister Aden Duale signed.", "Aden Duale", "Kenya"),
        ("On 3 May Acme Corp chief executive John Smith resigned.", "John Smith", "Acme Corp"),
        ("On 16 October Acme Corp Chairman John Smith resigned.", "John Smith", "Acme Corp"),
    ],
)
def test_a_date_before_a_title_is_no_body(text: str, person: str, affiliation: str) -> None:
    actors = _actors(text)
    assert actors[person] == ("person", affiliation)
    assert not [name for name in actors if any(ch.isdigit() for ch in name)]
    assert not [name for name in actors if name.split()[0] in {"March", "May", "October"}]


def test_a_date_is_never_a_deal_side() -> None:
    text = (
        "On 16 October Defence Minister Rui Albergaria and Acme Shipyards signed a "
        "€310 million contract for two frigates."
    )
    for deal in extract_text(text).deals:
        assert "October" not in deal.buyer and "October" not in deal.seller


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Acme Corp Chairman John Smith resigned.", "Acme Corp"),  # no date: the body stays
        ("Kenya's Defence Minister Aden Duale signed.", "Kenya"),
        ("Theresa May's spokesman John Smith said.", "Theresa May"),  # a name, not a month
    ],
)
def test_a_body_without_a_date_is_kept(text: str, body: str) -> None:
    assert body in _actors(text)


def test_date_shapes() -> None:
    text = "On 3 May Acme Corp, and October 16 Defence"
    assert date_lead(text, 3, "3 May Acme Corp") == len("3 May ")
    assert date_lead(text, 5, "May Acme Corp") == len("May ")  # "3 " stands before the run
    assert date_lead(text, 32, "16 Defence") == len("16 ")  # "October " before it
    assert date_lead("x", 0, "May Acme Corp") == 0  # no day before: "May" may be a name
    assert date_lead("x", 0, "2030 World Cup Committee") == 0  # a year alone leads no cut
    assert is_date_name("x", 0, "16 October") and is_date_name("x", 0, "2025")
    assert is_date_name("x", 0, "Friday") and not is_date_name("x", 0, "Acme Corp")
