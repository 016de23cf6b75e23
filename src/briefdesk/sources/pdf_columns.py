"""Column by column from pypdf's layout mode, which keeps each line where it was printed.

Layout mode places text at its position on a fixed-width grid, so the gutter between
columns is a band of blank positions that almost no line crosses. Consecutive lines that
leave the band blank form a block, which is read left column first; a line that crosses it
(a headline over both columns) is read whole, in its place. A band that many lines cross,
but not all, is reported as uncertain, so the source can say its order may be mixed.
Chosen over pdfminer.six's layout analysis by measurement: benchmarks/bench_pdf_columns.py.
"""

from __future__ import annotations

import itertools
import re

# A gutter is at least this many blank positions wide on the layout grid.
_MIN_GUTTER = 3
# Share of lines that may cross a clean gutter (headlines, a wide table row).
_CLEAN_CROSSING = 0.12
# Above the clean share but below this, a band looks like a gutter but is not one.
_UNCERTAIN_CROSSING = 0.35
# Lines with text on both sides of a gutter, as a share of all lines with text.
_MIN_BOTH_SIDES = 0.3
_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")


def split_columns(layout: str) -> tuple[str, bool]:
    """(text in reading order, True when the page looks columned but could not be split).

    Text without a gutter comes back as its lines, stripped, in their order.
    """
    lines = [line.rstrip() for line in layout.splitlines()]
    filled = [line for line in lines if line.strip()]
    if len(filled) < 4:
        return _plain(lines), False
    width = max(len(line) for line in filled)
    crossing = [0] * width
    for line in filled:
        for x, ch in enumerate(line):
            if ch != " ":
                crossing[x] += 1
    gutters, uncertain = _gutters(filled, crossing, width)
    if not gutters:
        return _plain(lines), uncertain
    return _read_blocks(lines, gutters), uncertain


def _gutters(filled: list[str], crossing: list[int], width: int) -> tuple[list[int], bool]:
    """Cut positions (middle of each clean gutter) and whether a doubtful band was seen."""
    count = len(filled)
    indents = [len(line) - len(line.lstrip()) for line in filled]
    cuts: list[int] = []
    uncertain = False
    for limit, clean in ((_CLEAN_CROSSING, True), (_UNCERTAIN_CROSSING, False)):
        x = 0
        while x < width:
            if crossing[x] > limit * count:
                x += 1
                continue
            start = x
            while x < width and crossing[x] <= limit * count:
                x += 1
            if x - start < _MIN_GUTTER or start == 0 or x >= width:
                continue
            both = sum(
                1
                for line, indent in zip(filled, indents, strict=True)
                if indent < start and line[x:].strip()
            )
            if both < _MIN_BOTH_SIDES * count:
                continue
            if clean:
                cuts.append((start + x) // 2)
            elif not any(start <= cut < x for cut in cuts):
                uncertain = True
        if cuts:
            break
    return cuts, uncertain


def _read_blocks(lines: list[str], cuts: list[int]) -> str:
    out: list[str] = []
    block: list[list[str]] = []

    def flush() -> None:
        for column in range(len(cuts) + 1):
            cells = [row[column] for row in block]
            out.extend(_column_lines(cells))
            if out and _ends_paragraph(out[-1]):
                out.append("")  # (a sentence running on into the next column goes on)
        block.clear()

    for line in lines:
        if not line.strip():
            if block:
                block.append([""] * (len(cuts) + 1))
            else:
                out.append("")
            continue
        if any(cut < len(line) and line[cut] != " " for cut in cuts):
            flush()  # a line across the gutter (a headline) is read whole, in its place
            out.append(line.strip())
            continue
        bounds = [0, *cuts, len(line)]
        block.append([line[a:b].strip() for a, b in itertools.pairwise(bounds)])
    flush()
    return "\n".join(out)


def _column_lines(cells: list[str]) -> list[str]:
    """One column's lines, a blank row kept only after a line that ends a sentence. Layout
    mode's rows are the whole page's: a paragraph gap in one column makes a blank row across
    all of them, which in the other column fell mid-sentence ("an orbital launch / (blank) /
    capability by 2030", newcomer12 N12-06)."""
    out: list[str] = []
    for cell in cells:
        if cell or (out and out[-1] and _ends_paragraph(out[-1])):
            out.append(cell)
    return out


def _ends_paragraph(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def _plain(lines: list[str]) -> str:
    return "\n".join(line.strip() for line in lines)
