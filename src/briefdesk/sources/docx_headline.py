"""A Word file's first paragraph set as a headline by hand: bold or large type, no heading style.

Many offices type the headline in Normal style and make it bold and 20 pt; the reader sees a
headline, so the title is taken from it rather than from the file name (checker9 C9-11).
"""

from __future__ import annotations

from typing import Any

from briefdesk.sources.docx_text import Block
from briefdesk.sources.title_choice import first_line_headline

_LARGE_PT = 14.0  # body text is 10-12 pt; a headline typed by hand is larger


def emphasised_first(document: Any, blocks: list[Block]) -> str:
    """The first non-empty paragraph when every run of it is bold or large and it is shaped as
    a headline (short, not a sentence) with more text after it; "" otherwise."""
    from docx.text.paragraph import Paragraph

    filled = [b for b in blocks if b.text.strip()]
    if len(filled) < 2 or filled[0].paragraph is None:
        return ""
    first = filled[0]
    try:
        paragraph = Paragraph(first.paragraph, document._body)
        runs = [run for run in paragraph.runs if run.text.strip()]
        style_font = paragraph.style.font if paragraph.style is not None else None
        if not runs or not all(_stands_out(run, style_font) for run in runs):
            return ""
    except (KeyError, AttributeError, ValueError):
        return ""
    return first_line_headline(first.text + "\n" + filled[1].text)


def _stands_out(run: Any, style_font: Any) -> bool:
    bold = run.bold if run.bold is not None else (style_font.bold if style_font else None)
    size = run.font.size or (style_font.size if style_font else None)
    return bool(bold) or (size is not None and size.pt >= _LARGE_PT)
