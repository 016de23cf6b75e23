"""A wire dateline with no year is kept after the events its story reports (round 22,
newcomer21 N21-13). Made-up wires only."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.sources.wire_head import dateline_date, dateline_note

TODAY = dt.date(2026, 12, 3)


def _wire(body: str, dateline: str = "Jan 12") -> str:
    return f"Ostrava ships first cargo\n\nVELMOR, {dateline} (OPA) - {body}\n"


@pytest.mark.parametrize(
    "body",
    [
        "Hollin Grain loaded its first cargo under the November barter on Monday.",
        "The cargo is the first since November, when the two firms agreed the swap.",
        "Hollin Grain signed in December a deal to sell maize to Rastel.",
        "The accord was signed on 24 November 2026 in Velmor.",
    ],
)
def test_a_recent_past_event_moves_the_yearless_dateline_to_the_next_year(body: str) -> None:
    found = dateline_date(_wire(body), TODAY)
    assert found is not None and found.date == dt.date(2027, 1, 12)
    note = dateline_note(found)
    assert "the year 2027, as the story reports" in note and "2026-01-12 if" in note


@pytest.mark.parametrize(
    ("body", "dateline", "expected"),
    [
        # a month ahead, not past: "would reach Velmor in February"
        ("Rastel said the urea would reach Velmor in February.", "Jan 12", dt.date(2026, 1, 12)),
        # "in November" alone carries no tense
        ("Prices rose in November, traders said.", "Jan 12", dt.date(2026, 1, 12)),
        # the past event is long before the dateline's next year: no follow-up
        ("The grain was sold under the March agreement.", "Jan 12", dt.date(2026, 1, 12)),
        # the event already comes before the dateline as read
        ("The accord was signed under the October barter.", "Nov 20", dt.date(2026, 11, 20)),
        # a future full date stays ahead of the dateline
        ("Deliveries will start on 1 March 2026.", "Jan 12", dt.date(2026, 1, 12)),
    ],
)
def test_no_move_without_a_recent_past_event_after_it(
    body: str, dateline: str, expected: dt.date
) -> None:
    found = dateline_date(_wire(body, dateline), TODAY)
    assert found is not None and found.date == expected
    assert "as the story reports" not in dateline_note(found)


def test_a_written_year_is_never_moved() -> None:
    found = dateline_date(_wire("It was loaded under the November barter.", "Jan 12, 2026"), TODAY)
    assert found is not None and found.date == dt.date(2026, 1, 12)
