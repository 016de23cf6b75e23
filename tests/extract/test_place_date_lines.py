"""The article date of a press release or trade-press item is read from its text whatever the
container (N10-12): .txt/.docx/.pdf gave none where the same text as .html gave the date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.extract.dateline_date import text_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "COMMUNIQUÉ OF THE COUNCIL OF MINISTERS\nRepublic of Senegal — Ministry of the Armed "
            "Forces\nDakar, 12 November 2026 (unofficial English translation)\nThe Council met.",
            dt.date(2026, 11, 12),
        ),
        (
            "Ministry of Economy and Finance of Peru\nPress Release No. 214-2026-MEF\n\n"
            "Lima, 18 November 2026\n\nMEF authorises a credit transfer.",
            dt.date(2026, 11, 18),
        ),
        (
            "Nordic firms team up\n\nBy Mark Tillman, Defence Industry Weekly, 27 November 2026\n"
            "\nTwo firms will bid together.",
            dt.date(2026, 11, 27),
        ),
    ],
)
def test_place_date_lines_and_bylines_with_an_outlet_give_the_date(
    text: str, date: dt.date
) -> None:
    found = text_date(text)
    assert found is not None and found.date == date


def test_a_place_and_a_day_without_a_year_is_no_article_date() -> None:
    assert text_date("Talks\nParis, March 3\nThe talks went on.") is None
    assert text_date("Talks\nThe deal was agreed in Paris, 3 March 2026, by both.\n") is None
