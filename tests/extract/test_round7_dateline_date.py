"""A source without a published date: the date in its dateline, date line or byline stands in
for it when resolving "on Wednesday", "last Friday" or "by 1 December" (newcomer 6, F14).
Made-up articles only."""

from __future__ import annotations

import datetime as dt

import pytest

from briefdesk.extract import Extraction, extract_source, extract_text
from briefdesk.extract.dateline_date import text_date
from briefdesk.model import Source

STORY = (
    "the agency said on Wednesday. The deal was agreed last Friday and needs the approval of "
    "parliament by 1 December.\n"
)


def _dates(extraction: Extraction) -> dict[str, tuple[dt.date | None, list[str]]]:
    return {d.text: (d.resolved, [f"{r.rule}: {r.text}" for r in d.why]) for d in extraction.dates}


@pytest.mark.parametrize(
    ("head", "where"),
    [
        (
            "Norway buys howitzers\n\nOSLO, 14 October 2026 – Norway has agreed to buy guns, ",
            "dateline",
        ),
        (
            "Norway buys howitzers\n\nOSLO, October 14, 2026 (Reuters) - Norway will buy guns, ",
            "dateline",
        ),
        ("Norway buys howitzers\n14 October 2026\n\nNorway will buy guns, ", "date line"),
        (
            "Norway buys howitzers\nPublished: Wednesday 14 October 2026\n\nNorway will buy guns, ",
            "date line",
        ),
        (
            "Norway buys howitzers\nBy Kari Nordmann | 14 October 2026\n\nNorway will buy guns, ",
            "byline",
        ),
    ],
)
def test_the_texts_own_date_resolves_relative_dates(head: str, where: str) -> None:
    dates = _dates(extract_text(head + STORY))
    assert dates["Wednesday"][0] == dt.date(2026, 10, 14)
    assert dates["Friday"][0] == dt.date(2026, 10, 9)
    assert dates["1 December"][0] == dt.date(2026, 12, 1)
    why = " | ".join(dates["Wednesday"][1])
    assert "date.reference-dateline" in why
    assert where in why and "2026-10-14" in why


def test_a_reuters_dateline_without_a_year_takes_the_year_of_the_full_dates() -> None:
    text = (
        "WARSAW, Oct 14 (Reuters) - Poland signed the contract on Wednesday, a year after the "
        "framework deal of 2 March 2025 and before the 5 January 2026 review.\n"
    )
    # Two different years among the full dates: no year is guessed, nothing resolves.
    assert _dates(extract_text(text))["Wednesday"][0] is None
    one_year = text.replace("2 March 2025", "2 March 2026")
    dates = _dates(extract_text(one_year))
    assert dates["Wednesday"][0] == dt.date(2026, 10, 14)
    assert "the year 2026 of the other full dates" in " ".join(dates["Wednesday"][1])


def test_a_given_published_date_wins_over_the_dateline() -> None:
    text = "OSLO, 14 October 2026 – Norway has agreed to buy guns, " + STORY
    dates = _dates(extract_text(text, published=dt.date(2026, 11, 6)))
    assert dates["Wednesday"][0] == dt.date(2026, 11, 4)
    assert not any("reference-dateline" in w for w in dates["Wednesday"][1])


def test_the_window_path_reads_the_dateline_of_a_source_without_published_date() -> None:
    text = "OSLO, 14 October 2026 – Norway has agreed to buy guns, " + STORY
    dates = _dates(extract_source(Source(id="src-1", text=text)))
    assert dates["Wednesday"][0] == dt.date(2026, 10, 14)
    dated = _dates(extract_source(Source(id="src-2", text=text, published=dt.date(2026, 11, 6))))
    assert dated["Wednesday"][0] == dt.date(2026, 11, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Norway will buy guns, the agency said on Wednesday.\n",  # no date at all
        "OSLO, 31 February 2026 – Norway will buy guns on Wednesday.\n",  # no such day
        "March 3\n\nNorway will buy guns on Wednesday.\n",  # a bare day and month is no date line
        "Norway will buy guns.\n" + "More news.\n" * 9 + "14 October 2026\nOn Wednesday, ...\n",
        "Norway said on 14 October 2026 it will buy guns on Wednesday.\n",  # a date in the story
    ],
)
def test_no_text_date_without_a_dateline_date_line_or_byline(text: str) -> None:
    assert text_date(text) is None
    assert _dates(extract_text(text))["Wednesday"][0] is None


def test_the_dateline_date_itself_is_stated_not_derived() -> None:
    text = "OSLO, 14 October 2026 – Norway has agreed to buy guns, " + STORY
    dates = _dates(extract_text(text))
    assert dates["14 October 2026"][0] == dt.date(2026, 10, 14)
    assert not any("reference-dateline" in w for w in dates["14 October 2026"][1])
