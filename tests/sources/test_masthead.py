"""A newsletter's or broadcast's masthead names the outlet, not the title, the author or the
brief's title (newcomer19 N19-06, N19-11). Made-up texts."""

from __future__ import annotations

from pathlib import Path

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.extract import extract_text
from briefdesk.model import Brief
from briefdesk.sources.api import import_file
from briefdesk.sources.masthead import masthead

BODY = (
    "Teodor Varn reports that the Marsh Ministry has agreed to buy six patrol boats from "
    "Kessel Yards for EUR 80 million. The contract was signed on 3 November."
)


def test_a_broadcast_transcript_is_titled_by_outlet_edition_and_day(tmp_path: Path) -> None:
    path = tmp_path / "radio.txt"
    path.write_text(
        "RADIO VELMAR - EVENING EDITION\nTranscript, Monday 9 November 2026, 19:00\n\n"
        f"[19:00:04] PRESENTER (Ana Holt): Good evening. {BODY}\n",
        encoding="utf-8",
    )
    source = import_file(path)
    assert source.outlet == "Radio Velmar"
    assert source.title == "Radio Velmar – Evening Edition, 9 November 2026"
    assert "read from the masthead" in source.notes


def test_a_mailed_newsletter_names_its_outlet_once(tmp_path: Path) -> None:
    path = tmp_path / "letter.eml"
    path.write_text(
        "From: Baltic Ports Weekly <news@ports.example>\nTo: desk@example.org\n"
        "Subject: Baltic Ports Weekly: Marsh buys six boats\n"
        "Date: Fri, 13 Nov 2026 08:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "BALTIC PORTS WEEKLY - Issue 12, 13 November 2026\nEdited by Ines Moll\n\n"
        f"{BODY}\n",
        encoding="utf-8",
    )
    source = import_file(path)
    assert (source.outlet, source.author) == ("Baltic Ports Weekly", "")
    assert source.title == "Marsh buys six boats"
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, extract_text(source.text)))
    assert "WEEKLY" not in drafted.header.title and "Issue 12" not in drafted.header.title


def test_what_is_no_masthead() -> None:
    assert masthead("NATO - allies agree a new air policing plan\n\nText.") is None
    assert masthead("Marsh Ministry - Issue 4\n\nText.") is None  # not in capitals
    assert masthead("PRESS RELEASE\nMinistry signs loan\n") is None  # a label, no edition
    head = masthead("ANDES WEEKLY - Issue 48, 27 November 2026\nA headline here\n")
    assert head is not None and head.lines == ("ANDES WEEKLY - Issue 48, 27 November 2026",)


def test_a_commentary_label_is_left_to_the_label_reader() -> None:
    assert masthead("HARBOUR POLICY INSTITUTE | COMMENTARY\nA headline\n") is None
