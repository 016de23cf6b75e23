"""Building blocks of the built-in Word templates: page set-up, styles, tables, tag paragraphs.

Used by ``make_templates.py`` (the three layouts); kept apart so each file has one job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "src" / "briefdesk" / "resources" / "templates"
FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
FONT = "Arial"  # metric-compatible Liberation Sans ships with LibreOffice: same page breaks
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)
INK = RGBColor(0x1A, 0x1A, 0x1A)
HEADER_FILL = "E8EDF5"
RULE = "A6A6A6"  # light table rules: horizontal lines only, mid grey
# Built-in tables carry this description: the export drops their columns that came out empty.
COMPACT = "briefdesk:drop-empty-columns"  # = briefdesk.export.tables.COMPACT

LEGEND = (
    "Estimative language (ICD 203): {% for s in likelihood_scale %}{{ s.words }} {{ s.range }}"
    "{% if not loop.last %} · {% endif %}{% endfor %}. Source grades (Admiralty code): "
    "reliability A (completely reliable) to F (cannot be judged), credibility 1 (confirmed) "
    "to 6 (cannot be judged)."
)


# ---------------------------------------------------------------- document-wide setup


def new_document(name: str, description: str) -> Any:
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.8))
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.5)
    section.header_distance, section.footer_distance = Cm(0.8), Cm(0.7)
    _styles(doc)
    _header_footer(section)
    core = doc.core_properties
    core.title = name
    core.subject = description
    core.comments = description
    core.author = "BriefDesk"
    core.last_modified_by = "BriefDesk"
    core.category = ""
    core.keywords = "BriefDesk template"
    core.revision = 1
    core.created = FIXED_TIME
    core.modified = FIXED_TIME
    return doc


def _font(style: Any, size: float, *, bold: bool = False, colour: RGBColor | None = None) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    # Arabic, Hebrew and other complex scripts take their size and weight from separate
    # properties; without them Word and LibreOffice fall back to their own defaults.
    style.font.cs_bold = bold
    style.font.cs_italic = False
    size_cs = rpr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        rpr.find(qn("w:sz")).addnext(size_cs)
    size_cs.set(qn("w:val"), str(round(size * 2)))
    if colour is not None:
        style.font.color.rgb = colour


def _spacing(style: Any, before: float, after: float, line: float = 1.08) -> None:
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing = line


def _styles(doc: Any) -> None:
    styles = doc.styles
    _font(styles["Normal"], 11)
    _spacing(styles["Normal"], 0, 3, 1.0)
    _font(styles["Title"], 17, bold=True, colour=NAVY)
    _spacing(styles["Title"], 0, 2, 1.0)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    _font(styles["Subtitle"], 9, bold=True, colour=GREY)
    _spacing(styles["Subtitle"], 0, 2, 1.0)
    for level, size in ((1, 12.5), (2, 11)):
        style = styles[f"Heading {level}"]
        _font(style, size, bold=True, colour=NAVY)
        _spacing(style, 5 if level == 1 else 3, 2, 1.0)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        _font(styles[name], 11)
        _spacing(styles[name], 0, 1, 1.0)
    for name in ("Header", "Footer"):
        _font(styles[name], 8.5)
        _spacing(styles[name], 0, 0, 1.0)
    small = styles.add_style("Small", 1)
    small.base_style = styles["Normal"]
    _font(small, 10, colour=INK)  # source lines: secondary by size, never grey
    _spacing(small, 0, 2, 1.0)
    cell = styles.add_style("Table Text", 1)
    cell.base_style = styles["Normal"]
    _font(cell, 10)
    _spacing(cell, 0, 0, 1.0)
    rationale = styles.add_style("Rationale", 1)
    rationale.base_style = styles["Normal"]
    _font(rationale, 11)
    _spacing(rationale, 0, 2, 1.0)
    rationale.paragraph_format.left_indent = Cm(0.63)
    # Never one stray line of a rationale at a page's foot or head (the judgment above keeps
    # with it: see judgment_list). Not keep-lines-together: LibreOffice then lets a long
    # rationale that cannot fit pull away from its judgment.
    rationale.paragraph_format.widow_control = True


def _field(paragraph: Any, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""

    def run_with(child: Any) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _header_footer(section: Any) -> None:
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    header.add_run("{{r marking|marking_run }}")
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("{{r marking|marking_run }}")
    pages = section.footer.add_paragraph()
    pages.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    pages.add_run("{{ header.file_number }}\t")
    pages.add_run("Page ")
    _field(pages, "PAGE", "1")
    pages.add_run(" of ")
    _field(pages, "NUMPAGES", "1")


# ---------------------------------------------------------------- building blocks


def para(doc: Any, text: str, style: str | None = None, *, bold: bool = False) -> Any:
    p = doc.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
    return p


def tag(doc: Any, text: str) -> None:
    """A paragraph holding only a docxtpl paragraph-level tag; docxtpl removes it on render."""
    doc.add_paragraph(text)


def prose(doc: Any, field: str) -> None:
    tag(doc, "{{p " + field + "_paragraphs|word_paragraphs }}")


def section(doc: Any, heading: str, condition: str, body: Callable[[], None]) -> None:
    tag(doc, "{%p if " + condition + " %}")
    doc.add_heading(heading, level=1)
    body()
    tag(doc, "{%p endif %}")


def _shade(cell: Any, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_text(cell: Any, text: str, *, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.style = "Table Text"
    run = p.add_run(text)
    run.bold = bold or None


def _widths(table: Any, widths: list[float]) -> None:
    table.autofit = False
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


def _light(table: Any, *, compact: bool = False) -> None:
    """Light horizontal rules and comfortable padding instead of Table Grid's black grid."""
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        border = OxmlElement(f"w:{edge}")
        visible = edge in ("top", "bottom", "insideH")
        border.set(qn("w:val"), "single" if visible else "nil")
        if visible:
            border.set(qn("w:sz"), "4")
            border.set(qn("w:space"), "0")
            border.set(qn("w:color"), RULE)
        borders.append(border)
    margins = OxmlElement("w:tblCellMar")
    for edge, width in (("top", 28), ("left", 85), ("bottom", 28), ("right", 85)):
        margin = OxmlElement(f"w:{edge}")
        margin.set(qn("w:w"), str(width))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    # Schema order in w:tblPr: tblW, jc, …, tblBorders, shd, tblLayout, tblCellMar, tblLook
    for element, before in ((borders, ("w:shd", "w:tblLayout")), (margins, ())):
        anchor = next(
            (
                tblpr.find(qn(t))
                for t in (*before, "w:tblCellMar", "w:tblLook")
                if tblpr.find(qn(t)) is not None
            ),
            None,
        )
        if anchor is not None:
            anchor.addprevious(element)
        else:
            tblpr.append(element)
    if compact:
        description = OxmlElement("w:tblDescription")
        description.set(qn("w:val"), COMPACT)
        tblpr.append(description)


