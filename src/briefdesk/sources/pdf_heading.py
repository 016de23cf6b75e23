"""Whether a PDF's first line is set as a heading: larger type than the page's text.

A PDF's Title property is often a draft label ("Draft v3 internal") while the page shows the
headline in larger type; the Word rule (the visible heading wins) needs to know the first line
is a heading, not the first line of the text (checker9 C9-11). pypdf reports each text run's
font size through its extraction visitor.
"""

from __future__ import annotations

from statistics import median
from typing import Any

_LARGER = 1.2  # a heading's type is at least this much larger than the page's usual type


def first_line_stands_out(page: Any) -> bool:
    """True when the page's first text run is set clearly larger than most of its text."""
    sizes: list[tuple[float, int]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            scale = abs(float(tm[3])) if tm else 1.0
            sizes.append((float(size) * (scale or 1.0), len(text.strip())))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # a page pypdf cannot walk only loses this hint
        return False
    if len(sizes) < 2:
        return False
    weighted = [size for size, count in sizes[1:] for _ in range(min(count, 200))]
    return sizes[0][0] >= _LARGER * median(weighted)
