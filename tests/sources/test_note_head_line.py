"""A note's own head line — the kind of piece, its writer, its date — names the writer, and the
headline above a section heading is no letterhead (newcomer22 N22-07: an analyst note's
"*Analyst note — Indo-Pacific Maritime Desk — 2 December 2026*" was glued to the headline as
its outlet, the export's citation printed both, and the desk was offered as an actor)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_text
from briefdesk.sources.api import import_file, import_text
from briefdesk.sources.label_head import label_head
from briefdesk.sources.release_head import release_letterhead

NOTE = (
    "# Ostia drops drone buy, leases patrol aircraft\n\n"
    "*Analyst note — Southern Seas Maritime Desk — 2 December 2026*\n\n"
    "## Summary\n\n"
    "Ostia's Ministry of Defence has cancelled its planned purchase of six drones from Vireon "
    "Dynamics. In its place the Ostian Air Force will lease two patrol aircraft from Harbour "
    "Aero Leasing for five years, at US$41 million.\n"
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        (
            "Analyst note — Southern Seas Maritime Desk — 2 December 2026",
            "Southern Seas Maritime Desk",
        ),
        ("Policy brief | Ilse Vantongeren | November 2, 2026", "Ilse Vantongeren"),
        ("Commentary – Europe Programme – 3 May 2026", "Europe Programme"),
    ],
)
def test_a_piece_line_names_its_writer(line: str, author: str) -> None:
    found = label_head(
        f"Ostia leases patrol aircraft\n{line}\n\nText.", "Ostia leases patrol aircraft"
    )
    assert found is not None and found.author == author


@pytest.mark.parametrize(
    "line",
    [
        "Ostia — Vireon Dynamics — 2 December 2026",  # no kind of piece before the first dash
        "Analyst note — Southern Seas Maritime Desk",  # no date: not this form
        "Summary",
    ],
)
def test_other_lines_name_no_writer(line: str) -> None:
    found = label_head(
        f"Ostia leases patrol aircraft\n{line}\n\nText.", "Ostia leases patrol aircraft"
    )
    assert found is None or found.author == ""


def test_a_headline_over_a_section_heading_is_no_letterhead() -> None:
    text = "Ostia leases patrol aircraft\nAnalyst note — Desk — 2 December 2026\nSummary\nText."
    assert release_letterhead(text, "Ostia leases patrol aircraft") == ""
    # A real letterhead over a document line is still read, title or not.
    release = "MINISTRY OF DEFENCE\nPRESS RELEASE\nOstia leases patrol aircraft\nText."
    assert release_letterhead(release, "Ostia leases patrol aircraft") == "Ministry of Defence"


@pytest.mark.parametrize("door", ["file", "paste"])
def test_both_doors_give_the_desk_as_writer_and_no_outlet(tmp_path: Path, door: str) -> None:
    if door == "file":
        path = tmp_path / "note.md"
        path.write_text(NOTE, encoding="utf-8")
        source = import_file(path)
    else:
        source = import_text(NOTE)
    assert source.title == "Ostia drops drone buy, leases patrol aircraft"
    assert (source.outlet, source.author) == ("", "Southern Seas Maritime Desk")
    assert source.published is not None and source.published.isoformat() == "2026-12-02"
    offered = {s.name for s in from_extraction(extract_text(source.text), source)}
    assert not {n for n in offered if "Maritime Desk" in n}
