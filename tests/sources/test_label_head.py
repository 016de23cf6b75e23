"""A commentary's label line and byline, and an embassy's note, through every door: the label
is not the title, the byline gives the author, the label the outlet, an embassy note its
issuing body and the kind official statement; the writer and the outlet are never drafted or
suggested as actors (newcomer18 N18-06, N18-07, N18-13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from briefdesk.editing.draft import draft
from briefdesk.editing.edits import apply_edits
from briefdesk.editing.suggested import from_extraction
from briefdesk.extract import extract_text
from briefdesk.model import Brief
from briefdesk.model.codes import SourceKind
from briefdesk.sources.api import import_file
from briefdesk.sources.label_head import label_head, title_case
from briefdesk.sources.mission_head import mission_head

HEAD = [
    "HARBOUR POLICY INSTITUTE | COMMENTARY",
    "After the tender: Norland leases three Ostian corvettes as a stop-gap",
    "By Dr Marta Kellerman, Senior Fellow, Naval Studies Programme",
]
BODY = [
    "Norland has chosen to lease three corvettes from Ostia for four years. Defence Minister "
    "Pavel Arkin signed the lease in Veldhaven on 3 May, the ministry said.",
    "The lease follows the cancellation of the Tidewater programme in April.",
]
TITLE = HEAD[1]


def _txt(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "commentary.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    return path


def _html(tmp_path: Path, lines: list[str]) -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    path = tmp_path / "commentary.html"
    path.write_text(f"<html><body><article>{paragraphs}</article></body></html>", "utf-8")
    return path


def _docx(tmp_path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = tmp_path / "commentary.docx"
    document.save(str(path))
    return path


@pytest.mark.parametrize("door", ["txt", "html", "docx", "pdf"])
def test_every_door_takes_the_headline_author_and_outlet(
    door: str, tmp_path: Path, make_pdf: Callable[..., Path]
) -> None:
    lines = HEAD + BODY
    path = {
        "txt": lambda: _txt(tmp_path, lines),
        "html": lambda: _html(tmp_path, lines),
        "docx": lambda: _docx(tmp_path, lines),
        # (blank cells between: the paragraphs are set apart, as in the newcomer's PDF)
        "pdf": lambda: make_pdf(pages=[[part for line in lines for part in (line, "")]]),
    }[door]()
    source = import_file(path)
    assert source.title == TITLE
    assert (source.outlet, source.author) == ("Harbour Policy Institute", "Marta Kellerman")
    assert "read from the label line and byline" in source.notes
    assert "Title taken from the first line" not in source.notes


def test_writer_and_outlet_are_neither_drafted_nor_suggested(tmp_path: Path) -> None:
    source = import_file(_txt(tmp_path, HEAD + BODY))
    reading = extract_text(source.text)
    brief = Brief(sources=[source])
    drafted = apply_edits(brief, draft(brief, source.id, reading))
    names = {a.name for a in drafted.actors}
    assert "Pavel Arkin" in names
    assert not {n for n in names if "Kellerman" in n or "Harbour" in n}
    offered = {s.name for s in from_extraction(reading, source) if s.kind == "actors"}
    assert not {n for n in offered if "Kellerman" in n or "Harbour Policy" in n}


def test_a_wire_byline_reporter_and_agency_are_not_suggested(tmp_path: Path) -> None:
    lines = [
        "Norland signs $900 million loan for northern railway",
        "By Amos Werrick, Riverside News Agency",
        "VELDHAVEN, Nov 24 (RNA) - Norland signed a $900 million loan with the Ostian "
        "Development Fund on Monday, Finance Minister Lena Brask said.",
    ]
    source = import_file(_txt(tmp_path, lines))
    assert (source.author, source.outlet) == ("Amos Werrick", "Riverside News Agency")
    offered = {s.name for s in from_extraction(extract_text(source.text), source)}
    assert "Amos Werrick" not in offered and "Riverside News Agency" not in offered


def test_what_is_no_label_head() -> None:
    # A headline in sentence case stays the title; a label over a byline gives no title.
    found = label_head("Norland leases corvettes\nBody.", "Norland leases corvettes")
    assert found is None
    found = label_head("BREAKING NEWS\nBy Ana Berg, Ostia Times\nText.", "BREAKING NEWS")
    assert found is not None and (found.title, found.outlet, found.author) == ("", "", "Ana Berg")
    # A label with no piece word names no outlet; a title given elsewhere is kept.
    found = label_head("DEFENCE AND SECURITY\nNorland leases three corvettes today\nText.", "")
    assert found is not None and (found.title, found.outlet) == (
        "Norland leases three corvettes today",
        "",
    )
    assert label_head("DEFENCE AND SECURITY\nNorland leases three corvettes\nText.", "X") is None
    # "By Tuesday, the ministry …" is no byline.
    assert label_head("Headline here today\nBy Tuesday, the ministry had signed.", "") is None
    assert title_case("CENTRE FOR THE STUDY OF CSS") == "Centre for the Study of CSS"


def test_an_embassy_note_gets_its_issuing_body_and_kind(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Economic Note: Norland courts wind investors</title>"
        '<meta name="author" content="Economic Section, Embassy in Veldhaven"></head><body>'
        "<h1>Economic Note: Norland courts wind investors</h1>"
        "<p><em>Embassy in Veldhaven, Economic Section — 10 November 2026 — Unclassified</em></p>"
        "<p>Ostia's Brenner Wind signed a $1.1 billion joint venture agreement with the "
        "state-owned Norland Power on 6 November to build a wind farm.</p></body></html>"
    )
    path = tmp_path / "note.html"
    path.write_text(page, encoding="utf-8")
    source = import_file(path)
    assert source.outlet == "Embassy in Veldhaven"
    assert source.author == "Economic Section"  # named once each in the citation
    assert source.kind is SourceKind.OFFICIAL_STATEMENT


def test_what_is_no_issuing_body() -> None:
    head = mission_head("", "Embassy in Veldhaven, Economic Section — 10 November 2026")
    assert head is not None and (head.body, head.unit) == (
        "Embassy in Veldhaven",
        "Economic Section",
    )
    assert mission_head("Economic Section, Embassy in Veldhaven", "") is not None
    # A headline naming a ministry, a body with other words, a person: none is a note's head.
    assert mission_head("", "Ministry of Defence signs deal with Ostia\nText.") is None
    assert mission_head("", "Embassy in Veldhaven hosts trade fair — 10 November 2026") is None
    assert mission_head("Ana Berg", "Norland leases corvettes\nText.") is None
