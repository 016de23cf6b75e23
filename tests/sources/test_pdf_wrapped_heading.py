"""A PDF headline wrapped over lines in a narrow column is one title (newcomer15 N15-02)."""

from __future__ import annotations

from pathlib import Path

from briefdesk.sources import ImportLimits, import_file
from briefdesk.sources.pdf_lines import join_wrapped_lines

INLINE = ImportLimits(isolate=False)
HEADING = ["Veldra signs copper", "smelter concession with", "Orvian consortium"]
LEFT = [
    "KESTREL CITY, 25 November",
    "2026 - The Government of Veldra",
    "has granted a 30-year concession",
    "to build and operate a copper",
    "smelter at Marrow to a consortium",
    "led by Orvian Zinc Industries, the",
    "mining minister said on Tuesday.",
]
RIGHT = [
    "Government spokesman Tomas Rell",
    "rejected the criticism, saying the",
    "agreement followed the law on",
    "concessions and would go before",
    "parliament in December. He said",
    "the smelter would create 2,400",
    "jobs in the province by 2029.",
]


def _two_columns_under_a_wrapped_heading(path: Path) -> Path:
    """A heading in 14 pt over three lines of the left column, text in 11 pt in two columns,
    as LibreOffice writes a Word file set in columns."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    for i, line in enumerate(HEADING):
        pdf.set_xy(10, 15 + 7 * i)
        pdf.cell(85, 7, line)
    pdf.set_font("Helvetica", size=11)
    top = 15 + 7 * len(HEADING) + 2
    for i, (one, two) in enumerate(zip(LEFT, RIGHT, strict=True)):
        pdf.set_xy(10, top + 6 * i)
        pdf.cell(85, 6, one)
        pdf.set_xy(110, 15 + 6 * i)
        pdf.cell(85, 6, two)
    pdf.output(str(path))
    return path


def test_a_heading_wrapped_in_its_column_is_one_title_and_one_line(tmp_path: Path) -> None:
    source = import_file(_two_columns_under_a_wrapped_heading(tmp_path / "c.pdf"), limits=INLINE)
    whole = " ".join(HEADING)
    assert source.title == whole
    assert source.text.startswith(whole + "\n\nKESTREL CITY, 25 November 2026 - The Government")


def test_a_date_wrapped_between_month_and_year_is_joined() -> None:
    text = "KESTREL CITY, 25 November\n2026 - The Government of Veldra has granted a concession."
    assert join_wrapped_lines(text) == text.replace("\n", " ")
    us_style = "WASHINGTON, Nov. 25,\n2026 - The bank said on Tuesday it would lend more."
    assert join_wrapped_lines(us_style) == us_style.replace("\n", " ")
    # A year opening a line after a line that does not end with a month stays where it is.
    kept = "Figures for the quarter\n2026 12 480\n2027 14 520"
    assert join_wrapped_lines(kept) == kept
