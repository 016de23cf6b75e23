"""How many characters a line of a table cell holds, estimated from the cell's width and its
text's font size, so an amount bound with no-break spaces is never wider than its column.

Word and LibreOffice cut a no-break run that is wider than its cell inside a word ("USD 418.6
millio / n", newcomer12 N12-19). The estimate is generous on width per character, so a run
that is let go could sometimes have fitted; one that is kept always fits.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

# Average advance of a character in em, on the wide side of Arial's (about 0.5): DejaVu Sans,
# LibreOffice's stand-in where Arial is missing, runs about 0.55.
_CHAR_EM = 0.55
# Word's default left and right cell margins (0.19 cm each), in twentieths of a point.
_CELL_MARGINS = 2 * 108
_WORD_DEFAULT_HALF_POINTS = 22  # 11 pt: Word's size when no style says one


class FontSizes:
    """Font sizes (half-points) of the paragraph styles of one document, ``basedOn`` followed."""

    def __init__(self, styles_root: Any | None) -> None:
        self._own: dict[str, int] = {}
        self._based: dict[str, str] = {}
        self.default = _WORD_DEFAULT_HALF_POINTS
        if styles_root is None:
            return
        defaults = styles_root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.default = _size(defaults) or self.default
        for style in styles_root.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId")) or ""
            if (size := _size(style.find(qn("w:rPr")))) is not None:
                self._own[style_id] = size
            based = style.find(qn("w:basedOn"))
            if based is not None:
                self._based[style_id] = based.get(qn("w:val")) or ""

    def of_style(self, style_id: str) -> int:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            if style_id in self._own:
                return self._own[style_id]
            seen.add(style_id)
            style_id = self._based.get(style_id, "")
        return self.default


def line_chars(text_element: Any, sizes: FontSizes) -> int | None:
    """Characters a line holds where ``text_element`` (a ``w:t``) stands; None outside a table
    cell or when the cell's width is not given in twips."""
    run = text_element.getparent()
    # (a run may stand in a hyperlink, a field or a tracked insertion inside the paragraph)
    paragraph = next(text_element.iterancestors(qn("w:p")), None)
    cell = next(text_element.iterancestors(qn("w:tc")), None)
    if run is None or paragraph is None or cell is None:
        return None
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    if width is None or width.get(qn("w:type"), "dxa") != "dxa":
        return None
    try:
        twips = int(width.get(qn("w:w"), "0"))
    except ValueError:
        return None
    size = _size(run.find(qn("w:rPr"))) if run.tag == qn("w:r") else None
    if size is None:
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        size = sizes.of_style(style.get(qn("w:val"), "") if style is not None else "Normal")
    char_twips = size * 10 * _CHAR_EM  # half-points × 10 = twips per em
    return max(1, int((twips - _CELL_MARGINS) / char_twips)) if twips > 0 else None


def _size(rpr: Any | None) -> int | None:
    found = rpr.find(qn("w:sz")) if rpr is not None else None
    if found is None:
        return None
    try:
        return int(found.get(qn("w:val"), ""))
    except ValueError:
        return None
