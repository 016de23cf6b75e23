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
HEADER_FILL = "D9E2F3"

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
        setattr(section, side, Cm(2.0))
    section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.6)
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
    _font(styles["Normal"], 10)
    _spacing(styles["Normal"], 0, 4)
    _font(styles["Title"], 17, bold=True, colour=NAVY)
    _spacing(styles["Title"], 0, 2, 1.0)
    title_ppr = styles["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    _font(styles["Subtitle"], 9, bold=True, colour=GREY)
    _spacing(styles["Subtitle"], 0, 2, 1.0)
    for level, size in ((1, 11.5), (2, 10)):
        style = styles[f"Heading {level}"]
        _font(style, size, bold=True, colour=NAVY)
        _spacing(style, 8 if level == 1 else 5, 2, 1.0)
        style.paragraph_format.keep_with_next = True
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        _font(styles[name], 10)
        _spacing(styles[name], 0, 2)
    for name in ("Header", "Footer"):
        _font(styles[name], 8.5)
        _spacing(styles[name], 0, 0, 1.0)
    small = styles.add_style("Small", 1)
    small.base_style = styles["Normal"]
    _font(small, 8.5, colour=RGBColor(0x40, 0x40, 0x40))  # legible in print, still secondary
    _spacing(small, 0, 2, 1.0)
    cell = styles.add_style("Table Text", 1)
    cell.base_style = styles["Normal"]
    _font(cell, 9)
    _spacing(cell, 0, 0, 1.0)


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


def loop_table(
    doc: Any, headings: list[str], loop: str, cells: list[str], widths: list[float]
) -> Any:
    """A Table Grid table: a shaded heading row, then one row per item of ``loop``."""
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
    return table


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    trpr.append(header)


def spacer(doc: Any) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = 0.6


# ---------------------------------------------------------------- the three templates


def standard() -> Any:
    doc = new_document(
        "Standard briefing note",
        "Marking, header block, purpose, BLUF, background, current status with actors and deals, "
        "key judgments, considerations, options, recommendation with decision boxes, prepared by, "
        "graded sources.",
    )
    para(
        doc,
        "BRIEFING NOTE{% if header.kind != 'deal_sheet' %} FOR {{ header.kind_label|upper }}"
        "{% endif %}",
        "Subtitle",
    )
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    tag(doc, "{%p if header.subject and header.subject != title %}")
    para(doc, "{{ header.subject }}", "Subtitle")
    tag(doc, "{%p endif %}")
    field_table(
        doc,
        [
            ("To", "{{ header.to }}", "header.to"),
            ("Through", "{{ header.through }}", "header.through"),
            ("From", "{{ header.sender.line }}", "header.sender.line"),
            ("Date", "{{ header.date_long }}", "header.date"),
            (
                "Decision needed by",
                "{{ header.critical_date_long }}{% if header.critical_reason %}"
                " — {{ header.critical_reason }}{% endif %}",
                "header.critical_date",
            ),
            ("File", "{{ header.file_number }}", "header.file_number"),
            ("Status", "{{ header.status_label }}", ""),
        ],
        (4.0, 13.0),
    )
    section(doc, "Purpose", "purpose", lambda: prose(doc, "purpose"))
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))
    section(doc, "Background", "background", lambda: prose(doc, "background"))

    def current_status() -> None:
        prose(doc, "current_status")
        tag(doc, "{%p if actors %}")
        doc.add_heading("Actors", level=2)
        loop_table(
            doc,
            ["Actor", "Type", "Role and affiliation", "Country", "Stance"],
            "a in actors",
            [
                "{{ a.name }}{% if a.aliases_text %} ({{ a.aliases_text }}){% endif %}"
                " {{ a.citations }}",
                "{{ a.type_label }}",
                "{{ a.role_and_affiliation }}",
                "{{ a.country_name }}",
                "{{ a.stance }}",
            ],
            [4.0, 2.6, 4.6, 2.4, 3.4],
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if deals %}")
        doc.add_heading("Deals", level=2)
        loop_table(
            doc,
            ["Deal", "Parties", "Items", "Value", "Status"],
            "d in deals",
            [
                "{{ d.title or d.kind_label }} {{ d.citations }}",
                "{{ d.parties_text }}",
                "{{ d.items_text }}",
                "{{ d.value_text }}",
                "{{ d.status_label }}{% if d.dates.signed %}, signed "
                "{{ d.dates.signed|date('short') }}{% elif d.dates.announced %}, announced "
                "{{ d.dates.announced|date('short') }}{% endif %}",
            ],
            [3.4, 4.2, 3.4, 3.6, 2.4],
        )
        tag(doc, "{%p endif %}")

    section(doc, "Current status", "current_status or actors or deals", current_status)

    def judgments() -> None:
        tag(doc, "{%p for j in judgments %}")
        p = doc.add_paragraph(style="List Number")
        p.add_run("{{ j.sentence }}").bold = True
        p.add_run(" {{ j.assessment }} {{ j.citations }}")
        tag(doc, "{%p endfor %}")

    section(doc, "Key judgments", "judgments", judgments)
    section(doc, "Considerations", "considerations", lambda: prose(doc, "considerations"))

    def options() -> None:
        tag(doc, "{%p for o in options %}")
        para(doc, "{{ o.heading }}", bold=True)
        prose(doc, "o.description")
        tag(doc, "{%p if o.pros %}")
        para(doc, "Pros: {{ o.pros|join_list('; ') }}")
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if o.cons %}")
        para(doc, "Cons: {{ o.cons|join_list('; ') }}")
        tag(doc, "{%p endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Options", "options", options)

    def recommendations() -> None:
        tag(doc, "{%p for r in recommendations %}")
        prose(doc, "r.text")
        tag(doc, "{%p if r.choices %}")
        p = para(
            doc,
            "{{ r.choices_text }}{% if r.due_by %}      Decision by {{ r.due_by_long }}{% endif %}",
        )
        p.paragraph_format.space_before = Pt(4)
        p.paragraph_format.space_after = Pt(8)
        tag(doc, "{%p endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Recommendation", "recommendations", recommendations)

    def prepared() -> None:
        para(doc, "{{ header.sender.line }}")
        tag(doc, "{%p if header.sender.phone or header.sender.email %}")
        para(
            doc,
            "{{ header.sender.phone }}{% if header.sender.phone and header.sender.email %}"
            " · {% endif %}{{ header.sender.email }}",
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p if header.cleared_by %}")
        para(doc, "Cleared by: {{ header.cleared_by }}")
        tag(doc, "{%p endif %}")

    section(doc, "Prepared by", "header.sender.line", prepared)

    def sources() -> None:
        tag(doc, "{%p for s in sources %}")
        para(doc, "{{ s.ref }} {{ s.citation_graded }}", "Small")
        tag(doc, "{%p endfor %}")

    section(doc, "Sources", "sources", sources)
    return doc


