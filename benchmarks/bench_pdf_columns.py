"""Which layout-aware PDF text mode reads two-column pages column by column, and how fast.

Run by hand: ``PYTHONPATH=src python benchmarks/bench_pdf_columns.py``. It makes test pages
with fpdf2 (two columns at several line spacings and widths, a full-width headline over two
columns, a three-column page, a one-column page, a 50-page two-column report), then reads
each with every candidate and reports how many pages came out in reading order (every
column's lines in order, column after column) and the time per page. The pages are written
row by row across the columns, as many producers do, so stream order interleaves them.

Measured 2026-11-30 on the 2-core machine (other work running):
    pypdf default                         1/6 in order    9.0 ms/page
    pypdf layout + gutter split           6/6            15.0 ms/page   <- chosen
    pdfminer.six LAParams()               1/6           102.7 ms/page
    pdfminer.six LAParams(line_margin=2)  6/6            83.8 ms/page
"""

from __future__ import annotations

import importlib.util
import io
import re
import time
from collections.abc import Callable

SENTENCE = (
    "the ministry said deliveries of the vehicles would begin next year under a contract "
    "signed after months of talks with the manufacturer and the treasury approved the "
    "financing for the first tranche while officials declined to comment on the price"
)
WORDS = SENTENCE.split(" ")


def column_lines(tag: str, count: int) -> list[str]:
    """Lines that say where they belong: '<tag>03 the ministry said …'."""
    lines = []
    for i in range(count):
        words = [WORDS[(i * 7 + k) % len(WORDS)] for k in range(5)]
        lines.append(f"{tag}{i:02d} " + " ".join(words))
    return lines


def make_page(
    pdf: object, columns: int, lines: int, spacing: float, headline: bool, font: int
) -> list[list[str]]:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    pdf.add_page()
    pdf.set_font("Helvetica", size=font)
    top = 20.0
    if headline:
        pdf.set_font("Helvetica", "B", 16)
        pdf.set_xy(10, 10)
        pdf.cell(190, 8, "HEAD Poland signs a contract for tanks across both columns")
        pdf.set_font("Helvetica", size=font)
        top = 24.0
    width = 190 / columns
    expected = [column_lines("LR"[c] if columns == 2 else "ABC"[c], lines) for c in range(columns)]
    # Written row by row across the columns, as many producers do: reading the content
    # stream in order then interleaves the columns.
    for i in range(lines):
        for c in range(columns):
            pdf.set_xy(10 + c * width, top + i * spacing)
            pdf.cell(width - 6, spacing, expected[c][i][: int(width * 0.42 * 10 / font)])
    return expected


def build(cases: list[tuple[str, int, int, float, bool, int, int]]) -> dict[str, bytes]:
    from fpdf import FPDF

    made = {}
    for name, columns, lines, spacing, headline, font, pages in cases:
        pdf = FPDF()
        for _ in range(pages):
            make_page(pdf, columns, lines, spacing, headline, font)
        made[name] = bytes(pdf.output())
    return made


CASES = [
    ("2col tight", 2, 30, 5.0, False, 9, 1),
    ("2col loose", 2, 20, 9.0, False, 11, 1),
    ("2col headline", 2, 25, 6.0, True, 10, 1),
    ("2col wide gap", 2, 25, 7.0, False, 8, 1),
    ("3col", 3, 30, 5.5, False, 7, 1),
    ("1col", 1, 30, 6.0, False, 10, 1),
]


def in_order(text: str, columns: int) -> bool:
    """Every tagged line in order and each column's lines before the next column's."""
    tags = re.findall(r"\b([LRABC])(\d\d)\b", text)
    seen = [(t, int(n)) for t, n in tags]
    if columns == 1:
        order = sorted(seen, key=lambda x: x[1])
    else:
        letters = "LR" if columns == 2 else "ABC"
        order = sorted(seen, key=lambda x: (letters.index(x[0]), x[1]))
    return bool(seen) and seen == order


def pypdf_plain(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def pypdf_layout_split(data: bytes) -> list[str]:
    from pypdf import PdfReader

    from briefdesk.sources.pdf_columns import split_columns

    pages = PdfReader(io.BytesIO(data)).pages
    return [split_columns(p.extract_text(extraction_mode="layout") or "")[0] for p in pages]


def pdfminer(line_margin: float) -> Callable[[bytes], list[str]]:
    def read(data: bytes) -> list[str]:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams, LTTextContainer

        out = []
        params = LAParams(line_margin=line_margin)
        for layout in extract_pages(io.BytesIO(data), laparams=params):
            out.append("\n".join(e.get_text() for e in layout if isinstance(e, LTTextContainer)))
        return out

    return read


CANDIDATES: dict[str, Callable[[bytes], list[str]]] = {
    "pypdf default": pypdf_plain,
    "pypdf layout + gutter split": pypdf_layout_split,
    # pdfminer.six is not a dependency of BriefDesk (it lost this comparison); install it
    # by hand to re-run the comparison.
    "pdfminer.six LAParams()": pdfminer(0.5),
    "pdfminer.six LAParams(line_margin=2)": pdfminer(2.0),
}


def main() -> None:
    made = build(CASES)
    big = build([("50 pages", 2, 30, 5.0, True, 9, 50)])["50 pages"]
    columns = {name: c for name, c, *_ in CASES}
    print(f"{'candidate':40} {'in order':>9} {'ms/page (50-page report)':>26}")
    for label, read in CANDIDATES.items():
        if label.startswith("pdfminer") and importlib.util.find_spec("pdfminer") is None:
            print(f"{label:40} (pdfminer.six not installed)")
            continue
        good = []
        for name, data in made.items():
            if in_order(read(data)[0], columns[name]):
                good.append(name)
        start = time.perf_counter()
        pages = read(big)
        per_page = (time.perf_counter() - start) / len(pages) * 1000
        print(f"{label:40} {len(good):>4}/{len(made):<4} {per_page:>26.1f}   {', '.join(good)}")


if __name__ == "__main__":
    main()
