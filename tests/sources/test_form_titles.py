"""A document whose first line is its form, series or programme is titled by what it is about
(newcomer13 N13-20, N13-09, N13-43, N13-39): a transcript by its programme (the station is the
outlet), a think tank's series line by the headline under it (the institute is the outlet), an
SEC filing by its registrant and Item, an arbitration summary by its case name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.form_title import form_title

INLINE = ImportLimits(isolate=False)
STORY = "The ministry signed the contract on Tuesday, officials said, after two years of talks.\n"
TRANSCRIPT = (
    'TRANSCRIPT — "Evening Report", Radio Larkspur, 3 October 2026, 18:30\n\n'
    "PRESENTER (Mara Lind): Good evening. " + STORY
)
SERIES = (
    "Working Paper No. 7 | The Baltic Energy Forum | October 2026\n\n"
    "Latvia's offshore wind bet: what the Kurzeme tender means for the region\n\n"
    "By Ilze Ozola\n\n" + STORY
)
FILING = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nFORM 8-K\nCURRENT REPORT\n\n"
    "Date of Report (Date of earliest event reported): March 4, 2026\n\n"
    "NORTHWIND ROTOR SYSTEMS, INC.\n(Exact name of registrant as specified in its charter)\n\n"
    "Item 1.01 Entry into a Material Definitive Agreement.\n\n" + STORY
)
AWARD = (
    "SUMMARY OF AWARD\n\nPCA Case No. 2025-14\n\nHarbour Cement Ltd v. Republic of Oceania\n\n"
    "Date of Award: 2 October 2026\n\n" + STORY
)


@pytest.mark.parametrize(
    ("text", "title", "outlet"),
    [
        (TRANSCRIPT, "Evening Report", "Radio Larkspur"),
        (
            SERIES,
            "Latvia's offshore wind bet: what the Kurzeme tender means for the region",
            "The Baltic Energy Forum",
        ),
        (
            FILING,
            "Northwind Rotor Systems, Inc. — Form 8-K, Item 1.01: Entry into a Material"
            " Definitive Agreement",
            "",  # (the registrant once, in the title)
        ),
        (AWARD, "Harbour Cement Ltd v. Republic of Oceania", ""),
    ],
)
def test_the_title_under_the_form_line(tmp_path: Path, text: str, title: str, outlet: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    source = import_file(path, limits=INLINE)
    assert (source.title, source.outlet) == (title, outlet)
    assert text.splitlines()[0] in source.notes  # the line passed over is named


def test_the_filing_date_with_its_parenthesis_is_read(tmp_path: Path) -> None:
    path = tmp_path / "filing.txt"
    path.write_text(FILING, encoding="utf-8")
    assert import_file(path, limits=INLINE).published == dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Transcripts of the hearings will be published, the court said on Monday.\n" + STORY,
        "Issue 4 of the ministry's plan is due on Monday.\nIt covers the frigates.\n" + STORY,
        "SUMMARY OF AWARD\n\nThe tribunal found for the claimant.\n" + STORY,
        "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C.\n" + STORY,
        "Kenya v. Uganda: the border row grows\n" + STORY,  # a headline, not a form line
    ],
)
def test_ordinary_first_lines_are_left_alone(text: str) -> None:
    assert form_title(text, text.splitlines()[0]) is None
