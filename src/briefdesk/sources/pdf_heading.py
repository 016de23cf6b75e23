"""Headings on a PDF's first page: text set in larger type than the page's usual text.

A PDF's Title property is often a draft label ("Draft v3 internal") while the page shows the
headline in larger type; the Word rule (the visible heading wins) needs to know the first line
is a heading, not the first line of the text (checker9 C9-11). A newsletter's first line is its
masthead ("Space & Resources", larger still), and its headline the larger type just above the
article's first paragraph (newcomer12 N12-06). pypdf reports each text run's font size through
its extraction visitor.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Any

_LARGER = 1.2  # a heading's type is at least this much larger than the page's usual type
# Above the text, a headline may be set only a little larger (14 pt bold over 11 pt read as
# 13 against 11 here): the group just above the first paragraph needs only this much.
_HEADLINE_LARGER = 1.1
_SAME = 0.5  # points: runs this close in size belong to one heading
_PARAGRAPH_WORDS = 4  # a run of body type with this many words starts the text proper


@dataclass(frozen=True)
class PageType:
    """What the first page's type says: whether its first run is set large, and the heading
    set just above its first paragraph of body text ("" when none)."""

    first_stands_out: bool = False
    heading_before_text: str = ""


def page_type(page: Any) -> PageType:
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            scale = abs(float(tm[3])) if tm else 1.0
            runs.append((float(size) * (scale or 1.0), text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # a page pypdf cannot walk only loses this hint
        return PageType()
    if len(runs) < 2:
        return PageType()
    weighted = [size for size, text in runs[1:] for _ in range(min(len(text.strip()), 200))]
    usual = median(weighted)
    return PageType(runs[0][0] >= _LARGER * usual, _heading_before_text(runs, usual))


def _heading_before_text(runs: list[tuple[float, str]], usual: float) -> str:
    """The last group of large runs (one size) before the first body run that reads as text."""
    heading: list[str] = []
    group: list[str] = []
    group_size = 0.0
    for size, text in runs:
        if size >= _HEADLINE_LARGER * usual:
            if group and abs(size - group_size) > _SAME:
                heading, group = group, []
            group.append(text)
            group_size = size
            continue
        if group:
            heading, group = group, []
        if abs(size - usual) <= _SAME and len(text.split()) >= _PARAGRAPH_WORDS:
            break
    return " ".join(" ".join(heading).split())
