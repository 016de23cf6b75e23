"""Ctrl+D on minutes (newcomer13 N13-35): a heading in capitals becomes a sentence-case title,
and the summary says why no BLUF was drafted."""

from __future__ import annotations

from briefdesk.editing.draft import calm, draft, summary
from briefdesk.editing.edits import apply_edits
from briefdesk.extract.results import Extraction
from briefdesk.model import Brief, Source

MINUTES = (
    "MINUTES OF THE 9th MEETING OF THE JOINT BORDER COMMISSION ON TRADE AND SECURITY\n\n"
    "The Commission met in Accra on 3 November 2026 and adopted its agenda.\n"
)


def test_a_shouted_heading_is_a_sentence_case_title() -> None:
    brief = Brief(sources=[Source(id="src-1", text=MINUTES)])
    edits = draft(brief, "src-1", Extraction())
    drafted = apply_edits(brief, edits)
    assert drafted.header.title == (
        "Minutes of the 9th meeting of the joint border commission on trade and security"
    )
    said = summary(brief, drafted, [e.what for e in edits], Extraction())
    assert "no BLUF (no deal found in this source to draft one from: write it)" in said


def test_acronyms_and_ordinary_titles_are_kept() -> None:
    assert calm("UK AND EU SIGN MOU ON DEFENCE") == "UK and EU sign MOU on defence"
    assert calm("Pakistan to sell JF-17 jets to Azerbaijan") == (
        "Pakistan to sell JF-17 jets to Azerbaijan"
    )
