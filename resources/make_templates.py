"""Generate the built-in Word templates (standard, bluf, deal-sheet) with python-docx.

Run from the repository root: ``python resources/make_templates.py``. The output is byte-for-byte
reproducible (fixed document dates, fixed zip timestamps), so a changed .docx in a diff always
means a changed layout. The tags are docxtpl/Jinja and use only the documented context.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
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


# ---------------------------------------------------------------- shared pieces (house style)


def header_table(doc: Any, rows: list[tuple[str, str, str]]) -> None:
    field_table(doc, rows, (4.0, 13.0))


def judgment_list(doc: Any, style: str, *, rationale: bool) -> None:
    tag(doc, "{%p for j in judgments %}")
    p = doc.add_paragraph(style=style)
    p.add_run("{{ j.sentence }}").bold = True
    p.add_run(" {{ j.assessment }} {{ j.citations }}")
    if rationale:
        tag(doc, "{{p j.rationale_paragraphs|word_paragraphs('Rationale') }}")
    tag(doc, "{%p endfor %}")


def implications(doc: Any) -> None:
    tag(doc, "{%p for i in implications %}")
    p = doc.add_paragraph()
    p.add_run("{{ i.domain }}{% if i.domain %}: {% endif %}").bold = True
    p.add_run("{{ i.text }}")
    tag(doc, "{%p endfor %}")


def bullets(doc: Any, loop: str, text: str) -> None:
    tag(doc, "{%p for " + loop + " %}")
    para(doc, text, "List Bullet")
    tag(doc, "{%p endfor %}")


def places(doc: Any) -> None:
    """Places as one line: each name, its country, its note, its citations."""
    tag(doc, "{%p if places %}")
    p = doc.add_paragraph()
    p.add_run("Places: ").bold = True
    p.add_run(
        "{% for p in places %}{{ p.name }}"
        "{% if p.country_name and p.country_name != p.name %}, {{ p.country_name }}{% endif %}"
        "{% if p.note %} ({{ p.note }}){% endif %} {{ p.citations }}"
        "{% if not loop.last %}; {% endif %}{% endfor %}"
    )
    tag(doc, "{%p endif %}")


def source_lines(doc: Any) -> None:
    """One citation format everywhere: ref, citation, grade, then the address as a real link."""
    tag(doc, "{%p for s in sources %}")
    p = para(doc, "{{ s.ref }} {{ s.citation_graded }}", "Small")
    p.add_run(" ")
    p.add_run("{{r s.link|word_link }}")
    tag(doc, "{%p endfor %}")


def recommendation_lines(doc: Any) -> None:
    tag(doc, "{%p for r in recommendations %}")
    prose(doc, "r.text")
    tag(doc, "{%p if r.choices %}")
    p = para(
        doc,
        "{{ r.choices_text }}{% if r.due_by %}      {{ r.due_label }} {{ r.due_by_long }}"
        "{% endif %}",
    )
    p.paragraph_format.space_before = Pt(3)
    p.paragraph_format.space_after = Pt(6)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


CRITICAL_ROW = (
    "{{ header.critical_label }}",
    "{{ header.critical_date_long }}{% if header.critical_reason %}"
    " — {{ header.critical_reason }}{% endif %}",
    "header.critical_date",
)


# ---------------------------------------------------------------- the three templates


def standard() -> Any:
    doc = new_document(
        "Standard briefing note",
        "Header block, purpose, BLUF, background, current status (actors, deals, places), key "
        "judgments with rationale, implications, outlook, indicators, options, recommendation, "
        "graded sources with links.",
    )
    para(
        doc,
        "BRIEFING NOTE{% if header.kind != 'deal_sheet' %} FOR {{ header.kind_label|upper }}"
        "{% endif %} · {{ header.status_label|upper }}",
        "Subtitle",
    )
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    tag(doc, "{%p if header.subject and header.subject != title %}")
    para(doc, "{{ header.subject }}", "Subtitle")
    tag(doc, "{%p endif %}")
    header_table(
        doc,
        [
            ("To", "{{ header.to }}", "header.to"),
            ("Through", "{{ header.through }}", "header.through"),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            CRITICAL_ROW,
            ("File", "{{ header.file_number }}", "header.file_number"),
            (
                "Contact",
                "{{ header.sender.phone }}{% if header.sender.phone and header.sender.email %}"
                " · {% endif %}{{ header.sender.email }}",
                "header.sender.phone or header.sender.email",
            ),
            ("Cleared by", "{{ header.cleared_by }}", "header.cleared_by"),
        ],
    )
    section(doc, "Purpose", "purpose", lambda: prose(doc, "purpose"))
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))
    section(doc, "Background", "background", lambda: prose(doc, "background"))

    def current_status() -> None:
        prose(doc, "current_status")
        tag(doc, "{%p if deals %}")
        doc.add_heading("Deals", level=2)
        loop_table(
            doc,
            ["Deal", "Parties", "Items", "Value", "Status"],
            "d in deals",
            [
                "{{ d.kind_label }}{% if d.heading != d.kind_label %}: {{ d.heading }}{% endif %}"
                " {{ d.citations }}",
                "{{ d.parties_text }}",
                "{{ d.items_text }}",
                "{{ d.value_text }}",
                "{{ d.status_line }}{% if d.dates.delivery %}; delivery {{ d.dates.delivery }}"
                "{% endif %}",
            ],
            [2.4, 4.6, 4.6, 3.4, 2.4],
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if actors %}")
        doc.add_heading("Actors", level=2)
        loop_table(
            doc,
            ["Actor", "Role and affiliation", "Country", "Stance"],
            "a in actors",
            [
                "{{ a.name }}{% if a.aliases_text %} ({{ a.aliases_text }}){% endif %}"
                " {{ a.citations }}",
                "{{ a.role_and_affiliation }}",
                "{{ a.country_name }}",
                "{{ a.stance }}",
            ],
            [4.8, 5.8, 2.6, 4.2],
        )
        tag(doc, "{%p endif %}")
        places(doc)

    section(doc, "Current status", "current_status or actors or deals or places", current_status)
    section(
        doc, "Key judgments", "judgments", lambda: judgment_list(doc, "List Number", rationale=True)
    )
    section(doc, "Implications", "implications", lambda: implications(doc))
    section(doc, "Outlook", "outlook", lambda: prose(doc, "outlook"))
    section(
        doc, "Indicators to watch", "indicators", lambda: bullets(doc, "i in indicators", "{{ i }}")
    )
    section(doc, "Considerations", "considerations", lambda: prose(doc, "considerations"))

    def options() -> None:
        tag(doc, "{%p for o in options %}")
        doc.add_heading("{{ o.heading }}", level=2)
        prose(doc, "o.description")
        tag(doc, "{%p if o.pros or o.cons %}")
        para(
            doc,
            "{% if o.pros %}Pros: {{ o.pros|join_list('; ') }}{% endif %}"
            "{% if o.pros and o.cons %}. {% endif %}"
            "{% if o.cons %}Cons: {{ o.cons|join_list('; ') }}{% endif %}",
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Options", "options", options)
    section(doc, "Recommendation", "recommendations", lambda: recommendation_lines(doc))

    section(doc, "Sources", "sources", lambda: source_lines(doc))
    return doc


def bluf() -> Any:
    doc = new_document(
        "One-page BLUF memo",
        "Memo header, bottom line up front, key points, key judgments, options, recommendation, "
        "sources with links and estimative-language legend on one page.",
    )
    para(doc, "MEMORANDUM", "Subtitle")
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    header_table(
        doc,
        [
            (
                "MEMO FOR",
                "{{ header.to }}{% if header.through %} (through {{ header.through }}){% endif %}",
                "header.to",
            ),
            ("FROM", "{{ header.sender.line }}", "header.sender.line"),
            ("DATE", "{{ header.date_long }}", "header.date"),
            ("SUBJECT", "{{ header.subject }}", "header.subject and header.subject != title"),
            CRITICAL_ROW,
        ],
    )
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))

    def key_points() -> None:
        bullets(doc, "d in deals", "{{ d.sentence }} {{ d.citations }}")
        prose(doc, "current_status")

    section(doc, "Key points", "deals or current_status", key_points)
    section(
        doc,
        "Key judgments",
        "judgments",
        lambda: judgment_list(doc, "List Bullet", rationale=False),
    )

    def options() -> None:
        tag(doc, "{%p for o in options %}")
        p = doc.add_paragraph(style="List Bullet")
        p.add_run("{{ o.heading }}").bold = True
        p.add_run("{% if o.description %}: {{ o.description }}{% endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Options", "options", options)
    section(doc, "Recommendation", "recommendations", lambda: recommendation_lines(doc))
    tag(doc, "{%p if sources %}")
    heading = para(doc, "Sources", "Small", bold=True)
    heading.paragraph_format.space_before = Pt(6)
    tag(doc, "{%p endif %}")
    source_lines(doc)
    para(doc, LEGEND, "Small")
    return doc


def deal_sheet() -> Any:
    doc = new_document(
        "Deal sheet",
        "Date, author and recipient; per deal a snapshot table and parties table; significance, "
        "indicators to watch, places, sources with links and legend.",
    )
    para(doc, "DEAL SHEET", "Subtitle")
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    header_table(
        doc,
        [
            ("To", "{{ header.to }}", "header.to"),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            CRITICAL_ROW,
            ("File", "{{ header.file_number }}", "header.file_number"),
        ],
    )
    tag(doc, "{%p if bluf %}")
    doc.add_heading("Bottom line up front", level=1)
    prose(doc, "bluf")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for d in deals %}")
    doc.add_heading("{{ d.title or d.kind_label }}", level=1)
    field_table(
        doc,
        [
            ("Kind", "{{ d.kind_label }}", ""),
            ("Status", "{{ d.status_line }}", ""),
            (
                "Announced",
                "{{ d.dates.announced_long }}",
                "d.dates.announced and d.dates.announced != d.dates.signed",
            ),
            ("Delivery", "{{ d.dates.delivery }}", "d.dates.delivery"),
            ("Value", "{{ d.value.exact_text }}", "d.value"),
            (
                "Items",
                "{% for i in d['items'] %}{{ i.text }}"
                "{% if i.category %} ({{ i.category }}){% endif %} {{ i.citations }}"
                "{% if not loop.last %}; {% endif %}{% endfor %}",
                "d['items']",
            ),
            ("Sources", "{{ d.citations }}", "d.citations"),
        ],
        (4.0, 13.0),
    )
    tag(doc, "{%p if d.parties %}")
    doc.add_heading("Parties", level=2)
    loop_table(
        doc,
        ["Party", "Role", "Type", "Country"],
        "p in d.parties",
        ["{{ p.name }}", "{{ p.role_label }}", "{{ p.type_label }}", "{{ p.country_name }}"],
        [6.0, 3.4, 4.0, 3.6],
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if d.note %}")
    prose(doc, "d.note")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")

    def significance() -> None:
        judgment_list(doc, "List Bullet", rationale=True)
        implications(doc)
        prose(doc, "outlook")

    section(doc, "Significance", "judgments or implications or outlook", significance)
    section(
        doc, "Indicators to watch", "indicators", lambda: bullets(doc, "i in indicators", "{{ i }}")
    )
    places(doc)
    section(doc, "Sources", "sources", lambda: source_lines(doc))
    spacer(doc)
    para(doc, LEGEND, "Small")
    return doc


TEMPLATES: dict[str, Callable[[], Any]] = {
    "standard": standard,
    "bluf": bluf,
    "deal-sheet": deal_sheet,
}


def reproducible(data: bytes) -> bytes:
    """Same input, same bytes: fixed zip timestamps and entry order."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def main(out_dir: Path = OUT) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    for template_id, build in TEMPLATES.items():
        buffer = io.BytesIO()
        build().save(buffer)
        path = out_dir / f"{template_id}.docx"
        path.write_bytes(reproducible(buffer.getvalue()))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
