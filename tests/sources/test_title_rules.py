"""One title rule for Word and PDF (checker9 C9-11): a heading the reader sees (heading style,
bold or large first line) beats the Title property; a converter's "Microsoft Word - x.docx"
property is never a title; a title from the property alone says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefdesk.cli.main import main

BODY = "BRASILIA — Brazil will buy 36 Gripen fighters from Saab, the air force said."


def _imported(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["import", "--json", str(path)]) == 0
    found = json.loads(capsys.readouterr().out)
    return found[0] if isinstance(found, list) else found


def _docx(path: Path, prop: str = "", bold_headline: str = "") -> Path:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.core_properties.title = prop
    if bold_headline:
        run = document.add_paragraph().add_run(bold_headline)
        run.bold = True
        run.font.size = Pt(20)
    document.add_paragraph(BODY)
    document.save(str(path))
    return path


def _pdf(path: Path, heading: str, title: str = "") -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=18)
    pdf.cell(0, 10, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 7, "BRASILIA - Brazil will buy 36 Gripen fighters from Saab.", new_x="LMARGIN")
    pdf.output(str(path))
    return path


def test_a_converter_label_in_the_title_property_is_not_a_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _imported(_docx(tmp_path / "c_junk.docx", prop="Microsoft Word - report.docx"), capsys)
    assert source["title"] == "c junk"
    assert "“Microsoft Word - report.docx” is a file name" in str(source["notes"])


def test_a_bold_large_first_paragraph_is_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _docx(tmp_path / "d_bold.docx", bold_headline="Turkey seals Eurofighter purchase")
    source = _imported(path, capsys)
    assert source["title"] == "Turkey seals Eurofighter purchase"
    assert "set as a headline" in str(source["notes"])


def test_a_title_from_the_property_alone_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _imported(_docx(tmp_path / "b.docx", prop="Indonesia Rafale order"), capsys)
    assert source["title"] == "Indonesia Rafale order"
    assert "Title taken from the document's Title property" in str(source["notes"])


def test_a_pdf_heading_in_larger_type_beats_its_title_property(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _pdf(tmp_path / "a.pdf", "Brazil buys Gripen fighters", title="Draft v3 internal")
    source = _imported(path, capsys)
    assert source["title"] == "Brazil buys Gripen fighters"
    assert "its Title property says “Draft v3 internal”" in str(source["notes"])

    brief = tmp_path / "gripen.brief"
    assert main(["new", str(brief)]) == 0
    capsys.readouterr()
    assert main(["add-source", str(brief), str(path)]) == 0
    assert "Brazil buys Gripen fighters" in capsys.readouterr().out