def bluf() -> Any:
    doc = new_document(
        "One-page BLUF memo",
        "MEMO FOR / FROM / DATE / SUBJECT, bottom line up front, key points, key judgments, "
        "recommendation, sources line and estimative-language legend on one page.",
    )
    para(doc, "MEMORANDUM", "Title")
    field_table(
        doc,
        [
            (
                "MEMO FOR",
                "{{ header.to }}{% if header.through %} (through {{ header.through }}){% endif %}",
                "",
            ),
            ("FROM", "{{ header.sender.line }}", ""),
            ("DATE", "{{ header.date_long }}", ""),
            ("SUBJECT", "{{ header.subject or title }}", ""),
        ],
        (3.2, 13.8),
    )
    section(doc, "Bottom line up front", "bluf", lambda: prose(doc, "bluf"))

    def key_points() -> None:
        tag(doc, "{%p for d in deals %}")
        p = doc.add_paragraph(style="List Bullet")
        p.add_run("{{ d.kind_label }}: ").bold = True
        p.add_run(
            "{{ d.parties_text }}{% if d.items_text %}; {{ d.items_text }}{% endif %}"
            "{% if d.value_text %}; {{ d.value_text }}{% endif %}; {{ d.status_label|lower }}."
            " {{ d.citations }}"
        )
        tag(doc, "{%p endfor %}")
        prose(doc, "current_status")

    section(doc, "Key points", "deals or current_status", key_points)

    def judgments() -> None:
        tag(doc, "{%p for j in judgments %}")
        p = doc.add_paragraph(style="List Bullet")
        p.add_run("{{ j.sentence }}").bold = True
        p.add_run(" {{ j.assessment }} {{ j.citations }}")
        tag(doc, "{%p endfor %}")

    section(doc, "Key judgments", "judgments", judgments)

    def recommendation() -> None:
        tag(doc, "{%p for r in recommendations %}")
        prose(doc, "r.text")
        tag(doc, "{%p if r.choices %}")
        para(
            doc,
            "{{ r.choices_text }}{% if r.due_by %}      Decision by {{ r.due_by_long }}{% endif %}",
        )
        tag(doc, "{%p endif %}")
        tag(doc, "{%p endfor %}")

    section(doc, "Recommendation", "recommendations", recommendation)
    tag(doc, "{%p if sources %}")
    p = para(doc, "Sources: ", "Small", bold=True)
    p.add_run(
        "{% for s in sources %}{{ s.ref }} {{ s.outlet or s.title }}"
        "{% if s.published %}, {{ s.published|date('short') }}{% endif %}"
        "{% if s.graded %} ({{ s.grade }}){% endif %}{% if not loop.last %}; {% endif %}"
        "{% endfor %}"
    )
    p.paragraph_format.space_before = Pt(8)
    tag(doc, "{%p endif %}")
    para(doc, LEGEND, "Small")
    return doc


