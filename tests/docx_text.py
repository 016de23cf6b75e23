"""The words of an exported .docx as a reader sees them, for assertions on content."""

from __future__ import annotations

from pathlib import Path

from docx import Document

# The house style keeps amounts and ranges on one line with no-break spaces and word joiners;
# a reader sees ordinary spaces.
_AS_READ = str.maketrans({"\u00a0": " ", "\u2060": None, "\u2011": "-"})


def docx_text(path: Path, *, headers: bool = False) -> str:
    """Every paragraph of the body and its tables (and of the headers when asked), one a line."""
    document = Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    if headers:
        for section in document.sections:
            lines += [p.text for p in section.header.paragraphs]
    return "\n".join(lines).translate(_AS_READ)
