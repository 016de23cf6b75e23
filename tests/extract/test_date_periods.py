"""A year qualified by the words before it is one date, written as the text has it (kind from
the blind tuning articles 184-193; made-up sentences with negatives)."""

from __future__ import annotations

import pytest

from briefdesk.extract import extract_text


def _dates(text: str) -> list[str]:
    return [d.text for d in extract_text(text).dates]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Deliveries start in the second quarter of 2028.", ["second quarter of 2028"]),
        ("The yard hands over the hull in the first half of 2029.", ["first half of 2029"]),
        ("The review is due in Q3 2027, the audit in H2 2026.", ["Q3 2027", "H2 2026"]),
        ("Payments fall due from January–June 2027.", ["January–June 2027"]),
        (
            "The plant opens by mid-2028 and reaches capacity in late 2029.",
            ["mid-2028", "late 2029"],
        ),
        ("Work ends at the end of 2028.", ["end of 2028"]),
    ],
)
def test_a_qualified_year_is_one_date(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The fleet dates from the early 1980s and was refitted in 2019.", ["2019"]),
        # (a range of years is one date since newcomer16 N16-10: "2026-27", as written)
        ("The 2026-27 budget was passed in 2026.", ["2026-27", "2026"]),
        ("Talks resumed in 2027 after a pause.", ["2027"]),
        ("He joined the board in half of 2020 cases.", ["2020"]),  # no period words
    ],
)
def test_years_without_period_words_stay_years(text: str, dates: list[str]) -> None:
    assert _dates(text) == dates


def test_a_period_keeps_its_years_resolution() -> None:
    [period] = extract_text("Deliveries start in the second quarter of 2028.").dates
    assert (period.resolved.year, period.precision) == (2028, "year")