def deal_sheet() -> Any:
    doc = new_document(
        "Deal sheet",
        "Deal snapshot table, parties table, timeline, significance, indicators to watch, "
        "graded sources and legend.",
    )
    para(doc, "DEAL SHEET", "Subtitle")
    para(doc, "{{ title or 'Untitled brief' }}", "Title")
    tag(doc, "{%p if bluf %}")
    prose(doc, "bluf")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for d in deals %}")
    doc.add_heading("{{ d.title or d.kind_label }}", level=1)
    field_table(
        doc,
        [
            ("Kind", "{{ d.kind_label }}", ""),
            ("Status", "{{ d.status_label }}", ""),
            (
                "Value",
                "{{ d.value.short }}{% if d.value.estimate %} (estimate){% endif %}",
                "d.value",
            ),
            ("Value as stated", "{{ d.value.as_stated }}", "d.value and d.value.as_stated"),
            ("Exact amount", "{{ d.value.full }}", "d.value"),
            ("Items", "{{ d.items_text }}", "d.items"),
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
    tag(doc, "{%p if d.dates.announced or d.dates.signed or d.dates.delivery %}")
    doc.add_heading("Timeline", level=2)
    tag(doc, "{%p if d.dates.announced %}")
    para(doc, "Announced: {{ d.dates.announced_long }}", "List Bullet")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if d.dates.signed %}")
    para(doc, "Signed: {{ d.dates.signed_long }}", "List Bullet")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if d.dates.delivery %}")
    para(doc, "Delivery: {{ d.dates.delivery }}", "List Bullet")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if d.note %}")
    prose(doc, "d.note")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")

    def significance() -> None:
        tag(doc, "{%p for j in judgments %}")
        p = doc.add_paragraph(style="List Bullet")
        p.add_run("{{ j.sentence }}").bold = True
        p.add_run(" {{ j.assessment }} {{ j.citations }}")
        tag(doc, "{%p endfor %}")
        tag(doc, "{%p for i in implications %}")
        p = doc.add_paragraph()
        p.add_run("{{ i.domain }}{% if i.domain %}: {% endif %}").bold = True
        p.add_run("{{ i.text }}")
        tag(doc, "{%p endfor %}")
        prose(doc, "outlook")

    section(doc, "Significance", "judgments or implications or outlook", significance)

    def indicators() -> None:
        tag(doc, "{%p for i in indicators %}")
        para(doc, "{{ i }}", "List Bullet")
        tag(doc, "{%p endfor %}")

    section(doc, "Indicators to watch", "indicators", indicators)

    def sources() -> None:
        loop_table(
            doc,
            ["#", "Source", "Grade"],
            "s in sources",
            ["{{ s.number }}", "{{ s.citation }}", "{{ s.grade if s.graded else 'not graded' }}"],
            [1.0, 14.0, 2.0],
        )

    section(doc, "Sources", "sources", sources)
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