def loop_table(
    doc: Any,
    headings: list[str],
    loop: str,
    cells: list[str],
    widths: list[float],
    *,
    compact: bool = True,
) -> Any:
    """A heading row, then one row per item of ``loop``; empty columns dropped on export."""
    table = doc.add_table(rows=4, cols=len(headings))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        _cell_text(cell, text, bold=True)
    _repeat_header(table.rows[0])
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for " + loop + " %}")
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        _cell_text(cell, text)
    # A row is read as one record: move it whole to the next page rather than split it.
    table.rows[2]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _widths(table, widths)
    for cell in table.rows[0].cells:
        _shade(cell, HEADER_FILL)  # after widths: w:shd must follow w:tcW in the cell properties
    _light(table, compact=compact)
    return table


def field_table(doc: Any, rows: list[tuple[str, str, str]], widths: tuple[float, float]) -> Any:
    """Two columns, label | value; each row shown only when its condition holds."""
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label_text, value, condition in rows:
        if condition:
            table.add_row().cells[0].paragraphs[0].add_run("{%tr if " + condition + " %}")
        row = table.add_row()
        _cell_text(row.cells[0], label_text, bold=True)
        _cell_text(row.cells[1], value)
        if condition:
            table.add_row().cells[0].paragraphs[0].add_run("{%tr endif %}")
    _widths(table, list(widths))
    for row in table.rows:
        if not row.cells[0].text.startswith("{%tr"):
            _shade(row.cells[0], HEADER_FILL)
    _light(table)
    return table


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def spacer(doc: Any) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 0.6
