"""Stamp the handling marking into a rendered .docx whose template never printed it.

Why: a user template with no ``{{ marking }}`` tag exported a TLP:AMBER brief as an unmarked
document (newcomer9 N9-06): only a warning, exit 0. A marked brief must never leave unmarked, so
the export itself puts the label at the top of every header and the bottom of every footer (in
TLP colours on black, as the built-in templates print it) and the caller says so.
"""

from __future__ import annotations

import io
from typing import Any

from briefdesk.export.marking_context import marking_shown
from briefdesk.model.brief import Marking
from briefdesk.model.codes import TLP_COLOURS, MarkingScheme

STAMPED_NOTE = (
    "the template never shows the handling marking, so BriefDesk printed {label} "
    "in the header and footer of every page"
)


def stamp_marking(docx_bytes: bytes, marking: Marking) -> bytes:
    """``docx_bytes`` unchanged when unmarked or the marking is already shown; otherwise the
    document with the label in every section's headers and footers (first, odd, even)."""
    if not marking.label or marking_shown(docx_bytes, marking):
        return docx_bytes
    import docx

    document = docx.Document(io.BytesIO(docx_bytes))
    even = bool(document.settings.odd_and_even_pages_header_footer)
    for index, section in enumerate(document.sections):
        parts = [(section.header, True), (section.footer, False)]
        if section.different_first_page_header_footer:
            parts += [(section.first_page_header, True), (section.first_page_footer, False)]
        if even:
            parts += [(section.even_page_header, True), (section.even_page_footer, False)]
        for part, top in parts:
            if index and part.is_linked_to_previous:
                continue  # shows the previous section's, already stamped
            _stamp(part, marking, top=top)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _stamp(part: Any, marking: Marking, *, top: bool) -> None:
    """One centred bold paragraph with the label: first in a header, last in a footer."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    part.is_linked_to_previous = False
    paragraphs = part.paragraphs
    if top and paragraphs:
        paragraph = paragraphs[0].insert_paragraph_before()
    elif not top and len(paragraphs) == 1 and not paragraphs[0].text.strip():
        paragraph = paragraphs[0]  # the empty paragraph every new header/footer holds
    else:
        paragraph = part.add_paragraph()
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
