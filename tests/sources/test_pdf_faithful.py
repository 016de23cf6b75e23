"""PDFs as a reader sees them: permission-only encryption, ligatures, hyphens, columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from briefdesk.sources import ImportLimits, ImportRefused, import_file, import_file_all
from briefdesk.sources.pdf_columns import split_columns

INLINE = ImportLimits(isolate=False)
LEFT = [
    "Poland will buy 180 K2 tanks from",
    "Hyundai Rotem, the defence ministry",
    "said on Tuesday. The agreement was",
    "signed by the deputy minister in War-",
    "saw after months of talks with the",
    "manufacturer and the treasury.",
]
RIGHT = [
    "Separately, Romania said it had",
    "selected the Piranha 5 vehicle for",
    "its mechanised brigades and would",
    "sign with General Dynamics European",
    "Land Systems in the first quarter",
    "of 2027, officials said on Monday.",
]


def two_column_pdf(path: Path, left: list[str], right: list[str], *, gap: float = 95) -> Path:
    """Lines written row by row across the columns, as many producers do."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for i, (one, two) in enumerate(zip(left, right, strict=True)):
        pdf.set_xy(10, 20 + 6 * i)
        pdf.cell(85, 6, one)
        pdf.set_xy(10 + gap, 20 + 6 * i)
        pdf.cell(85, 6, two)
    pdf.output(str(path))
    return path


def test_two_columns_come_out_column_by_column_with_hyphens_joined(tmp_path: Path) -> None:
    [imported] = import_file_all(two_column_pdf(tmp_path / "cols.pdf", LEFT, RIGHT), limits=INLINE)
    text = imported.source.text
    assert "Warsaw after months" in text
    assert text.index("manufacturer and the treasury") < text.index("Separately, Romania")
    assert "the defence ministry said on Tuesday" in text
    assert not imported.warnings


def test_split_columns_keeps_a_headline_across_both_columns() -> None:
    layout = "\n".join(
        ["   HEADLINE RUNNING ACROSS THE WHOLE PAGE WIDTH HERE"]
        + [f"   left line {i:02d} text        right line {i:02d} text" for i in range(12)]
    )
    text, uncertain = split_columns(layout)
    lines = [line for line in text.splitlines() if line]
    assert lines[0].startswith("HEADLINE")
    assert lines[1:13] == [f"left line {i:02d} text" for i in range(12)]
    assert lines[13:] == [f"right line {i:02d} text" for i in range(12)]
    assert not uncertain


def test_split_columns_reports_an_unclear_gutter() -> None:
    rows = [f"left words {i:02d} here      right words {i:02d} here" for i in range(8)]
    rows[2] = "a line that runs straight across where the gutter would be!!"
    rows[5] = "another line that also runs right across the gutter position"
    _text, uncertain = split_columns("\n".join(rows))
    assert uncertain


def test_one_column_text_is_left_alone() -> None:
    layout = "\n".join(
        ["The ministry said on Tuesday that deliveries would begin", "next year, and that the"] * 4
    )
    text, uncertain = split_columns(layout)
    assert text == layout and not uncertain


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_permission_only_encryption_imports(
    tmp_path: Path, make_pdf: Callable[..., Path], algorithm: str
) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf()))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm=algorithm)
    path = tmp_path / f"locked-{algorithm}.pdf"
    writer.write(path)
    assert "twelve patrol vessels" in import_file(path, limits=INLINE).text


def test_open_password_gets_one_clear_message(
    tmp_path: Path, make_pdf: Callable[..., Path]
) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(make_pdf()))
    writer.encrypt(user_password="open-me", owner_password="owner", algorithm="AES-256")
    path = tmp_path / "secret.pdf"
    writer.write(path)
    with pytest.raises(ImportRefused) as caught:
        import_file(path, limits=INLINE)
    assert str(caught.value) == (
        "secret.pdf: is password-protected (it needs a password to open); ask for an "
        "unprotected copy"
    )


def test_ligatures_become_letters() -> None:
    from briefdesk.sources.normalize import normalize_text

    assert normalize_text("The Paci\ufb01c \ufb02eet, the O\ufb03ce of the Sta\ufb00") == (
        "The Pacific fleet, the Office of the Staff"
    )


def test_a_sentence_runs_on_across_a_column_change_and_a_blank_row_of_the_other_column() -> None:
    """newcomer12 N12-06: layout rows are the page's, so a paragraph gap in the left column made
    a blank row in the right one mid-sentence, and every column change was a paragraph break:
    "The United States welcomed the / (blank) / award;"."""
    left = [
        "Kenya approved the concession for",
        "the launch site on Tuesday.",
        "",
        "The decision follows a contest in",
        "which a rival bid was rejected. The",
        "United States welcomed the",
    ]
    right = [
        "award; China declined to comment.",
        "Analysts said the new site could",
        "",
        "give Kenya a launch capability by",
        "2030, although its financing for",
        "a second phase is not yet secured.",
    ]
    layout = "\n".join(f"{a:<40}{b}".rstrip() for a, b in zip(left, right, strict=True))
    text, uncertain = split_columns(layout)
    assert not uncertain
    assert text.split("\n") == [
        "Kenya approved the concession for",
        "the launch site on Tuesday.",
        "",  # a gap after a sentence is a paragraph break
        "The decision follows a contest in",
        "which a rival bid was rejected. The",
        "United States welcomed the",
        "award; China declined to comment.",
        "Analysts said the new site could",
        "give Kenya a launch capability by",
        "2030, although its financing for",
        "a second phase is not yet secured.",
        "",
    ]


def test_a_newsletters_title_is_its_headline_not_its_masthead(tmp_path: Path) -> None:
    """newcomer12 N12-06: a PDF newsletter with a 16 pt masthead and a 14 pt headline was
    titled from its file name, "the file shows no headline or title"."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Space Review", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 7, "17 June 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "Kenya grants spaceport concession", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    body = "NAIROBI - Kenya's cabinet has approved a 30-year concession for a launch site. " * 4
    pdf.multi_cell(0, 6, body)
    path = tmp_path / "newsletter.pdf"
    pdf.output(str(path))
    source = import_file(path, limits=INLINE)
    assert source.title == "Kenya grants spaceport concession"
    assert "heading set in large type" in source.notes
    # Its own paragraph: run into the dateline, "… concession NAIROBI" read as one phrase.
    assert "Kenya grants spaceport concession\n\nNAIROBI - Kenya's cabinet" in source.text
