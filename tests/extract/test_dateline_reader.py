"""The one dateline reader (extract/dateline_reader.py): place, date text, agency and span,
as the extraction, the article's own date, the deal sides and the dollar review read them."""

from __future__ import annotations

import pytest

from briefdesk.dollar_review import _dateline_city
from briefdesk.extract import extract_text
from briefdesk.extract.dateline_date import text_date
from briefdesk.extract.dateline_reader import (
    DATED,
    LOOSE,
    find_dateline,
    in_dateline,
    read_dateline,
)


@pytest.mark.parametrize(
    ("line", "place", "region", "date", "agency", "dash_at"),
    [
        ("BRUSSELS, 20 November 2026 — The EU", "BRUSSELS", "", "20 November 2026", "", "—"),
        ("NAIROBI (Reuters) - Kenya said", "NAIROBI", "", "", "Reuters", "-"),
        ("Ulaanbaatar, Nov 24 (AFP) – Mongolia", "Ulaanbaatar", "", "Nov 24", "AFP", "–"),
        ("MANILA, PHILIPPINES — The bank", "MANILA", "PHILIPPINES", "", "", "—"),
        ("DUBAI/BEIJING, Jan 9 (Reuters) - Oil", "DUBAI", "", "Jan 9", "Reuters", "-"),
        ("Colombo, March 17 (PTI) India on Thursday", "Colombo", "", "March 17", "PTI", ""),
        ("KINGSTON, April 14, 2026 /Caribbean Newswire/ -- A", "KINGSTON", "", "April 14, 2026",
         "Caribbean Newswire", "--"),
    ],
)  # fmt: skip
def test_a_wire_dateline_is_read_into_its_parts(
    line: str, place: str, region: str, date: str, agency: str, dash_at: str
) -> None:
    read = read_dateline(line)
    assert read is not None
    assert (read.place, read.region, read.date, read.agency) == (place, region, date, agency)
    assert line[read.place_start :].startswith(place)
    if agency:
        assert line[read.agency_start :].startswith(agency)
    assert read.text == line[: read.end] and read.text.rstrip().endswith(dash_at or ")")


def test_more_places_after_a_slash_are_kept_with_where_they_start() -> None:
    read = read_dateline("DUBAI/BEIJING/DELHI, Jan 9 (Reuters) - Oil")
    assert read is not None and read.others == (("BEIJING", 6), ("DELHI", 14))


@pytest.mark.parametrize("line", ["no dateline here", "Jan 9 2026 - the date first", "  "])
def test_a_line_that_opens_otherwise_has_none(line: str) -> None:
    assert read_dateline(line) is None


def test_a_bare_heading_reads_as_a_place_with_nothing_after_it() -> None:
    """ "READ MORE:" has a dateline's shape; the extraction takes it only for a known place
    or one with a region, date or agency after it, which this has none of."""
    read = read_dateline("READ MORE: more news")
    assert read is not None and (read.place, read.region, read.date, read.agency) == (
        "READ MORE",
        "",
        "",
        "",
    )


def test_each_shape_reads_what_its_user_needs() -> None:
    # The article's date needs a date in words: none in "NAIROBI (Reuters) -".
    assert read_dateline("NAIROBI (Reuters) - Kenya", DATED) is None
    dated = read_dateline("OSLO, Tuesday, 14 October 2026 – Norway", DATED)
    assert dated is not None and dated.date == "14 October 2026" and dated.region == "Tuesday"
    # "9 December" (no year) is an article date, not a wire dateline's short date.
    assert read_dateline("BRIDGETOWN, 9 December - The Board") is None
    assert read_dateline("BRIDGETOWN, 9 December - The Board", DATED) is not None
    # A home city reads anything but a dash after the comma, on any of the first lines.
    found = find_dateline("Headline\nSydney, NSW, Australia — The state", LOOSE)
    assert found is not None and found.place == "Sydney"
    assert read_dateline("Sydney, NSW, Australia — The state") is None


def test_the_users_read_the_same_dateline() -> None:
    text = "Deal signed\nOTTAWA, 3 March 2026 — Canada will buy $2bn of radars.\n"
    date = text_date(text)
    assert date is not None and date.stated == "3 March 2026"
    assert _dateline_city(text) == "OTTAWA"


def test_a_state_in_a_dateline_is_told_by_what_surrounds_it() -> None:
    text = "Bremen, Germany / Manta, Ecuador – 4 November 2025 – Kranwerk Nord GmbH"
    for name in ("Germany", "Ecuador"):
        start = text.index(name)
        assert in_dateline(text, start, start + len(name))
    later = "Kranwerk Nord GmbH signed with Germany on Monday."
    start = later.index("Germany")
    assert not in_dateline(later, start, start + len("Germany"))


@pytest.mark.parametrize(
    "head",
    [
        "Date: 14 October 2026",
        "DATE: 14 October 2026",
        "From: Manila Newswire <desk@example.org>",
        "Issuer: Nordvik Defence Systems ASA",
    ],
)
def test_a_header_field_line_is_no_dateline_nor_its_label_a_place(head: str) -> None:
    """ "Date: …" opens a header field, not a dateline from the town of Date (Hokkaido)."""
    text = f"{head}\n\nOSLO - Nordvik Defence Systems ASA signed a contract with Estonia."
    assert extract_text(text).to_json()["places"] == ["Oslo"]
