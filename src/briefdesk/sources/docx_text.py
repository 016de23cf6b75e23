"""The text Word shows, read from WordprocessingML: what python-docx's ``.text`` misses.

Word shows a document with its tracked changes as they stand: insertions (``w:ins``,
``w:moveTo``) are text, deletions (``w:del``, ``w:moveFrom``) are not. Text also sits inside
content controls (``w:sdt``, block and inline), smart tags, custom XML, hyperlinks, simple
fields (``w:fldSimple``) and the result part of complex fields (after ``separate``; the
instruction is code, never text), and in text boxes, which follow the paragraph that
anchors them. ``mc:AlternateContent`` holds one drawing twice (modern and legacy VML): only
the first choice is read, so a text box never comes out twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Subtrees that never hold shown text: properties, deletions, field code, moved-away text.
_SKIP = frozenset(
    W + name
    for name in (
        "pPr",
        "rPr",
        "sdtPr",
        "sdtEndPr",
        "del",
        "moveFrom",
        "instrText",
        "delText",
        "delInstrText",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
        "annotationRef",
        "tblPr",
        "trPr",
        "tcPr",
        "tblGrid",
        "sectPr",
    )
)
_CHARS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
_CELL_SEPARATOR = " | "


@dataclass
class Block:
    """One paragraph or table as text; ``paragraph`` is the w:p element (None for tables)."""

    text: str
    paragraph: Any = None


@dataclass
class Walk:
    """What the walk found besides text, for the source's notes."""

    alt_chunks: int = 0
    title_controls: list[str] = field(default_factory=list)


def body_blocks(body: Any, walk: Walk) -> list[Block]:
    """Blocks of a body (or table cell, text box) in reading order."""
    blocks: list[Block] = []
    for child in _block_children(body, walk):
        if child.tag == W + "p":
            text, boxes = paragraph_text(child, walk)
            blocks.append(Block(text, child))
            for box in boxes:
                blocks.extend(body_blocks(box, walk))
        elif child.tag == W + "tbl":
            rows = table_rows(child, walk)
            if rows:
                blocks.append(Block("\n".join(rows)))
    return blocks


def _block_children(parent: Any, walk: Walk) -> Iterator[Any]:
    """Paragraphs and tables under ``parent``, through block-level wrappers."""
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag in (W + "p", W + "tbl"):
            yield child
        elif tag == W + "sdt":
            _note_title_control(child, walk)
            if _is_placeholder(child):
                continue
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _block_children(content, walk)
        elif tag in (W + "customXml", W + "ins", W + "moveTo", W + "smartTag"):
            yield from _block_children(child, walk)
        elif tag == W + "altChunk":
            walk.alt_chunks += 1
        elif tag == MC + "AlternateContent":
            chosen = _alternate(child)
            if chosen is not None:
                yield from _block_children(chosen, walk)


def paragraph_text(paragraph: Any, walk: Walk) -> tuple[str, list[Any]]:
    """The paragraph's shown text and the text boxes anchored in it."""
    parts: list[str] = []
    boxes: list[Any] = []
    # Complex fields nest; the text between "begin" and "separate" is field code.
    in_code: list[bool] = []

    def visit(element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    in_code.append(True)
                elif kind == "separate" and in_code:
                    in_code[-1] = False
                elif kind == "end" and in_code:
                    in_code.pop()
                continue
            if tag == W + "txbxContent":
                boxes.append(child)
                continue
            if tag == MC + "AlternateContent":
                chosen = _alternate(child)
                if chosen is not None:
                    visit(chosen)
                continue
            if tag == W + "sdt":
                _note_title_control(child, walk)
                if _is_placeholder(child):
                    continue
            if tag == W + "r" and _is_hidden(child):
                continue
            if any(in_code):
                visit(child)  # field code: only its fldChars matter (they close it)
                continue
            if tag == W + "t":
                parts.append(child.text or "")
            elif tag in _CHARS:
                parts.append(_CHARS[tag])
            elif tag == W + "sym":
                parts.append(_symbol(child))
            else:
                visit(child)

    visit(paragraph)
    return "".join(parts), boxes


def table_rows(table: Any, walk: Walk) -> list[str]:
    """One line per row, cells joined by " | "; vertically merged cells once."""
    rows = []
    for row in _descend(table, W + "tr", stop=W + "tbl"):
        if row.find(f"{W}trPr/{W}del") is not None:
            continue  # a row deleted with changes tracked
        cells = []
        for cell in _descend(row, W + "tc", stop=W + "tbl"):
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and merge.get(W + "val") in (None, "continue"):
                continue
            text = " ".join(b.text.strip() for b in body_blocks(cell, walk) if b.text.strip())
            cells.append(text)
        if any(cells):
            rows.append(_CELL_SEPARATOR.join(cells))
    return rows


def _descend(parent: Any, wanted: str, *, stop: str) -> Iterator[Any]:
    """``wanted`` children of ``parent``, also inside content controls and custom XML."""
    for child in parent:
        if child.tag == wanted:
            yield child
        elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml", W + "ins"):
            yield from _descend(child, wanted, stop=stop)


def _is_placeholder(sdt: Any) -> bool:
    """A content control still showing its prompt ("Click here to enter text.")."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def _is_hidden(run: Any) -> bool:
    """Hidden text (``w:vanish``), which Word does not show or print by default."""
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val") not in ("0", "false", "off")


def _alternate(element: Any) -> Any:
    for child in element:
        if child.tag in (MC + "Choice", MC + "Fallback"):
            return child
    return None


def _symbol(element: Any) -> str:
    code = element.get(W + "char") or ""
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    # Symbol fonts map F0xx to their glyphs; only plain code points are text we can keep.
    return chr(value) if 0x20 <= value < 0xD800 else ""


def _note_title_control(sdt: Any, walk: Walk) -> None:
    """Remember the text of a content control that holds the document's title."""
    props = sdt.find(W + "sdtPr")
    if props is None:
        return
    names = [
        (props.find(W + tag).get(W + "val") or "").lower()
        for tag in ("alias", "tag")
        if props.find(W + tag) is not None
    ]
    binding = props.find(W + "dataBinding")
    xpath = (binding.get(W + "xpath") or "").lower() if binding is not None else ""
    if "title" in names or xpath.endswith(":title[1]"):
        content = sdt.find(W + "sdtContent")
        if content is not None:
            text = " ".join(_all_text(content, walk).split())
            if text:
                walk.title_controls.append(text)


def _all_text(element: Any, walk: Walk) -> str:
    paragraphs = list(element.iter(W + "p"))
    if not paragraphs:  # an inline control: runs straight inside
        wrapper = element
        text, _ = paragraph_text(wrapper, walk)
        return text
    return " ".join(paragraph_text(p, walk)[0] for p in paragraphs)


def count_items(root: Any, tag: str, keep: Callable[[Any], bool] = lambda e: True) -> int:
    """How many ``tag`` elements of a part hold text (comments, footnotes)."""
    return sum(
        1 for element in root.iter(W + tag) if keep(element) and "".join(element.itertext()).strip()
    )
