"""N9-08: a PDF or Word source is titled from the headline the reader sees, not from the file's
name ("report final v2") or a stale Title property ("ADB press release"); a note says where the
title came from whenever there was a choice, and when the file name had to serve."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

HEADLINE = "EU freezes assets of Serbian arms broker over Libya shipments"
BODY = [
    "BRUSSELS, 20 November 2026 - The Council of the European Union today froze EUR 38.5",
    "million in assets held by Balkan Trident Logistics, a Belgrade-based arms broker.",
]


def _pdf(path: Path, lines: list[str], title: str = "") -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC))
    if title:
        pdf.set_title(title)
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _imported(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


def test_a_pdf_without_title_property_takes_its_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _imported(_pdf(tmp_path / "report_final_v2.pdf", [HEADLINE, *BODY]), capsys)
    assert source["title"] == HEADLINE
    assert "Title taken from the first line" in str(source["notes"])


def test_a_pdf_title_property_is_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _pdf(tmp_path / "x.pdf", [HEADLINE, *BODY], title="Council decision 2026/88")
    assert _imported(path, capsys)["title"] == "Council decision 2026/88"


def test_a_pdf_with_no_headline_keeps_the_file_name_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _imported(_pdf(tmp_path / "two_columns.pdf", BODY), capsys)  # a sentence first
    assert source["title"] == "two columns"
    assert "Title made from the file name" in str(source["notes"])


def test_a_word_heading_wins_over_a_stale_title_property(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "ADB press release"
    document.add_heading("Asian Development Bank approves $310 million loan", level=1)
    document.add_paragraph("MANILA, 2 November 2026 - The bank approved a loan today.")
    path = tmp_path / "release.docx"
    document.save(str(path))
    source = _imported(path, capsys)
    assert source["title"] == "Asian Development Bank approves $310 million loan"
    assert "its Title property says “ADB press release”" in str(source["notes"])

    brief = tmp_path / "loan.brief"
    assert main(["new", str(brief)]) == 0
    capsys.readouterr()
    assert main(["add-source", str(brief), str(path)]) == 0
    assert "Asian Development Bank approves $310 million loan" in capsys.readouterr().out


def test_a_word_file_with_no_heading_keeps_its_title_property(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Loan approved for river ports"
    document.add_paragraph("MANILA, 2 November 2026 - The bank approved a loan today.")
    path = tmp_path / "release.docx"
    document.save(str(path))
    assert _imported(path, capsys)["title"] == "Loan approved for river ports"
