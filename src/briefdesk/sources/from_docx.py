"""Word .docx: body paragraphs and tables in document order, core properties as metadata.

The container is checked by :mod:`briefdesk.sources.safezip` first; python-docx then
parses it with its own lxml parser (``resolve_entities=False``).
"""

from __future__ import annotations

import io
from typing import Any

from briefdesk.sources.dates import to_date
from briefdesk.sources.docx_lists import ListMarkers
from briefdesk.sources.errors import Refusal
from briefdesk.sources.extracted import Extracted
from briefdesk.sources.limits import ImportLimits
from briefdesk.sources.normalize import paragraphs_to_text
from briefdesk.sources.safezip import check_zip

_CELL_SEPARATOR = " | "
_TITLE_STYLES = {"title", "heading 1"}


def extract_docx(data: bytes, limits: ImportLimits) -> Extracted:
    check_zip(data, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise Refusal(f"is not a readable Word document ({exc})") from exc
    except SyntaxError as exc:  # lxml.etree.XMLSyntaxError derives from it
        raise Refusal(f"has broken XML inside ({exc})") from exc

    blocks: list[str] = []
    heading = ""
    markers = ListMarkers(document)
    in_list = False
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.append("\n".join(_table_rows(item)))
            in_list = False
            continue
        text = item.text
        if not text.strip():
            continue
        if not heading and _style_name(item) in _TITLE_STYLES:
            heading = text.strip()
        marker = markers.marker(item)
        if marker and in_list:
            blocks[-1] += "\n" + marker + text.strip()  # one list, one block
        else:
            blocks.append(marker + text)
        in_list = bool(marker)

    props = document.core_properties
    hints = {
        "category": props.category or "",
        "subject": props.subject or "",
        "keywords": props.keywords or "",
    }
    return Extracted(
        text=paragraphs_to_text(blocks),
        format="docx",
        title=(props.title or "").strip() or heading,
        author=(props.author or "").strip(),
        published=to_date(props.created) or to_date(props.modified),
        language=(props.language or "").strip(),
        hints={k: v for k, v in hints.items() if v},
    )


def _is_table(item: Any) -> bool:
    from docx.table import Table

    return isinstance(item, Table)


def _style_name(paragraph: Any) -> str:
    try:
        return (paragraph.style.name or "").lower()
    except (KeyError, AttributeError, ValueError):
        return ""


def _table_rows(table: Any) -> list[str]:
    """One line per row, cells joined by " | "; merged cells once; nested tables flattened."""
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(_CELL_SEPARATOR.join(cells))
    return rows


def _cell_text(cell: Any) -> str:
    parts = []
    for item in cell.iter_inner_content():
        if _is_table(item):
            parts.extend(_table_rows(item))
        elif item.text.strip():
            parts.append(item.text.strip())
    return " ".join(parts)
