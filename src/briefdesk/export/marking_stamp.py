"""Stamp the handling marking into a rendered .docx whose template never printed it.

Why: a user template with no ``{{ marking }}`` tag exported a TLP:AMBER brief as an unmarked
document (newcomer9 N9-06): only a warning, exit 0. A marked brief must never leave unmarked, so
the export itself puts the label at the top of every header and the bottom of every footer (in
TLP colours on black, as the built-in templates print it) and the caller says so.
"""

from __future__ import annotations

import io
from typing import Any

from briefdesk.model.brief import Marking
from briefdesk.model.codes import TLP_COLOURS, MarkingScheme

STAMPED_NOTE = (
    "the template shows the handling marking in no header or footer, so BriefDesk printed {label} "
    "in the header and footer of every page"
)


def stamp_marking(docx_bytes: bytes, marking: Marking) -> bytes:
    """``docx_bytes`` unchanged when unmarked or every page already shows the marking; otherwise
    the document with the label in the header and footer of each page kind (section's running,
    first, even pages) that did not show it (``page_kinds``)."""
    if not marking.label:
        return docx_bytes
    import docx

    from briefdesk.export.page_kinds import KINDS, effective, unmarked_kinds

    document = docx.Document(io.BytesIO(docx_bytes))
    missing = unmarked_kinds(document, marking.label)
    if not missing:
        return docx_bytes
    stamped: set[str] = set()
    for page in missing:
        header_attr, footer_attr, _ = KINDS[page.kind]
        for attr, top in ((header_attr, True), (footer_attr, False)):
            # The part Word shows there (maybe a previous section's, linked); none: a new one.
            part = effective(document, page.section, attr)
            if part is None:
                part = getattr(document.sections[page.section], attr)
                part.is_linked_to_previous = False
            name = str(part.part.partname)
            if name not in stamped:
                stamped.add(name)
                _stamp(part, marking, top=top)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _place(part: Any, *, top: bool) -> Any:
    """A paragraph for the label: before the first block of a header (even a table), and after
    the last block of a footer (a footer holding only a table gets it below the table, C9-4)."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    blocks = [c for c in part._element if c.tag in (qn("w:p"), qn("w:tbl"), qn("w:sdt"))]
    if top:
        if not blocks:
            return part.add_paragraph()
        new_p = part._element.makeelement(qn("w:p"), {})
        blocks[0].addprevious(new_p)
        return Paragraph(new_p, part)
    last = blocks[-1] if blocks else None
    if (
        last is not None
        and last.tag == qn("w:p")
        and not "".join(last.itertext()).strip()
        and last.find(qn("w:r")) is None
    ):
        return Paragraph(last, part)  # the empty paragraph closing every header/footer
    new_p = part._element.makeelement(qn("w:p"), {})
    (last.addnext(new_p) if last is not None else part._element.append(new_p))
    return Paragraph(new_p, part)


def _stamp(part: Any, marking: Marking, *, top: bool) -> None:
    """One centred bold paragraph with the label: first in a header, last in a footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    paragraph = _place(part, top=top)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(marking.label)
    run.bold = True
    run.font.size = Pt(10)
    if marking.scheme == MarkingScheme.TLP:
        run.font.color.rgb = RGBColor.from_string(TLP_COLOURS.get(marking.level, "000000"))
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), "000000")
        run._r.get_or_add_rPr().append(shading)
