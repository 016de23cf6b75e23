"""Markdown (GFM) tables as the other importers write tables: one line per row, cells joined by
" | ", no outer pipes and no "| --- |" line (newcomer22 N22-19: a note's table stayed as raw pipe
syntax in the article view and in the library's search snippets).

The table blocks come from markdown-it-py's own GFM table rule, not a pattern of ours: a line
of pipes inside a code block or a paragraph is left as written.
"""

from __future__ import annotations

CELL_SEPARATOR = " | "  # as the Word importer joins a row's cells (docx_text)


def table_lines(text: str) -> dict[int, str | None]:
    """Line number (0-based) → the row as text, for every line inside a Markdown table; the
    delimiter row ("| --- | :-: |") maps to None (dropped). Lines outside tables are absent."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    out: dict[int, str | None] = {}
    row_line: int | None = None
    cells: list[str] = []
    for token in tokens:
        if token.type == "table_open" and token.map:
            for line in range(token.map[0], token.map[1]):
                out[line] = None  # the delimiter row, unless a row claims the line
        elif token.type == "tr_open" and token.map:
            row_line, cells = token.map[0], []
        elif token.type == "inline" and row_line is not None:
            cells.append(" ".join(token.content.split()))
        elif token.type == "tr_close" and row_line is not None:
            out[row_line] = CELL_SEPARATOR.join(cells)
            row_line = None
    return out
