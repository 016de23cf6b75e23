"""A document's date read from its text when the file gives none (newcomer13 N13-23)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefdesk.sources import import_file
from briefdesk.sources.limits import ImportLimits
from briefdesk.sources.stated_date import stated_date

BODY = "\n\nThe ministry awarded the contract to the consortium after an open tender.\n"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("CONTRACT AWARD NOTICE\nReference: MME/17\n3. Date of award decision: 3 November 2026",
         dt.date(2026, 11, 3)),
        ("ARBITRATION RULING SUMMARY\nDate of Award: 6 November 2026", dt.date(2026, 11, 6)),
        ("OSLO BØRS ANNOUNCEMENT\nIssuer: Nordvik ASA\nDate: Tuesday, 14 October 2026",
         dt.date(2026, 10, 14)),
        ('TRANSCRIPT — "The World Tonight", Radio Kestrel, 21 November 2026, 19:10',
         dt.date(2026, 11, 21)),
        ("Published: Nov. 4, 2026", dt.date(2026, 11, 4)),
        ("Issued: 2026-09-30", dt.date(2026, 9, 30)),
    ],
)  # fmt: skip
def test_a_labelled_or_opening_date_is_the_documents(head: str, expected: dt.date) -> None:
    found = stated_date(head + BODY)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "text",
    [
        # the story's own dates, not the text's
        "Navy orders ships\n\nThe navy ordered two ships.\n"
        "On 3 March 2026 the first was laid down.\nMore text.\nThe second follows on 4 May 2027.",
        "Policy Brief No. 41 | December 2026\n\nThe brief says little.",  # a month: no day
        "Date of award decision: 31 February 2026\n\nNo such day.",
    ],
)
def test_no_date_is_made_up(text: str) -> None:
    assert stated_date(text) is None


def test_an_imported_notice_gets_the_date_with_a_note_saying_where_from(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("CONTRACT AWARD NOTICE\nDate of award decision: 3 November 2026" + BODY)
    source = import_file(path, limits=ImportLimits(isolate=False))
    assert source.published == dt.date(2026, 11, 3)
    assert "read from the text (“Date of award decision: 3 November 2026”)" in source.notes
