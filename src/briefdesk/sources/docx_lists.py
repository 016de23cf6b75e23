"""Bullets and numbers of Word list paragraphs, which python-docx does not render.

Word stores a list item as a paragraph with a numbering reference (``w:numPr``, on the
paragraph or its style) into ``numbering.xml``; the level's ``w:numFmt`` says bullet or
number. Counters run per list and level, as Word counts them in the simple cases; lists
restarted by overrides are counted on.
"""

from __future__ import annotations

import string
from typing import Any

_LETTERS = string.ascii_lowercase


class ListMarkers:
    def __init__(self, document: Any) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        self._counters: dict[tuple[str, int], int] = {}
        try:
            self._numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self._numbering = None

    def marker(self, paragraph: Any) -> str:
        """``"- "``, ``"3. "``, ``"b. "`` for a list item; ``""`` for any other paragraph."""
        reference = self._reference(paragraph)
        if reference is None:
            return ""
        num_id, level = reference
        fmt = self._format(num_id, level)
        if fmt in ("bullet", "none", ""):
            return "- " if fmt != "none" else ""
        for key in [k for k in self._counters if k[0] == num_id and k[1] > level]:
            del self._counters[key]  # a higher level item restarts the deeper levels
        count = self._counters.get((num_id, level), 0) + 1
        self._counters[(num_id, level)] = count
        if fmt == "lowerLetter":
            return f"{_letter(count)}. "
        if fmt == "upperLetter":
            return f"{_letter(count).upper()}. "
        return f"{count}. "

    def _reference(self, paragraph: Any) -> tuple[str, int] | None:
        num_pr = _num_pr(paragraph._p)
        if num_pr is None:
            try:
                num_pr = _num_pr(paragraph.style.element)
            except (AttributeError, KeyError):
                num_pr = None
        if num_pr is None or num_pr.numId is None:
            return None
        num_id = str(num_pr.numId.val)
        if num_id == "0":  # numbering switched off
            return None
        level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
        return num_id, level

    def _format(self, num_id: str, level: int) -> str:
        key = (num_id, level)
        if key not in self._formats:
            self._formats[key] = self._lookup(num_id, level)
        return self._formats[key]

    def _lookup(self, num_id: str, level: int) -> str:
        if self._numbering is None:
            return "bullet"
        abstract = self._numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
        if not abstract:
            return "bullet"
        found = self._numbering.xpath(
            f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]'
            f'/w:lvl[@w:ilvl="{level}"]/w:numFmt/@w:val'
        )
        return str(found[0]) if found else "bullet"


def _num_pr(element: Any) -> Any:
    p_pr = getattr(element, "pPr", None)
    return None if p_pr is None else p_pr.numPr


def _letter(count: int) -> str:
    letters = ""
    while count > 0:
        count, rest = divmod(count - 1, 26)
        letters = _LETTERS[rest] + letters
    return letters
