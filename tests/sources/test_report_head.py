"""A firm's client report: the letterhead gives the outlet, "Prepared by" the author, and the
report is no news story; its writer is never drafted as an actor (newcomer17 N17-07)."""

from __future__ import annotations

from pathlib import Path

import docx

from briefdesk.editing.draft import draft, source_details
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.suggested import from_extraction, in_brief
from briefdesk.extract import extract_text
from briefdesk.model import Brief
from briefdesk.model.codes import SourceKind
from briefdesk.sources.api import import_file
from briefdesk.sources.report_head import report_head

LINES = [
    "SKARVIK SECURITIES — CLIENT BRIEFING",
    "Tollmark Energy to buy Brenna Gas Fields for $820 million",
    "Oslo, 3 March 2026 — Prepared by Ingrid Halvorsen, Head of Energy Research",
    "Tollmark Energy ASA has agreed to acquire Brenna Gas Fields AS from the investment firm "
    "Vesterhav Holdings for $820 million in cash, the companies said on Monday.",
    "Tollmark chief executive Lars Ødegaard said the purchase doubles its gas output.",
]


def _docx(tmp_path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "briefing.docx"
    document.save(str(path))
    return path


def test_letterhead_and_prepared_by_give_outlet_author_and_not_news(tmp_path: Path) -> None:
    source = import_file(_docx(tmp_path, LINES))
    assert (source.outlet, source.author) == ("Skarvik Securities", "Ingrid Halvorsen")
    assert source.kind is SourceKind.OTHER
    assert "Outlet and author read from the report's head" in source.notes


def test_the_writer_is_not_drafted_as_an_actor_but_stays_a_suggestion(tmp_path: Path) -> None:
    source = import_file(_docx(tmp_path, LINES))
    brief = Brief(sources=[source])
    reading = extract_text(source.text)
    assert "Ingrid Halvorsen" in {a.name for a in reading.actors}  # the reading finds her
    drafted = apply_edits(brief, draft(brief, source.id, reading))
    names = {a.name for a in drafted.actors}
    assert "Ingrid Halvorsen" not in names and "Lars Ødegaard" in names
    left = {s.name for s in from_extraction(reading, source) if not in_brief(drafted, s)}
    assert "Ingrid Halvorsen" not in left  # nor offered: the writer is no actor (N18-13)
    # The draft's "names and deals in running prose make it an article" leaves a report alone.
    assert source_details(source, "", reading).kind is SourceKind.OTHER


def test_not_a_report_head() -> None:
    # A headline ending "— market update" is no letterhead; a news story stays news.
    assert report_head("Copper prices fall — market update\n\nPrices fell on Monday.") is None
    assert report_head("CLIENT BRIEFING — RESEARCH NOTE\n\nText.") is None
    # "Prepared by the Office of …" names no person.
    assert report_head("Annual review\n\nPrepared by the Office of the Auditor General.") is None
    found = report_head("Market view\nWritten by: Ana Berg and Tomas Varga\n\nText.")
    assert found is not None and (found.outlet, found.author, found.is_report) == (
        "",
        "Ana Berg and Tomas Varga",
        False,
    )
    assert report_head("Summary\nPrepared by Harbour Capital Markets\n\nText.") is None
